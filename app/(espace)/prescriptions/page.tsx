import type { Metadata } from "next";
import Link from "@/components/ui/lien";
import { contextePage } from "@/lib/pages";
import { schemaFiltresPrescriptions, TAILLES_PAGE_PRESCRIPTIONS } from "@/lib/prescriptions/queries/prescriptions-operateur";
import { pagePrescriptions } from "@/lib/prescriptions/queries/page-prescriptions";
import { LIBELLES_STATUT_PRESCRIPTION, type StatutPrescription } from "@/lib/prescriptions/domain/cycle";
import { formaterDate } from "@/lib/format";
import { EnTetePage } from "@/components/ui/en-tete-page";
import { Tableau, Td, Th } from "@/components/ui/tableau";
import { ThTriable } from "@/components/ui/pagination";
import { PaginationNumerotee } from "@/components/ui/pagination-numerotee";
import { ChampSelection, ChampTexte } from "@/components/ui/champs";
import { SuiviPrescription } from "@/components/beneficiaires/suivi-prescription";
import { ZoneAnnonces } from "@/components/beneficiaires/zone-annonces";

export const metadata: Metadata = { title: "Prescriptions" };

const TITRES: Record<string, string> = { OPERATEUR: "Prescriptions sur vos actions", REFERENT: "Mes prescriptions" };

export default async function PagePrescriptions({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const filtres = schemaFiltresPrescriptions.parse(await searchParams);
  const { page, typesSortie, suivre, role } = await pagePrescriptions(await contextePage("prescriptions:lire"), filtres);
  const parametres = { statut: filtres.statut, q: filtres.q, tri: filtres.tri, ordre: filtres.ordre, taille: String(filtres.taille) };
  const tri = { tri: filtres.tri, ordre: filtres.ordre ?? (filtres.tri === "proposition" ? "desc" : "asc"), parametres, chemin: "/prescriptions" } as const;
  const exporter = (format: string) => `/prescriptions/export?${new URLSearchParams(Object.entries({ ...parametres, format }).filter((e): e is [string, string] => Boolean(e[1]))).toString()}`;
  return (
    <>
      <EnTetePage
        titre={TITRES[role] ?? "Prescriptions"}
        sousTitre={role === "OPERATEUR" ? "Répondez aux propositions des référents, puis enregistrez les entrées et les sorties." : "Les positionnements sur les actions du catalogue et leur suite."}
      />
      <form className="no-print mb-4 flex flex-wrap items-end gap-4 rounded border border-gray-300 bg-white p-4" aria-label="Filtrer les prescriptions">
        <div className="min-w-56">
          <ChampSelection nom="statut" libelle="État" videLibelle="Tous" defaultValue={filtres.statut ?? ""} options={Object.entries(LIBELLES_STATUT_PRESCRIPTION).map(([valeur, libelle]) => ({ valeur, libelle }))} />
        </div>
        <div className="min-w-56">
          <ChampTexte nom="q" libelle="Personne ou action" defaultValue={filtres.q ?? ""} aide="Nom, prénom, code ou intitulé." />
        </div>
        <input type="hidden" name="taille" value={filtres.taille} />
        <button type="submit" className="rounded bg-marque-700 px-4 py-2 text-sm font-semibold text-white">Filtrer</button>
        <p className="ml-auto flex gap-3 text-sm">
          <a href={exporter("csv")} className="underline">Exporter en CSV</a>
          <a href={exporter("xlsx")} className="underline">Exporter en Excel</a>
        </p>
      </form>
      <ZoneAnnonces>
      {page.total === 0 ? (
        <p className="rounded border border-gray-300 bg-white p-4">{filtres.statut || filtres.q ? "Aucune prescription ne correspond à ces filtres." : "Aucune prescription."}</p>
      ) : (
        <Tableau legende="Prescriptions">
          <thead>
            <tr>
              <ThTriable libelle="Personne" champ="personne" {...tri} />
              <ThTriable libelle="Action" champ="action" {...tri} />
              <ThTriable libelle="Proposée le" champ="proposition" {...tri} />
              <ThTriable libelle="État" champ="statut" {...tri} />
              {suivre ? <Th>Suite à donner</Th> : null}
            </tr>
          </thead>
          <tbody>
            {page.lignes.map((p) => {
              const personne = p.personne as typeof p.personne & { dossierId?: string; telephone?: string | null; courriel?: string | null };
              const nom = `${personne.prenom} ${personne.nom.toUpperCase()}`;
              return (
                <tr key={p.id}>
                  <Td>
                    {personne.dossierId ? <Link href={`/beneficiaires/${personne.dossierId}`} className="underline">{nom}</Link> : nom}
                    <span className="block text-xs text-gray-700">né(e) le {formaterDate(personne.dateNaissance)}</span>
                    {personne.telephone ? <span className="block text-xs">Tél. {personne.telephone}</span> : null}
                    {personne.courriel ? <span className="block break-all text-xs">{personne.courriel}</span> : null}
                  </Td>
                  <Td>{p.action.code} {p.action.intitule}</Td>
                  <Td>{formaterDate(p.dateProposition)}<span className="block text-xs text-gray-700">par {p.prescripteur.prenom} {p.prescripteur.nom}</span></Td>
                  <Td>{LIBELLES_STATUT_PRESCRIPTION[p.statut as StatutPrescription]}{p.motifRefus ? ` : ${p.motifRefus}` : ""}</Td>
                  {suivre ? (
                    <Td>
                      <SuiviPrescription id={p.id} version={p.version} statut={p.statut} typesSortie={typesSortie} personne={nom} />
                      {p.statut === "ENTREE" || p.statut === "SORTIE" || p.statut === "ABANDON" ? <Link href={`/prescriptions/${p.id}/presences`} className="mt-2 block text-sm underline">Émargement de {nom}</Link> : null}
                    </Td>
                  ) : null}
                </tr>
              );
            })}
          </tbody>
        </Tableau>
      )}
      </ZoneAnnonces>
      <PaginationNumerotee page={page.page} nombrePages={page.nombrePages} total={page.total} taillePage={filtres.taille} unite="prescription" tailles={TAILLES_PAGE_PRESCRIPTIONS} parametres={parametres} chemin="/prescriptions" />
    </>
  );
}
