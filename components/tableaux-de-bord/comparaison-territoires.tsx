import type { CleComparaison, LigneComparaison } from "@/lib/tableaux-de-bord/domain/comparaison";
import { formaterEuros, formaterNombre, formaterPourcentage } from "@/lib/format";
import { ThTriable } from "@/components/ui/pagination";
import { Tableau, Td, Th } from "@/components/ui/tableau";

type Colonne = { cle: CleComparaison; libelle: string; unite: "nombre" | "taux" | "pourcentage" | "euros" };

function valeur(v: number | null, unite: Colonne["unite"]): string {
  if (v === null) return "—";
  if (unite === "taux") return formaterPourcentage(v);
  if (unite === "pourcentage") return `${formaterNombre(v)}\u00a0%`;
  if (unite === "euros") return formaterEuros(v);
  return formaterNombre(v);
}

/** Territoires côte à côte, triables ; dans chaque colonne, le plus haut et le plus bas sont marqués (texte, pas seulement couleur). */
export function ComparaisonTerritoires({ annee, tri, ordre, colonnes, lignes, extremes }: { annee: number; tri: string; ordre: "asc" | "desc"; colonnes: readonly Colonne[]; lignes: LigneComparaison[]; extremes: Record<CleComparaison, { max: number; min: number } | null> }) {
  const parametres = { annee: String(annee) };
  const chemin = "/tableaux-de-bord/territoires";
  return (
    <Tableau legende={`Territoires comparés, ${annee} (et ${annee - 1} pour les flux) : valeurs calculées et publiées`}>
      <thead>
        <tr>
          <ThTriable libelle="Territoire" champ="territoire" tri={tri} ordre={ordre} parametres={parametres} chemin={chemin} />
          {colonnes.map((c) => (
            <ThTriable key={c.cle} libelle={c.libelle} champ={c.cle} tri={tri} ordre={ordre} parametres={parametres} chemin={chemin} />
          ))}
        </tr>
      </thead>
      <tbody>
        {lignes.map((l) => (
          <tr key={l.territoireId}>
            <Th scope="row" className="whitespace-nowrap bg-white text-left">{l.territoire}</Th>
            {colonnes.map((c) => {
              const v = l[c.cle];
              const e = extremes[c.cle];
              const haut = e !== null && v === e.max;
              const bas = e !== null && v === e.min;
              return (
                <Td key={c.cle} className={`text-right whitespace-nowrap ${haut ? "bg-green-50 font-semibold" : bas ? "bg-amber-50 font-semibold" : ""}`}>
                  {valeur(v, c.unite)}
                  {haut ? <span className="block text-xs font-normal">▲ plus haut</span> : null}
                  {bas ? <span className="block text-xs font-normal">▼ plus bas</span> : null}
                </Td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </Tableau>
  );
}
