import type { Metadata } from "next";
import Link from "@/components/ui/lien";
import { contextePage, ou404 } from "@/lib/pages";
import { obtenirAide } from "@/lib/aides/queries/obtenir-aide";
import { LIBELLES_FONDS, LIBELLES_STATUT_AIDE, libelleTypeAide, type StatutAide } from "@/lib/aides/domain/regles";
import { formaterDate, formaterEuros } from "@/lib/format";
import { EnTetePage } from "@/components/ui/en-tete-page";
import { EtapeAide } from "@/components/aides/etape-aide";

export const metadata: Metadata = { title: "Demande d'aide" };

function Ligne({ terme, children }: { terme: string; children: React.ReactNode }) {
  return (
    <div className="grid gap-1 border-b border-gray-200 py-2 sm:grid-cols-3">
      <dt className="font-medium">{terme}</dt>
      <dd className="sm:col-span-2">{children}</dd>
    </div>
  );
}

export default async function PageAide({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { aide: a, evenements } = await ou404(obtenirAide(await contextePage("aides:lire"), id));
  const aujourdhui = new Date().toISOString().slice(0, 10);
  return (
    <>
      <nav aria-label="Fil d'Ariane" className="no-print mb-2 text-sm"><Link href="/aides" className="underline">Aides financières</Link></nav>
      <EnTetePage titre={`${LIBELLES_FONDS[a.fonds]} — ${a.personne.prenom} ${a.personne.nom.toUpperCase()}`} sousTitre={`État : ${LIBELLES_STATUT_AIDE[a.statut as StatutAide]}`} />
      <div className="grid gap-6 lg:grid-cols-2">
        <dl className="rounded border border-gray-300 bg-white px-4">
          <Ligne terme="Type d'aide">{libelleTypeAide(a.typeAide)}</Ligne>
          <Ligne terme="Objet">{a.objet}</Ligne>
          <Ligne terme="Territoire">{a.territoire.nom}</Ligne>
          <Ligne terme="Contrat d'engagement">{a.contrat ? <Link className="underline" href={`/contrats/${a.contrat.id}`}>du {formaterDate(a.contrat.dateDebut)} au {formaterDate(a.contrat.dateFin)}</Link> : "—"}</Ligne>
          <Ligne terme="Demandée">le {formaterDate(a.dateDemande)} par {a.demandeur.prenom} {a.demandeur.nom} : {formaterEuros(a.montantDemandeCentimes)}{a.derogationFormation ? " (dérogation formation)" : ""}</Ligne>
          <Ligne terme="Instruction">{a.dateInstruction ? `le ${formaterDate(a.dateInstruction)}${a.avisInstruction ? ` : ${a.avisInstruction}` : ""}` : "—"}</Ligne>
          <Ligne terme="Décision">{a.dateDecision ? `le ${formaterDate(a.dateDecision)}${a.decideur ? ` par ${a.decideur.prenom} ${a.decideur.nom}` : ""}${a.montantAccordeCentimes !== null ? ` : ${formaterEuros(a.montantAccordeCentimes)} accordés` : ""}${a.motifDecision ? ` — ${a.motifDecision}` : ""}` : "—"}</Ligne>
          <Ligne terme="Versement">{a.dateVersement && a.montantVerseCentimes !== null ? `le ${formaterDate(a.dateVersement)} : ${formaterEuros(a.montantVerseCentimes)}` : "—"}</Ligne>
        </dl>
        <EtapeAide id={a.id} version={a.version} evenements={evenements} aujourdhui={aujourdhui} />
      </div>
    </>
  );
}
