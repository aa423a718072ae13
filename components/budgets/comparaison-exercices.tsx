import type { ComparaisonExercices } from "@/lib/budgets/queries/comparer-exercices";
import { LIBELLES_FINANCEUR_TB } from "@/lib/tableaux-de-bord/libelles";
import { TableauCompare, type LigneCompare } from "@/components/tableaux-de-bord/tableau-compare";

/** Exercice N (l'année du tableau) et N-1 : prévu (voté), engagé, mandaté par axe, prévu par financeur. */
// Carte « Budget » du tableau de bord (tout le département) et page /budgets (un programme, avec les familles).
export function ComparaisonBudget({ compare, exercices, familles = false }: { compare: ComparaisonExercices; exercices: number[]; familles?: boolean }) {
  const { exercice, precedent } = compare;
  if (!compare.postes.length) {
    return <p className="text-sm text-gray-700">Aucune ligne de crédits pour les exercices {exercice} et {precedent} : choisissez l&apos;année d&apos;un exercice inscrit{exercices.length ? ` (${exercices.join(", ")})` : ""}.</p>;
  }
  const mesures = (groupe: string, p: (typeof compare.postes)[number]): LigneCompare[] => [
    { groupe, libelle: "Prévu (voté)", n: p.prevu, precedente: p.prevuPrecedent, unite: "euros", total: p.niveau === "total" },
    { groupe, libelle: "Engagé", n: p.engage, precedente: p.engagePrecedent, unite: "euros", total: p.niveau === "total" },
    { groupe, libelle: "Mandaté", n: p.mandate, precedente: p.mandatePrecedent, unite: "euros", total: p.niveau === "total" },
  ];
  return (
    <div className="space-y-4">
      <TableauCompare
        legende={`Crédits par axe : exercice ${exercice} comparé à ${precedent}`}
        groupe="Axe"
        entete="Crédits"
        periode={String(exercice)}
        precedente={String(precedent)}
        lignes={compare.postes.filter((p) => p.niveau !== "famille").flatMap((p) => mesures(p.axe, p))}
      />
      {familles ? (
        <TableauCompare
          legende={`Crédits prévus par ligne (même intitulé d'un exercice à l'autre) : ${exercice} comparé à ${precedent}`}
          groupe="Axe"
          entete="Ligne"
          periode={String(exercice)}
          precedente={String(precedent)}
          lignes={compare.postes.filter((p) => p.niveau === "famille").map((p) => ({ groupe: p.axe, libelle: p.famille ?? "", n: p.prevu, precedente: p.prevuPrecedent, unite: "euros" }))}
        />
      ) : null}
      <TableauCompare
        legende={`Crédits prévus par financeur : exercice ${exercice} comparé à ${precedent}`}
        entete="Financeur"
        periode={String(exercice)}
        precedente={String(precedent)}
        lignes={compare.financeurs.map((f) => ({ libelle: LIBELLES_FINANCEUR_TB[f.financeur] ?? f.financeur, n: f.prevu, precedente: f.prevuPrecedent, unite: "euros" }))}
      />
      <p className="text-sm text-gray-700">Engagé et mandaté : montants connus à ce jour pour chaque exercice. Une ligne ou un financeur absent d&apos;un exercice y compte pour 0 €.</p>
    </div>
  );
}
