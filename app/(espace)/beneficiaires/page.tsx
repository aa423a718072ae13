import type { Metadata } from "next";
import Link from "@/components/ui/lien";
import { contextePage } from "@/lib/pages";
import { ALERTES, PARCOURS, schemaFiltresFileActive, TAILLES_PAGE, type FiltresFileActive } from "@/lib/beneficiaires/queries/file-active";
import { pageBeneficiaires } from "@/lib/beneficiaires/queries/page-beneficiaires";
import { LIBELLES_ALERTES } from "@/lib/beneficiaires/domain/delais";
import { LIBELLES_PARCOURS, LIBELLES_TRI } from "@/lib/beneficiaires/libelles-liste";
import { formaterDate, formaterNombre } from "@/lib/format";
import { EnTetePage } from "@/components/ui/en-tete-page";
import { Alerte } from "@/components/ui/alerte";
import { Tableau, Td, Th } from "@/components/ui/tableau";
import { ThTriable } from "@/components/ui/pagination";
import { PaginationNumerotee } from "@/components/ui/pagination-numerotee";
import { ChampSelection, ChampTexte } from "@/components/ui/champs";
import { evenementsATraiter } from "@/lib/imports/queries/evenements";
import { EvenementsATraiter } from "@/components/imports/evenements-a-traiter";

export const metadata: Metadata = { title: "Bénéficiaires" };

const CHEMIN = "/beneficiaires";

/** Paramètres de l'URL qui décrivent la liste (filtres, tri, taille) : repris par les liens, l'export et la pagination. */
function parametresDe(f: FiltresFileActive): Record<string, string | undefined> {
  return {
    q: f.q || undefined,
    alerte: f.alerte,
    referent: f.referent,
    commune: f.commune,
    parcours: f.parcours,
    tri: f.tri === "urgence" ? undefined : f.tri,
    ordre: f.ordre === "asc" ? undefined : f.ordre,
    taille: f.taille === 25 ? undefined : String(f.taille),
  };
}

const requete = (p: Record<string, string | undefined>) => new URLSearchParams(Object.entries(p).filter((e): e is [string, string] => Boolean(e[1]))).toString();

export default async function PageBeneficiaires({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const contexte = await contextePage("beneficiaires:lire");
  const [{ page, compteurs, aValider, options, filtres, avis }, evenementsFlux] = await Promise.all([
    pageBeneficiaires(contexte, schemaFiltresFileActive.parse(await searchParams)),
    evenementsATraiter(contexte),
  ]);
  const referent = contexte.acteur.role === "REFERENT";
  const titre = referent ? "Ma file active" : contexte.acteur.role === "RESPONSABLE_TERRITOIRE" ? "Bénéficiaires du territoire" : "Bénéficiaires du département";
  const parametres = parametresDe(filtres);
  const sansAlerte = { ...parametres, alerte: undefined };
  const triable = (champ: string) => (
    <ThTriable libelle={LIBELLES_TRI[champ]!} champ={champ} tri={filtres.tri} ordre={filtres.ordre} parametres={parametres} chemin={CHEMIN} />
  );
  return (
    <>
      <EnTetePage
        titre={titre}
        sousTitre="Les personnes à accompagner, ce qu'il y a à faire d'abord."
        actions={
          <>
            <a className="rounded border border-marque-700 bg-white px-3 py-2 text-sm font-semibold text-marque-700 underline" href={`${CHEMIN}/export?${requete({ ...parametres, format: "csv" })}`}>
              Exporter en CSV
            </a>
            <a className="rounded border border-marque-700 bg-white px-3 py-2 text-sm font-semibold text-marque-700 underline" href={`${CHEMIN}/export?${requete({ ...parametres, format: "xlsx" })}`}>
              Exporter en Excel
            </a>
          </>
        }
      />
      {avis.length ? (
        <div className="mb-4">
          <Alerte>{avis.join(" ")}</Alerte>
        </div>
      ) : null}
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
                href={filtres.alerte === a ? `${CHEMIN}?${requete(sansAlerte)}` : `${CHEMIN}?${requete({ ...sansAlerte, alerte: a })}`}
                aria-current={filtres.alerte === a ? "true" : undefined}
                className={`inline-block rounded border px-3 py-2 text-sm ${filtres.alerte === a ? "border-marque-800 bg-marque-800 text-white" : "border-gray-400 bg-white"}`}
              >
                {LIBELLES_ALERTES[a]} : <strong>{formaterNombre(compteurs[a])}</strong>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <form role="search" aria-label="Filtrer la liste" className="no-print mb-4 grid gap-4 rounded border border-gray-300 bg-white p-4 md:grid-cols-2 xl:grid-cols-4">
        {filtres.alerte ? <input type="hidden" name="alerte" value={filtres.alerte} /> : null}
        {filtres.tri !== "urgence" ? <input type="hidden" name="tri" value={filtres.tri} /> : null}
        {filtres.ordre !== "asc" ? <input type="hidden" name="ordre" value={filtres.ordre} /> : null}
        {filtres.taille !== 25 ? <input type="hidden" name="taille" value={filtres.taille} /> : null}
        <ChampTexte nom="q" libelle="Nom, prénom ou n° d'allocataire" type="search" defaultValue={filtres.q} />
        <ChampSelection nom="commune" libelle="Commune" videLibelle="Toutes" defaultValue={filtres.commune ?? ""} options={options.communes} />
        <ChampSelection nom="parcours" libelle="Orientation" videLibelle="Toutes" defaultValue={filtres.parcours ?? ""} options={PARCOURS.map((p) => ({ valeur: p, libelle: LIBELLES_PARCOURS[p]! }))} />
        {referent ? null : <ChampSelection nom="referent" libelle="Référent" videLibelle="Tous" defaultValue={filtres.referent ?? ""} options={options.referents} />}
        <div className="flex items-end gap-3 md:col-span-2 xl:col-span-4">
          <button type="submit" className="rounded bg-marque-700 px-4 py-2 text-sm font-semibold text-white">
            Filtrer
          </button>
          <Link href={CHEMIN} className="text-sm underline">
            Effacer les filtres
          </Link>
        </div>
      </form>
      {page.total === 0 ? (
        <p className="rounded border border-gray-300 bg-white p-4">Aucune personne ne correspond à ces critères.</p>
      ) : (
        <Tableau legende={`${titre} — triée par « ${LIBELLES_TRI[filtres.tri]} »`}>
          <thead>
            <tr>
              {triable("nom")}
              {triable("commune")}
              {triable("ouverture")}
              <Th>Orientation</Th>
              {referent ? null : triable("referent")}
              {triable("fin_contrat")}
              {triable("urgence")}
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
                <Td>{p.parcours ? (LIBELLES_PARCOURS[p.parcours] ?? p.parcours) : "Non orienté"}</Td>
                {referent ? null : <Td>{p.referent ?? "—"}</Td>}
                <Td>{p.finContrat ? formaterDate(p.finContrat) : "—"}</Td>
                <Td>
                  {p.alertes.length ? (
                    <ul className="space-y-1">
                      {p.alertes.map((a) => (
                        <li key={a} className="inline-block rounded bg-red-50 px-2 py-0.5 text-xs font-semibold text-erreur-700">
                          {LIBELLES_ALERTES[a]}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <span className="text-gray-700">Rien d&apos;urgent</span>
                  )}
                  {p.dateUrgence ? <span className="block text-xs text-gray-700">échéance : {formaterDate(p.dateUrgence)}</span> : null}
                </Td>
              </tr>
            ))}
          </tbody>
        </Tableau>
      )}
      <PaginationNumerotee page={page.page} nombrePages={page.nombrePages} total={page.total} taillePage={page.taillePage} unite="personne" tailles={TAILLES_PAGE} parametres={parametres} chemin={CHEMIN} />
    </>
  );
}
