import type { Metadata } from "next";
import Link from "@/components/ui/lien";
import { redirect } from "next/navigation";
import { contextePage } from "@/lib/pages";
import { peut } from "@/lib/authz/permissions";
import { pageCommissions } from "@/lib/droits-devoirs/queries/page-commissions";
import { schemaFiltresSituations } from "@/lib/droits-devoirs/schemas";
import { LIBELLES_INSTANCE, LIBELLES_MOTIF, LIBELLES_STATUT_SITUATION, type MotifSituation } from "@/lib/droits-devoirs/domain/instruction";
import { formaterDate, formaterDateHeure, formaterNombre } from "@/lib/format";
import { EnTetePage } from "@/components/ui/en-tete-page";
import { LienBouton } from "@/components/ui/bouton";
import { Tableau, Td, Th } from "@/components/ui/tableau";
import { Pagination } from "@/components/ui/pagination";
import { FormulaireSession } from "@/components/droits-devoirs/formulaires-commission";

export const metadata: Metadata = { title: "Commissions" };

export default async function PageCommissions({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const acces = await contextePage("commissions:menu");
  // le lecteur ne voit que des agrégats : le tableau de bord
  if (!peut(acces.acteur, "droits-devoirs:lire")) redirect("/commissions/tableau-de-bord");
  const contexte = acces;
  const brut = await searchParams;
  const filtres = schemaFiltresSituations.parse(brut);
  const { situations, parMotif, sessions, territoires, droits } = await pageCommissions(contexte, filtres);
  const selecteur = "block w-full rounded border border-gray-500 bg-white px-3 py-2";
  return (
    <>
      <EnTetePage
        titre="Droits et devoirs"
        sousTitre="Situations à examiner, équipes pluridisciplinaires et commissions RSA, décisions."
        actions={
          <>
            {peut(contexte.acteur, "tableaux-de-bord:lire") ? <LienBouton variante="secondaire" href="/commissions/tableau-de-bord">Tableau de bord</LienBouton> : null}
            {droits.transmettre ? <LienBouton variante="secondaire" href="/commissions/transmissions">Fichiers CAF / MSA</LienBouton> : null}
            {peut(contexte.acteur, "droits-devoirs:parametrer") ? <LienBouton variante="secondaire" href="/commissions/parametres">Paramètres</LienBouton> : null}
          </>
        }
      />
      <section aria-labelledby="titre-motifs" className="mb-6">
        <h2 id="titre-motifs" className="mb-2 text-lg font-semibold text-marque-800">Situations ouvertes par motif</h2>
        <ul className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-6">
          {(Object.keys(LIBELLES_MOTIF) as MotifSituation[]).map((m) => (
            <li key={m} className="rounded border border-gray-300 bg-white p-3">
              <Link className="block" href={`/commissions?motif=${m}`}>
                <span className="block text-2xl font-bold text-marque-800">{formaterNombre(parMotif[m] ?? 0)}</span>
                <span className="text-sm underline">{LIBELLES_MOTIF[m]}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <div className="grid gap-8 lg:grid-cols-[1fr_22rem]">
        <section aria-labelledby="titre-situations" className="min-w-0 space-y-3">
          <h2 id="titre-situations" className="text-lg font-semibold text-marque-800">Situations à examiner</h2>
          <form method="get" className="no-print grid gap-2 rounded border border-gray-300 bg-white p-3 sm:grid-cols-4 sm:items-end">
            <div>
              <label htmlFor="filtre-motif" className="block font-medium">Motif</label>
              <select id="filtre-motif" name="motif" defaultValue={filtres.motif} className={selecteur}>
                <option value="">Tous</option>
                {Object.entries(LIBELLES_MOTIF).map(([v, l]) => <option key={v} value={v}>{l}</option>)}
              </select>
            </div>
            <div>
              <label htmlFor="filtre-statut" className="block font-medium">État</label>
              <select id="filtre-statut" name="statut" defaultValue={filtres.statut} className={selecteur}>
                <option value="OUVERTES">En cours d&apos;instruction</option>
                <option value="">Toutes</option>
                {Object.entries(LIBELLES_STATUT_SITUATION).map(([v, l]) => <option key={v} value={v}>{l}</option>)}
              </select>
            </div>
            <div>
              <label htmlFor="filtre-territoire" className="block font-medium">Territoire</label>
              <select id="filtre-territoire" name="territoireId" defaultValue={filtres.territoireId} className={selecteur}>
                <option value="">Tous</option>
                {territoires.map((t) => <option key={t.id} value={t.id}>{t.nom}</option>)}
              </select>
            </div>
            <button type="submit" className="rounded bg-marque-700 px-4 py-2 font-semibold text-white">Filtrer</button>
          </form>
          {situations.total ? (
            <Tableau legende="Situations à examiner">
              <thead><tr><Th>Personne</Th><Th>Motif</Th><Th>Détectée le</Th><Th>Territoire</Th><Th>État</Th></tr></thead>
              <tbody>
                {situations.lignes.map((s) => (
                  <tr key={s.id}>
                    <Td><Link className="underline" href={`/commissions/situations/${s.id}`}>{s.personne.nom.toUpperCase()} {s.personne.prenom}</Link></Td>
                    <Td>{LIBELLES_MOTIF[s.motif]}{s.detail ? <span className="block text-xs text-gray-700">{s.detail}</span> : null}</Td>
                    <Td>{formaterDate(s.detecteeLe)}</Td>
                    <Td>{s.territoire.nom}</Td>
                    <Td>{LIBELLES_STATUT_SITUATION[s.statut]}{s.session ? ` (séance du ${formaterDate(s.session.date)})` : ""}</Td>
                  </tr>
                ))}
              </tbody>
            </Tableau>
          ) : (
            <p className="rounded border border-gray-300 bg-white p-4">Aucune situation pour ces critères. La détection quotidienne ajoute ici les personnes sans contrat, les contrats non renouvelés et les absences répétées ; un référent peut aussi signaler un manquement depuis le dossier.</p>
          )}
          <Pagination page={situations.page} nombrePages={situations.nombrePages} total={situations.total} chemin="/commissions" parametres={{ motif: filtres.motif, statut: filtres.statut, territoireId: filtres.territoireId }} />
        </section>
        {droits.instruire ? (
          <aside className="space-y-4">
            <section aria-labelledby="titre-sessions" className="space-y-2">
              <h2 id="titre-sessions" className="text-lg font-semibold text-marque-800">Sessions</h2>
              {sessions.length ? (
                <ul className="space-y-2">
                  {sessions.map((s) => (
                    <li key={s.id} className="rounded border border-gray-300 bg-white p-3">
                      <Link className="font-medium underline" href={`/commissions/sessions/${s.id}`}>{LIBELLES_INSTANCE[s.type]}{s.territoire ? ` — ${s.territoire.nom}` : ""}</Link>
                      <span className="block text-sm">{formaterDateHeure(s.date)} · {formaterNombre(s._count.situations)} situation(s){s.tenue ? " · tenue" : ""}</span>
                    </li>
                  ))}
                </ul>
              ) : (
                <p>Aucune session programmée.</p>
              )}
            </section>
            <FormulaireSession territoires={territoires.map((t) => ({ valeur: t.id, libelle: t.nom, type: t.type }))} departementale={droits.departementale} />
          </aside>
        ) : null}
      </div>
    </>
  );
}
