import { formaterEuros, formaterNombre, formaterPourcentage } from "@/lib/format";
import { formaterEffectif } from "@/lib/tableaux-de-bord/domain/secret-statistique";
import { Tableau, Td, Th } from "@/components/ui/tableau";
import { texteEvolution } from "./evolution";

/** Une ligne comparée : valeur de la période, de la précédente ; `groupe` (ex. l'axe) regroupe des lignes consécutives. */
export interface LigneCompare {
  libelle: string;
  groupe?: string;
  n: number | null;
  precedente: number | null;
  unite: "nombre" | "euros" | "taux" | "jours";
  total?: boolean;
}

function valeur(v: number | null, unite: LigneCompare["unite"]): string {
  if (unite === "euros") return v === null ? "—" : formaterEuros(v);
  if (unite === "taux") return v === null ? "—" : formaterPourcentage(v);
  if (unite === "jours") return v === null ? "—" : `${formaterNombre(Math.round(v))} j`;
  // effectif masqué par le secret statistique (lecteur) : « < 11 »
  return formaterEffectif(v, formaterNombre);
}

/**
 * Tableau « période, période précédente, Évolution » des comparaisons (tableau de bord, commissions,
 * budgets) : une colonne par période, l'évolution absolue et relative (en points pour un taux).
 */
export function TableauCompare({ legende, entete, groupe, periode, precedente, lignes }: { legende: string; entete: string; groupe?: string; periode: string; precedente: string; lignes: LigneCompare[] }) {
  // nombre de lignes consécutives de chaque groupe : son en-tête de ligne les couvre (rowSpan)
  const portees = lignes.map((l, i) => (groupe && (i === 0 || lignes[i - 1]!.groupe !== l.groupe) ? lignes.slice(i).findIndex((x) => x.groupe !== l.groupe) : 0)).map((n, i) => (n === -1 ? lignes.length - i : n));
  return (
    <Tableau legende={legende} legendeVisible>
      <thead>
        <tr>
          {groupe ? <Th>{groupe}</Th> : null}
          <Th>{entete}</Th>
          <Th className="text-right">{periode}</Th>
          <Th className="text-right">{precedente}</Th>
          <Th className="text-right">Évolution</Th>
        </tr>
      </thead>
      <tbody>
        {lignes.map((l, i) => (
          <tr key={`${l.groupe ?? ""}-${l.libelle}`} className={l.total ? "font-semibold" : ""}>
            {groupe && portees[i] ? <th scope="rowgroup" rowSpan={portees[i]} className="border-b border-gray-300 px-3 py-2 text-left align-top font-semibold">{l.groupe}</th> : null}
            <Td>{l.libelle}</Td>
            <Td className="text-right whitespace-nowrap">{valeur(l.n, l.unite)}</Td>
            <Td className="text-right whitespace-nowrap">{valeur(l.precedente, l.unite)}</Td>
            <Td className="text-right whitespace-nowrap">{texteEvolution(l.n, l.precedente, l.unite === "jours" ? "nombre" : l.unite)}</Td>
          </tr>
        ))}
      </tbody>
    </Tableau>
  );
}
