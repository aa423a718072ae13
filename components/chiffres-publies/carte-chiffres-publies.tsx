import type { Contexte } from "@/lib/contexte";
import { comparerChiffresPublies, type ComparaisonChiffre } from "@/lib/chiffres-publies/queries/comparer-chiffres";
import { formaterNombre } from "@/lib/format";
import { Tableau, Td, Th } from "@/components/ui/tableau";

function valeur(v: number | null, unite: string): string {
  if (v === null) return "—";
  if (unite === "POURCENTAGE") return `${formaterNombre(v)}\u00a0%`;
  if (unite === "EUROS") return `${formaterNombre(v)}\u00a0€`;
  if (unite === "ETP") return `${formaterNombre(v)} ETP`;
  if (unite === "HEURES") return `${formaterNombre(v)}\u00a0h`;
  return formaterNombre(v);
}

function Comparaison({ legende, chiffres }: { legende: string; chiffres: ComparaisonChiffre[] }) {
  return (
    <Tableau legende={legende} legendeVisible>
      <thead><tr><Th>Indicateur</Th><Th className="text-right">Publié</Th><Th className="text-right">Calculé par l&apos;application</Th><Th>Source</Th></tr></thead>
      <tbody>
        {chiffres.map((c) => (
          <tr key={`${c.indicateur}-${c.source}`}>
            <Td>{c.libelle}</Td>
            <Td className="text-right">{valeur(c.publie, c.unite)}</Td>
            <Td className="text-right">{valeur(c.calcule, c.unite)}</Td>
            <Td className="whitespace-nowrap">{c.source}</Td>
          </tr>
        ))}
      </tbody>
    </Tableau>
  );
}

/** Carte « chiffres publiés » d'un territoire (ou du département) : le document face au calcul. */
export async function CarteChiffresPublies({ contexte, territoireId }: { contexte: Contexte; territoireId: string | null }) {
  const { annee, allocataires, activite, evaluations } = await comparerChiffresPublies(contexte, territoireId);
  if (!annee) return null;
  return (
    <section aria-labelledby="titre-chiffres-publies" className="space-y-4 rounded border border-gray-300 bg-white p-4">
      <h2 id="titre-chiffres-publies" className="text-lg font-semibold text-marque-800">Chiffres publiés ({annee}) et calculs de l&apos;application</h2>
      <p className="text-sm text-gray-700">Les chiffres publiés sont ceux du document source (ligne citée). Le calcul porte sur les données de l&apos;application : âges et ancienneté au 30/11/{annee}, entrées et sorties des actions datées de {annee}.</p>
      {allocataires.length ? <Comparaison legende={`Allocataires ${annee} : publié et calculé`} chiffres={allocataires} /> : null}
      {activite.length ? <Comparaison legende={`Activité du dispositif RSA ${annee} (orientation, équipes pluridisciplinaires, accompagnements) : publié et calculé`} chiffres={activite} /> : null}
      {evaluations.map((e) => (
        <Comparaison key={e.actionId} legende={`${e.code} ${e.intitule} : évaluation ${annee}`} chiffres={e.chiffres} />
      ))}
    </section>
  );
}
