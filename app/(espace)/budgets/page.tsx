import type { Metadata } from "next";
import { contextePage } from "@/lib/pages";
import { pageBudgets } from "@/lib/budgets/queries/page-budgets";
import { schemaSelectionTableau } from "@/lib/budgets/queries/tableau-financier";
import { EnTetePage } from "@/components/ui/en-tete-page";
import { Alerte } from "@/components/ui/alerte";
import { ChampSelection } from "@/components/ui/champs";
import { TableauFinancier } from "@/components/budgets/tableau-financier";
import { BoutonImprimer } from "@/components/catalogue/bouton-imprimer";
import { ComparaisonBudget } from "@/components/budgets/comparaison-exercices";

export const metadata: Metadata = { title: "Budgets" };

export default async function PageBudgets({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const parametres = await searchParams;
  const demande = schemaSelectionTableau.parse(parametres);
  const { choix, selection, lignes, avis, compare, exercices } = await pageBudgets(await contextePage("budgets:lire"), { ...demande, brut: { exercice: parametres.exercice } });
  return (
    <>
      <EnTetePage
        titre={`Tableau financier${selection && demande.comparer ? ` · ${selection.exercice} comparé à ${selection.exercice - 1}` : ""}`}
        sousTitre="Crédits prévus, engagés, mandatés et solde à engager, par axe et par fiche ; redéploiements et reports tracés."
        actions={
          selection ? (
            <>
              <a className="rounded border border-marque-700 bg-white px-3 py-2 text-sm font-semibold text-marque-700 underline" href={`/budgets?programme=${selection.programmeId}&exercice=${selection.exercice}${demande.comparer ? "" : "&comparer=1"}`}>
                {demande.comparer ? "Ne plus comparer" : "Comparer avec l'année précédente"}
              </a>
              <BoutonImprimer libelle="Imprimer" />
            </>
          ) : null
        }
      />
      {selection === null ? (
        <p className="rounded border border-gray-300 bg-white p-4">Aucune ligne de crédits n&apos;est encore inscrite pour votre département.</p>
      ) : (
        <>
          {avis ? <div className="mb-4"><Alerte>{avis}</Alerte></div> : null}
          <form className="no-print mb-4 flex flex-wrap items-end gap-4 rounded border border-gray-300 bg-white p-4" aria-label="Choisir le tableau">
            <div className="w-full sm:w-auto sm:min-w-96">
              <ChampSelection
                nom="choix"
                libelle="Programme et exercice"
                defaultValue={`${selection.programmeId}|${selection.exercice}`}
                options={choix.map((c) => ({ valeur: `${c.programmeId}|${c.exercice}`, libelle: `${c.intitule} – ${c.exercice}` }))}
              />
            </div>
            <div className="flex items-center gap-2 pb-2">
              <input type="checkbox" id="comparer" name="comparer" value="1" defaultChecked={demande.comparer} className="h-4 w-4" />
              <label htmlFor="comparer" className="text-sm font-medium">Comparer avec l&apos;année précédente</label>
            </div>
            <p className="text-sm text-gray-700">Choisissez, puis « Afficher ».</p>
            <button type="submit" formAction="/budgets/choisir" className="rounded bg-marque-700 px-4 py-2 text-sm font-semibold text-white">
              Afficher
            </button>
            <a className="rounded border border-marque-700 bg-white px-3 py-2 text-sm font-semibold text-marque-700 underline" href={`/budgets/export?programme=${selection.programmeId}&exercice=${selection.exercice}&format=csv`}>
              Exporter en CSV
            </a>
            <a className="rounded border border-marque-700 bg-white px-3 py-2 text-sm font-semibold text-marque-700 underline" href={`/budgets/export?programme=${selection.programmeId}&exercice=${selection.exercice}&format=xlsx`}>
              Exporter en Excel
            </a>
          </form>
          {compare ? (
            <section aria-labelledby="titre-comparaison" className="mb-6 space-y-3 rounded border border-gray-300 bg-white p-4">
              <h2 id="titre-comparaison" className="text-lg font-semibold text-marque-800">Exercice {compare.exercice} comparé à {compare.precedent}</h2>
              <ComparaisonBudget compare={compare} exercices={exercices} familles />
            </section>
          ) : null}
          <TableauFinancier lignes={lignes} exercice={selection.exercice} />
        </>
      )}
    </>
  );
}
