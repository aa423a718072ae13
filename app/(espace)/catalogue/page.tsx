import type { Metadata } from "next";
import { contextePage } from "@/lib/pages";
import { peut } from "@/lib/authz/permissions";
import { schemaFiltresCatalogue } from "@/lib/catalogue/schemas";
import { pageCatalogue } from "@/lib/catalogue/queries/page-catalogue";
import { formaterNombre } from "@/lib/format";
import { EnTetePage } from "@/components/ui/en-tete-page";
import { Alerte } from "@/components/ui/alerte";
import { LienBouton } from "@/components/ui/bouton";
import { Pagination } from "@/components/ui/pagination";
import { FormulaireRecherche } from "@/components/catalogue/formulaire-recherche";
import { ListeActions } from "@/components/catalogue/liste-actions";

export const metadata: Metadata = { title: "Catalogue de l'offre d'insertion" };

export default async function PageCatalogue({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const contexte = await contextePage("catalogue:lire");
  const filtres = schemaFiltresCatalogue.parse(await searchParams);
  const { resultat, options, freins, toutLeDepartement, territoireRetenu, avis } = await pageCatalogue(contexte, filtres);
  // le territoire retenu (celui de l'acteur, pour un rôle de territoire) suit la pagination et l'export
  const parametres: Record<string, string | undefined> = { ...filtres, territoire: territoireRetenu || undefined, page: undefined };
  const requeteExport = new URLSearchParams(Object.entries(parametres).filter((e): e is [string, string] => Boolean(e[1]))).toString();
  return (
    <>
      <EnTetePage
        titre="Catalogue de l'offre d'insertion"
        sousTitre="Actions financées ou soutenues par le département : objectifs, publics, territoires, places disponibles."
        actions={peut(contexte.acteur, "catalogue:modifier") ? <LienBouton href="/catalogue/nouvelle">Nouvelle action</LienBouton> : null}
      />
      {avis ? <div className="mb-4"><Alerte>{avis}</Alerte></div> : null}
      <FormulaireRecherche filtres={{ ...filtres, territoire: territoireRetenu }} options={options} toutLeDepartement={toutLeDepartement} />
      <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
        <p role="status" className="font-semibold">
          {resultat.total === 0 ? "Aucune action trouvée" : `${formaterNombre(resultat.total)} action${resultat.total > 1 ? "s" : ""} trouvée${resultat.total > 1 ? "s" : ""}`}
        </p>
        {resultat.total > 0 ? (
          <p className="no-print flex gap-3 text-sm">
            <a className="rounded border border-marque-700 bg-white px-3 py-1 font-semibold text-marque-700 underline" href={`/catalogue/export?format=csv&${requeteExport}`}>
              Exporter en CSV
            </a>
            <a className="rounded border border-marque-700 bg-white px-3 py-1 font-semibold text-marque-700 underline" href={`/catalogue/export?format=xlsx&${requeteExport}`}>
              Exporter en Excel
            </a>
          </p>
        ) : null}
      </div>
      {resultat.total === 0 ? (
        <p className="rounded border border-gray-300 bg-white p-4">
          Aucune action ne correspond à ces critères. Essayez un mot plus court, retirez un filtre, ou cherchez sur le territoire parent.
        </p>
      ) : (
        <ListeActions actions={resultat.lignes} freins={freins} />
      )}
      <Pagination page={resultat.page} nombrePages={resultat.nombrePages} total={resultat.total} parametres={parametres} chemin="/catalogue" />
    </>
  );
}
