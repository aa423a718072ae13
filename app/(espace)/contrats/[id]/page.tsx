import type { Metadata } from "next";
import Link from "@/components/ui/lien";
import { contextePage, ou404 } from "@/lib/pages";
import { pageContrat } from "@/lib/contrats/queries/page-contrat";
import { LIBELLES_STATUT_CONTRAT, type StatutContrat } from "@/lib/contrats/domain/regles";
import { MESSAGES_ETAPE_CONTRAT } from "@/lib/contrats/messages";
import { formaterDate } from "@/lib/format";
import { EnTetePage } from "@/components/ui/en-tete-page";
import { LienBouton } from "@/components/ui/bouton";
import { Alerte } from "@/components/ui/alerte";
import { PlanContrat } from "@/components/contrats/plan-contrat";
import { FormulaireEvenement, FormulaireRenouvellement } from "@/components/contrats/actions-contrat";

export const metadata: Metadata = { title: "Contrat d'engagement" };

export default async function PageContrat({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ enregistre?: string; fait?: string; nonModifiable?: string; dejaVivant?: string }> }) {
  const [{ id }, { enregistre, fait, nonModifiable, dejaVivant }] = await Promise.all([params, searchParams]);
  const { contrat: c, heures, droits, freins, actions, parametres, motifNonValidation } = await ou404(pageContrat(await contextePage("beneficiaires:lire"), id));
  const statut = LIBELLES_STATUT_CONTRAT[c.statut as StatutContrat];
  const message = enregistre ? "Contrat enregistré." : fait ? MESSAGES_ETAPE_CONTRAT[fait] : undefined;
  return (
    <>
      <nav aria-label="Fil d'Ariane" className="no-print mb-2 text-sm">
        <Link href={`/beneficiaires/${c.personne.id}`} className="underline">Dossier de {c.personne.prenom} {c.personne.nom}</Link>
      </nav>
      <EnTetePage
        titre="Contrat d'engagement"
        sousTitre={`${c.personne.nom.toUpperCase()} ${c.personne.prenom} · ${statut} · du ${formaterDate(c.dateDebut)} au ${formaterDate(c.dateFin)}`}
        actions={
          <>
            <LienBouton href={`/contrats/${c.id}/imprimer`} variante="secondaire">Version imprimable</LienBouton>
            {droits.modifier ? <LienBouton href={`/contrats/${c.id}/modifier`}>Modifier le brouillon</LienBouton> : null}
          </>
        }
      />
      <div className="mb-4 space-y-2 empty:hidden">
        {message ? <Alerte type="succes">{message}</Alerte> : null}
        {nonModifiable ? <Alerte type="info" titre="Ce contrat ne se modifie plus">Il est « {statut.toLowerCase()} » : seul un brouillon se modifie. Rompez-le ou renouvelez-le pour changer le plan.</Alerte> : null}
        {dejaVivant ? <Alerte type="info" titre="Un contrat existe déjà">Cette personne a déjà ce contrat « {statut.toLowerCase()} » : une personne n&apos;a qu&apos;un contrat à la fois. Pour le suivant, renouvelez celui-ci.</Alerte> : null}
      </div>
      <div className="grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="min-w-0 space-y-6">
          <dl className="grid grid-cols-1 gap-x-6 gap-y-2 rounded border border-gray-300 bg-white p-6 sm:grid-cols-[14rem_1fr]">
            {[
              ["Référent", `${c.referent.prenom} ${c.referent.nom}${c.referent.structure ? ` (${c.referent.structure.nom})` : ""}`],
              ["Signature", formaterDate(c.dateSignature)],
              ["Validation", formaterDate(c.dateValidation)],
              ["Rupture", c.motifRupture ? `${c.motifRupture}${c.rompuLe ? ` (le ${formaterDate(c.rompuLe)})` : ""}` : "—"],
              ["Bilan du contrat précédent", c.bilanPrecedent ?? "—"],
            ].map(([l, v]) => (
              <div key={l} className="contents"><dt className="font-medium text-gray-700">{l}</dt><dd className="whitespace-pre-line break-words">{v}</dd></div>
            ))}
          </dl>
          <PlanContrat plan={c} heures={heures} freins={freins} actions={actions} prescrire={droits.prescrire ? { personneId: c.personne.id } : null} />
        </div>
        <aside className="space-y-4" aria-label="Étapes du contrat">
          {droits.signer ? <FormulaireEvenement id={c.id} version={c.version} evenement="signer" titre="Signature" bouton="Signer le contrat" avecDate /> : null}
          {droits.valider ? <FormulaireEvenement id={c.id} version={c.version} evenement="valider" titre="Validation par le territoire" bouton="Valider le contrat" /> : null}
          {motifNonValidation ? <Alerte type="info" titre="Validation par une autre personne">{motifNonValidation}</Alerte> : null}
          {droits.renouveler ? <FormulaireRenouvellement id={c.id} /> : null}
          {droits.rompre ? <FormulaireEvenement id={c.id} version={c.version} evenement="rompre" titre="Rupture" bouton="Rompre le contrat" avecMotif libelleMotif="Motif de la rupture" /> : null}
          {droits.annulerRupture ? (
            <FormulaireEvenement id={c.id} version={c.version} evenement="annulerRupture" titre="Rupture faite par erreur ?" bouton="Annuler la rupture" avecMotif libelleMotif="Pourquoi annuler la rupture" />
          ) : null}
          {c.statut === "ROMPU" && c.rompuLe && !droits.annulerRupture ? (
            <p className="text-sm text-gray-700">Une rupture s&apos;annule par le responsable du territoire dans les {parametres.delaiAnnulationRuptureJours} jours qui la suivent.</p>
          ) : null}
        </aside>
      </div>
    </>
  );
}
