import type { Metadata } from "next";
import { contextePage, ou404 } from "@/lib/pages";
import { formulaireContrat } from "@/lib/contrats/queries/formulaire-contrat";
import { contratVide } from "@/lib/contrats/saisie";
import { EnTetePage } from "@/components/ui/en-tete-page";
import { EditeurContrat } from "@/components/contrats/editeur-contrat";

export const metadata: Metadata = { title: "Nouveau contrat d'engagement" };

export default async function PageNouveauContrat({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { personne, options } = await ou404(formulaireContrat(await contextePage("contrats:rediger"), id));
  return (
    <>
      <EnTetePage titre="Nouveau contrat d'engagement" sousTitre={`${personne.nom.toUpperCase()} ${personne.prenom} · au moins 15 heures d'activité par semaine, sauf minoration motivée ou exemption`} />
      <EditeurContrat personneId={personne.id} initial={contratVide()} options={options} annulerVers={`/beneficiaires/${personne.id}`} />
    </>
  );
}
