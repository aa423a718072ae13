import type { Metadata } from "next";
import Link from "@/components/ui/lien";
import { contextePage } from "@/lib/pages";
import { peut } from "@/lib/authz/permissions";
import { listerStructures, schemaFiltresStructures } from "@/lib/referentiels/queries/lister-structures";
import { LIBELLES_CATEGORIE_STRUCTURE } from "@/lib/referentiels/libelles";
import { EnTetePage } from "@/components/ui/en-tete-page";
import { LienBouton } from "@/components/ui/bouton";
import { Tableau, Td, Th } from "@/components/ui/tableau";
import { Pagination, ThTriable } from "@/components/ui/pagination";
import { ChampSelection, ChampTexte } from "@/components/ui/champs";

export const metadata: Metadata = { title: "Structures" };

export default async function PageStructures({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const parametres = await searchParams;
  const contexte = await contextePage("referentiels:lire");
  const filtres = schemaFiltresStructures.parse(parametres);
  const resultat = await listerStructures(contexte, filtres);
  const conserves = { q: filtres.q, categorie: filtres.categorie, tri: filtres.tri, ordre: filtres.ordre };
  return (
    <>
      <EnTetePage
        titre="Structures partenaires"
        sousTitre="Associations, CCAS, SIAE, missions locales, PLIE et autres porteurs d'actions."
        actions={peut(contexte.acteur, "structures:modifier") ? <LienBouton href="/structures/nouvelle">Nouvelle structure</LienBouton> : null}
      />
      <form role="search" aria-label="Filtrer les structures" className="no-print mb-4 flex flex-wrap items-end gap-4 rounded border border-gray-300 bg-white p-4">
        <div className="min-w-64 flex-1">
          <ChampTexte nom="q" libelle="Nom ou sigle" type="search" defaultValue={filtres.q} />
        </div>
        <div className="min-w-64">
          <ChampSelection
            nom="categorie"
            libelle="Catégorie"
            videLibelle="Toutes"
            defaultValue={filtres.categorie ?? ""}
            options={Object.entries(LIBELLES_CATEGORIE_STRUCTURE).map(([valeur, libelle]) => ({ valeur, libelle }))}
          />
        </div>
        <button type="submit" className="rounded bg-marque-700 px-4 py-2 text-sm font-semibold text-white">
          Filtrer
        </button>
      </form>
      {resultat.total === 0 ? (
        <p>Aucune structure ne correspond à ces critères. Élargissez la recherche ou retirez un filtre.</p>
      ) : (
        <Tableau legende="Structures partenaires">
          <thead>
            <tr>
              <ThTriable libelle="Nom" champ="nom" tri={filtres.tri} ordre={filtres.ordre} parametres={conserves} chemin="/structures" />
              <ThTriable libelle="Catégorie" champ="categorie" tri={filtres.tri} ordre={filtres.ordre} parametres={conserves} chemin="/structures" />
              <ThTriable libelle="Commune" champ="commune" tri={filtres.tri} ordre={filtres.ordre} parametres={conserves} chemin="/structures" />
              <Th>Territoire</Th>
            </tr>
          </thead>
          <tbody>
            {resultat.lignes.map((s) => (
              <tr key={s.id}>
                <Td>
                  <Link href={`/structures/${s.id}`} className="underline">
                    {s.nom}
                  </Link>
                  {s.sigle ? <span className="text-gray-700"> ({s.sigle})</span> : null}
                </Td>
                <Td>{LIBELLES_CATEGORIE_STRUCTURE[s.categorie]}</Td>
                <Td>{s.commune ?? "—"}</Td>
                <Td>{s.territoire ?? "—"}</Td>
              </tr>
            ))}
          </tbody>
        </Tableau>
      )}
      <Pagination page={resultat.page} nombrePages={resultat.nombrePages} total={resultat.total} parametres={conserves} chemin="/structures" />
    </>
  );
}
