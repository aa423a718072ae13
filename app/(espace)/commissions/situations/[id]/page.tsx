import type { Metadata } from "next";
import Link from "@/components/ui/lien";
import { contextePage, ou404 } from "@/lib/pages";
import { pageSituation } from "@/lib/droits-devoirs/queries/page-situation";
import { LIBELLES_INSTANCE, LIBELLES_MOTIF, LIBELLES_STATUT_SITUATION, observationsPurgees } from "@/lib/droits-devoirs/domain/instruction";
import { DUREE_MAX_PREMIER, DUREE_MAX_RENOUVELE, LIBELLES_DECISION, pourcentageMax } from "@/lib/droits-devoirs/domain/bareme";
import { LIBELLES_COURRIER, LIBELLES_REMOBILISATION } from "@/lib/droits-devoirs/libelles";
import { formaterDate, formaterDateHeure, formaterEuros } from "@/lib/format";
import { EnTetePage } from "@/components/ui/en-tete-page";
import { Alerte } from "@/components/ui/alerte";
import { BoutonSituation, FormulaireAvis, FormulaireDecision, FormulaireInscription, FormulaireObservations, FormulaireRemobilisation } from "@/components/droits-devoirs/formulaires-commission";

export const metadata: Metadata = { title: "Situation à examiner" };

function Ligne({ libelle, children }: { libelle: string; children: React.ReactNode }) {
  return (
    <div className="contents">
      <dt className="font-medium text-gray-700">{libelle}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export default async function PageSituation({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { situation: s, sessions, recidive, droits } = await ou404(pageSituation(await contextePage("droits-devoirs:lire"), id));
  const d = s.decision;
  const purge = observationsPurgees(s, new Date());
  const personnes = s.personne.foyer._count.personnes;
  const aide = `${recidive ? "Manquement renouvelé" : "Premier manquement"} · foyer de ${personnes} personne(s) : suspension de 30 à ${pourcentageMax(personnes)} % pour 1 à ${recidive ? DUREE_MAX_RENOUVELE : DUREE_MAX_PREMIER} mois${recidive ? ", ou suppression" : " (la suppression suppose un manquement renouvelé)"}.`;
  return (
    <>
      <nav aria-label="Fil d'Ariane" className="no-print mb-2 text-sm"><Link href="/commissions" className="underline">Commissions</Link></nav>
      <EnTetePage titre={`${s.personne.nom.toUpperCase()} ${s.personne.prenom}`} sousTitre={`${LIBELLES_MOTIF[s.motif]} · ${s.territoire.nom} · ${LIBELLES_STATUT_SITUATION[s.statut]}`} />
      <div className="grid gap-8 lg:grid-cols-[1fr_24rem]">
        <div className="min-w-0 space-y-6">
          <dl className="grid grid-cols-1 gap-x-6 gap-y-2 rounded border border-gray-300 bg-white p-6 sm:grid-cols-[14rem_1fr]">
            <Ligne libelle="Dossier"><Link className="underline" href={`/beneficiaires/${s.personne.id}/droits-devoirs`}>n° allocataire {s.personne.foyer.numeroAllocataire} ({s.personne.foyer.organisme})</Link></Ligne>
            <Ligne libelle="Détectée le">{formaterDate(s.detecteeLe)}{s.signaleeParId ? " (signalée par le référent)" : " (détection quotidienne)"}</Ligne>
            <Ligne libelle="Détail">{s.detail ?? "—"}</Ligne>
            <Ligne libelle="Session">{s.session ? <>{LIBELLES_INSTANCE[s.session.type]}{s.session.territoire ? ` — ${s.session.territoire.nom}` : ""}, le {formaterDateHeure(s.session.date)}</> : "non inscrite"}</Ligne>
            <Ligne libelle="Personne informée le">{formaterDate(s.informeeLe)}</Ligne>
            <Ligne libelle="Observations jusqu'au">{formaterDate(s.dateLimiteObservations)}</Ligne>
            <Ligne libelle="Observations">{s.observations ? `${s.observations} (reçues le ${formaterDate(s.observationsLe)})` : "aucune à ce jour"}</Ligne>
            <Ligne libelle="Avis">{s.avis ? `${LIBELLES_DECISION[s.avis]} — ${s.avisMotifs}` : "—"}</Ligne>
          </dl>

          {d ? (
            <section aria-labelledby="titre-decision" className="space-y-2">
              <h2 id="titre-decision" className="text-lg font-semibold text-marque-800">Décision</h2>
              <dl className="grid grid-cols-1 gap-x-6 gap-y-2 rounded border border-gray-300 bg-white p-6 sm:grid-cols-[14rem_1fr]">
                <Ligne libelle="Décision">{LIBELLES_DECISION[d.type]}{d.recidive ? " (manquement renouvelé)" : ""}</Ligne>
                <Ligne libelle="Portée">{d.pourcentage !== null ? `${d.pourcentage} %` : "—"}{d.dureeMois ? ` pendant ${d.dureeMois} mois` : ""} · du {formaterDate(d.dateEffet)}{d.dateFin ? ` au ${formaterDate(d.dateFin)}` : ""}</Ligne>
                <Ligne libelle="Sommes retenues">{formaterEuros(d.montantSuspenduCentimes)} (RSA du foyer : {formaterEuros(d.montantMensuelCentimes)} par mois)</Ligne>
                <Ligne libelle="Motifs">{d.motifs}</Ligne>
                <Ligne libelle="Décidée le">{formaterDate(d.decideLe)} — {d.qualiteDecideur}</Ligne>
                <Ligne libelle="Remobilisation">{d.remobiliseeLe ? `le ${formaterDate(d.remobiliseeLe)} (${LIBELLES_REMOBILISATION[d.remobilisationMotif as keyof typeof LIBELLES_REMOBILISATION] ?? d.remobilisationMotif}) : ${formaterEuros(d.montantRestitueCentimes)} restitués` : d.devenueDefinitiveLe ? `aucune : suspension définitive le ${formaterDate(d.devenueDefinitiveLe)}` : "—"}</Ligne>
                <Ligne libelle="Transmise à la CAF / MSA">{d.transmissionId ? "oui" : "pas encore"}</Ligne>
              </dl>
            </section>
          ) : null}

          <section aria-labelledby="titre-courriers" className="space-y-2">
            <h2 id="titre-courriers" className="text-lg font-semibold text-marque-800">Courriers</h2>
            {s.courriers.length ? (
              <ul className="list-disc pl-6">
                {s.courriers.map((c) => (
                  <li key={c.id}><a className="underline" href={`/commissions/courriers/${c.id}`}>{LIBELLES_COURRIER[c.type]} du {formaterDate(c.creeLe)} (PDF)</a></li>
                ))}
              </ul>
            ) : (
              <p>Aucun courrier émis.</p>
            )}
          </section>
        </div>

        <aside className="space-y-4">
          {droits.instruire && s.statut === "A_EXAMINER" ? (
            sessions.length ? (
              <FormulaireInscription situationId={s.id} sessions={sessions.map((x) => ({ valeur: x.id, libelle: `${LIBELLES_INSTANCE[x.type]}${x.territoire ? ` — ${x.territoire.nom}` : ""}, ${formaterDateHeure(x.date)}` }))} />
            ) : (
              <Alerte titre="Aucune session à venir">Créez une session du territoire depuis la page Commissions.</Alerte>
            )
          ) : null}
          {droits.instruire && s.statut === "INSCRITE" ? <BoutonSituation situationId={s.id} action="informer" libelle="Informer la personne (courrier et délai d'observations)" /> : null}
          {droits.instruire && s.statut === "INFORMEE" ? (
            <>
              {!purge.ok ? <Alerte titre="Délai d'observations en cours">{purge.message}</Alerte> : null}
              {!s.observations ? <FormulaireObservations situationId={s.id} /> : null}
              {purge.ok ? <FormulaireAvis situationId={s.id} /> : null}
            </>
          ) : null}
          {droits.decider && s.statut === "AVIS_RENDU" ? <FormulaireDecision situationId={s.id} avis={s.avis ?? ""} aide={aide} /> : null}
          {droits.remobiliser && d && d.type === "SUSPENSION_REMOBILISATION" && !d.remobiliseeLe && !d.devenueDefinitiveLe ? <FormulaireRemobilisation decisionId={d.id} /> : null}
          {droits.instruire && ["A_EXAMINER", "INSCRITE", "INFORMEE"].includes(s.statut) ? <BoutonSituation situationId={s.id} action="classer" variante="secondaire" libelle="Classer sans suite (situation régularisée)" /> : null}
        </aside>
      </div>
    </>
  );
}
