import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { contextePage, ou404 } from "@/lib/pages";
import { formulaireContrat } from "@/lib/contrats/queries/formulaire-contrat";
import { contratVide } from "@/lib/contrats/saisie";
import { EnTetePage } from "@/components/ui/en-tete-page";
import { EditeurContrat } from "@/components/contrats/editeur-contrat";

export const metadata: Metadata = { title: "Nouveau contrat d'engagement" };

export default async function PageNouveauContrat({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { personne, options, vivant, parametres } = await ou404(formulaireContrat(await contextePage("contrats:rediger"), id));
  // un seul contrat vivant : un brouillon existant se reprend, un contrat signé ou en cours se consulte
  if (vivant) redirect(vivant.statut === "BROUILLON" ? `/contrats/${vivant.id}/modifier?repris=1` : `/contrats/${vivant.id}?dejaVivant=1`);
  return (
    <>
      <EnTetePage titre="Nouveau contrat d'engagement" sousTitre={`${personne.nom.toUpperCase()} ${personne.prenom} · au moins 15 heures d'activité par semaine, sauf minoration motivée ou exemption`} />
      <EditeurContrat personneId={personne.id} initial={contratVide(new Date(), personne.foyer.dateOuvertureDroits, parametres)} options={options} annulerVers={`/beneficiaires/${personne.id}`} />
    </>
  );
}
