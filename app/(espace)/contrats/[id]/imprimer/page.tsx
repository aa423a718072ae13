import type { Metadata } from "next";
import Link from "@/components/ui/lien";
import { contextePage, ou404 } from "@/lib/pages";
import { pageContrat } from "@/lib/contrats/queries/page-contrat";
import { formaterDate } from "@/lib/format";
import { PlanContrat } from "@/components/contrats/plan-contrat";
import { BoutonImprimer } from "@/components/catalogue/bouton-imprimer";

export const metadata: Metadata = { title: "Contrat d'engagement (impression)" };

/** Version à imprimer (ou à enregistrer en PDF depuis le navigateur) pour la signature. */
export default async function PageContratImprimable({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { contrat: c, heures, freins, actions } = await ou404(pageContrat(await contextePage("beneficiaires:lire"), id));
  return (
    <article className="mx-auto max-w-4xl space-y-6 bg-white p-8 print:p-0">
      <div className="no-print flex justify-between">
        <Link href={`/contrats/${c.id}`} className="underline">Revenir au contrat</Link>
        <BoutonImprimer />
      </div>
      <h1 className="text-2xl font-bold text-marque-800">Contrat d&apos;engagement</h1>
      <p>
        Entre <strong>{c.personne.prenom} {c.personne.nom.toUpperCase()}</strong>, né(e) le {formaterDate(c.personne.dateNaissance)}, allocataire n° {c.personne.foyer.numeroAllocataire}
        , domicilié(e) à {c.personne.foyer.territoire.nom}, et son référent de parcours <strong>{c.referent.prenom} {c.referent.nom}</strong>
        {c.referent.structure ? ` (${c.referent.structure.nom})` : ""}, pour la période du {formaterDate(c.dateDebut)} au {formaterDate(c.dateFin)}.
      </p>
      <p>
        Le bénéficiaire s&apos;engage à réaliser le plan d&apos;action ci-dessous, d&apos;au moins quinze heures d&apos;activité par semaine sauf minoration motivée ou exemption
        accordée à sa demande ; le refus de signer ou le non-respect des engagements peut entraîner une suspension du versement du RSA.
      </p>
      <PlanContrat plan={c} heures={heures} freins={freins} actions={actions} />
      <div className="grid grid-cols-2 gap-8 pt-12">
        <p>Le bénéficiaire<br />Date et signature :</p>
        <p>Le référent de parcours<br />Date et signature :</p>
      </div>
    </article>
  );
}
