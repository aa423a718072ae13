import type { Metadata } from "next";
import Link from "next/link";
import { contextePage } from "@/lib/pages";
import { ALERTES, schemaFiltresFileActive } from "@/lib/beneficiaires/queries/file-active";
import { pageBeneficiaires } from "@/lib/beneficiaires/queries/page-beneficiaires";
import { LIBELLES_ALERTES } from "@/lib/beneficiaires/domain/delais";
import { formaterDate, formaterNombre } from "@/lib/format";
import { EnTetePage } from "@/components/ui/en-tete-page";
import { Tableau, Td, Th } from "@/components/ui/tableau";
import { Pagination } from "@/components/ui/pagination";
import { ChampTexte } from "@/components/ui/champs";
import { evenementsATraiter } from "@/lib/imports/queries/evenements";
import { EvenementsATraiter } from "@/components/imports/evenements-a-traiter";

export const metadata: Metadata = { title: "Bénéficiaires" };

export default async function PageBeneficiaires({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const contexte = await contextePage("beneficiaires:lire");
  const filtres = schemaFiltresFileActive.parse(await searchParams);
  const { page, compteurs, aValider } = await pageBeneficiaires(contexte, filtres);
  const evenementsFlux = await evenementsATraiter(contexte);
  const titre = contexte.acteur.role === "REFERENT" ? "Ma file active" : "Bénéficiaires du territoire";
  return (
    <>
      <EnTetePage titre={titre} sousTitre="Les personnes à accompagner, ce qu'il y a à faire d'abord." />
      {aValider.length ? (
        <section aria-labelledby="titre-a-valider" className="mb-6 rounded border border-gray-300 bg-white p-4">
          <h2 id="titre-a-valider" className="mb-2 text-lg font-semibold text-marque-800">
            Contrats signés à valider ({formaterNombre(aValider.length)})
          </h2>
          <ul className="space-y-1">
            {aValider.map((c) => (
              <li key={c.id}>
                <Link href={`/contrats/${c.id}`} className="underline">
                  {c.personne.nom.toUpperCase()} {c.personne.prenom}
                </Link>{" "}
                — signé le {formaterDate(c.dateSignature)} avec {c.referent.prenom} {c.referent.nom}, début le {formaterDate(c.dateDebut)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <EvenementsATraiter {...evenementsFlux} />
      <section aria-labelledby="titre-a-faire" className="mb-6">
        <h2 id="titre-a-faire" className="mb-2 text-lg font-semibold text-marque-800">
          À faire
        </h2>
        <ul className="flex flex-wrap gap-2">
          {ALERTES.map((a) => (
            <li key={a}>
              <Link
                href={filtres.alerte === a ? "/beneficiaires" : `/beneficiaires?alerte=${a}`}
                aria-current={filtres.alerte === a ? "true" : undefined}
                className={`inline-block rounded border px-3 py-2 text-sm ${filtres.alerte === a ? "border-marque-800 bg-marque-800 text-white" : "border-gray-400 bg-white"}`}
              >
                {LIBELLES_ALERTES[a]} : <strong>{formaterNombre(compteurs[a])}</strong>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <form role="search" aria-label="Chercher une personne" className="no-print mb-4 flex items-end gap-4 rounded border border-gray-300 bg-white p-4">
        {filtres.alerte ? <input type="hidden" name="alerte" value={filtres.alerte} /> : null}
        <div className="min-w-72 flex-1">
          <ChampTexte nom="q" libelle="Nom, prénom ou n° d'allocataire" type="search" defaultValue={filtres.q} />
        </div>
        <button type="submit" className="rounded bg-marque-700 px-4 py-2 text-sm font-semibold text-white">
          Chercher
        </button>
      </form>
      {page.total === 0 ? (
        <p className="rounded border border-gray-300 bg-white p-4">Aucune personne ne correspond à ces critères.</p>
      ) : (
        <Tableau legende={titre}>
          <thead>
            <tr>
              <Th>Personne</Th>
              <Th>Commune</Th>
              <Th>Droits ouverts le</Th>
              <Th>Fin du contrat</Th>
              <Th>À faire</Th>
            </tr>
          </thead>
          <tbody>
            {page.lignes.map((p) => (
              <tr key={p.id}>
                <Td>
                  <Link href={`/beneficiaires/${p.id}`} className="font-medium underline">
                    {p.nom.toUpperCase()} {p.prenom}
                  </Link>
                  <span className="block text-xs text-gray-700">né(e) le {formaterDate(p.dateNaissance)}</span>
                </Td>
                <Td>{p.commune}</Td>
                <Td>{formaterDate(p.ouverture)}</Td>
                <Td>{formaterDate(p.finContrat)}</Td>
                <Td>
                  <ul className="space-y-1">
                    {p.alertes.map((a) => (
                      <li key={a} className="inline-block rounded bg-red-50 px-2 py-0.5 text-xs font-semibold text-erreur-700">
                        {LIBELLES_ALERTES[a]}
                      </li>
                    ))}
                  </ul>
                </Td>
              </tr>
            ))}
          </tbody>
        </Tableau>
      )}
      <Pagination page={page.page} nombrePages={page.nombrePages} total={page.total} parametres={{ q: filtres.q, alerte: filtres.alerte }} chemin="/beneficiaires" />
    </>
  );
}
