import type { Metadata } from "next";
import { contextePage, ou404 } from "@/lib/pages";
import { obtenirContrat } from "@/lib/contrats/queries/obtenir-contrat";
import { formulaireContrat } from "@/lib/contrats/queries/formulaire-contrat";
import { contratEnSaisie } from "@/lib/contrats/saisie";
import { EnTetePage } from "@/components/ui/en-tete-page";
import { Alerte } from "@/components/ui/alerte";
import { EditeurContrat } from "@/components/contrats/editeur-contrat";

export const metadata: Metadata = { title: "Modifier le contrat" };

export default async function PageModifierContrat({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ renouvellement?: string }> }) {
  const [{ id }, { renouvellement }] = await Promise.all([params, searchParams]);
  const contexte = await contextePage("contrats:rediger");
  const { contrat } = await ou404(obtenirContrat(contexte, id));
  const { personne, contrat: brouillon, options } = await ou404(formulaireContrat(contexte, contrat.personneId, id));
  return (
    <>
      <EnTetePage titre="Modifier le contrat d'engagement" sousTitre={`${personne.nom.toUpperCase()} ${personne.prenom}`} />
      {renouvellement ? (
        <div className="mb-4">
          <Alerte type="info" titre="Renouvellement">Le plan du contrat précédent a été repris : ajustez-le à partir du bilan.</Alerte>
        </div>
      ) : null}
      <EditeurContrat personneId={personne.id} initial={contratEnSaisie(brouillon!)} options={options} annulerVers={`/contrats/${id}`} />
    </>
  );
}
