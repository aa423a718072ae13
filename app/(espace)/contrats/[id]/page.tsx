import type { Metadata } from "next";
import Link from "next/link";
import { contextePage, ou404 } from "@/lib/pages";
import { pageContrat } from "@/lib/contrats/queries/page-contrat";
import { LIBELLES_STATUT_CONTRAT, type StatutContrat } from "@/lib/contrats/domain/regles";
import { formaterDate } from "@/lib/format";
import { EnTetePage } from "@/components/ui/en-tete-page";
import { LienBouton } from "@/components/ui/bouton";
import { Alerte } from "@/components/ui/alerte";
import { PlanContrat } from "@/components/contrats/plan-contrat";
import { FormulaireEvenement, FormulaireRenouvellement } from "@/components/contrats/actions-contrat";

export const metadata: Metadata = { title: "Contrat d'engagement" };

export default async function PageContrat({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ enregistre?: string }> }) {
  const [{ id }, { enregistre }] = await Promise.all([params, searchParams]);
  const { contrat: c, heures, droits, freins } = await ou404(pageContrat(await contextePage("beneficiaires:lire"), id));
  return (
    <>
      <nav aria-label="Fil d'Ariane" className="no-print mb-2 text-sm">
        <Link href={`/beneficiaires/${c.personne.id}`} className="underline">Dossier de {c.personne.prenom} {c.personne.nom}</Link>
      </nav>
      <EnTetePage
        titre="Contrat d'engagement"
        sousTitre={`${c.personne.nom.toUpperCase()} ${c.personne.prenom} · ${LIBELLES_STATUT_CONTRAT[c.statut as StatutContrat]} · du ${formaterDate(c.dateDebut)} au ${formaterDate(c.dateFin)}`}
        actions={
          <>
            <LienBouton href={`/contrats/${c.id}/imprimer`} variante="secondaire">Version imprimable</LienBouton>
            {droits.modifier ? <LienBouton href={`/contrats/${c.id}/modifier`}>Modifier le brouillon</LienBouton> : null}
          </>
        }
      />
      {enregistre ? <div className="mb-4"><Alerte type="succes">Contrat enregistré.</Alerte></div> : null}
      <div className="grid gap-8 lg:grid-cols-[1fr_22rem]">
        <div className="space-y-6">
          <dl className="grid grid-cols-1 gap-x-6 gap-y-2 rounded border border-gray-300 bg-white p-6 sm:grid-cols-[14rem_1fr]">
            {[
              ["Référent", `${c.referent.prenom} ${c.referent.nom}${c.referent.structure ? ` (${c.referent.structure.nom})` : ""}`],
              ["Signature", formaterDate(c.dateSignature)],
              ["Validation", formaterDate(c.dateValidation)],
              ["Rupture", c.motifRupture ?? "—"],
              ["Bilan du contrat précédent", c.bilanPrecedent ?? "—"],
            ].map(([l, v]) => (
              <div key={l} className="contents"><dt className="font-medium text-gray-700">{l}</dt><dd className="whitespace-pre-line">{v}</dd></div>
            ))}
          </dl>
          <PlanContrat plan={c} heures={heures} freins={freins} />
        </div>
        <aside className="space-y-4">
          {droits.signer ? <FormulaireEvenement id={c.id} version={c.version} evenement="signer" titre="Signature" bouton="Signer le contrat" avecDate /> : null}
          {droits.valider ? <FormulaireEvenement id={c.id} version={c.version} evenement="valider" titre="Validation par le territoire" bouton="Valider le contrat" /> : null}
          {droits.renouveler ? <FormulaireRenouvellement id={c.id} /> : null}
          {droits.rompre ? <FormulaireEvenement id={c.id} version={c.version} evenement="rompre" titre="Rupture" bouton="Rompre le contrat" avecMotif /> : null}
        </aside>
      </div>
    </>
  );
}
