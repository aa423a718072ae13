import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { contextePage, ou404 } from "@/lib/pages";
import { formulaireContratExistant } from "@/lib/contrats/queries/formulaire-contrat-existant";
import { contratEnSaisie } from "@/lib/contrats/saisie";
import { EnTetePage } from "@/components/ui/en-tete-page";
import { Alerte } from "@/components/ui/alerte";
import { EditeurContrat } from "@/components/contrats/editeur-contrat";

export const metadata: Metadata = { title: "Modifier le contrat" };

export default async function PageModifierContrat({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ renouvellement?: string; repris?: string }> }) {
  const [{ id }, { renouvellement, repris }] = await Promise.all([params, searchParams]);
  const contexte = await contextePage("contrats:rediger");
  const r = await ou404(formulaireContratExistant(contexte, id));
  // un contrat signé, validé, rompu… ne se modifie plus : on montre le contrat et pourquoi
  if (!r.modifiable) redirect(`/contrats/${id}?nonModifiable=1`);
  const { personne, contrat: brouillon, options } = r.formulaire;
  return (
    <>
      <EnTetePage titre="Modifier le contrat d'engagement" sousTitre={`${personne.nom.toUpperCase()} ${personne.prenom}`} />
      {renouvellement ? (
        <div className="mb-4">
          <Alerte type="info" titre="Renouvellement">Le plan du contrat précédent a été repris : ajustez-le à partir du bilan.</Alerte>
        </div>
      ) : null}
      {repris ? (
        <div className="mb-4">
          <Alerte type="info" titre="Un brouillon existe déjà">Cette personne a déjà un contrat en préparation : le voici. Une personne n&apos;a qu&apos;un contrat à la fois.</Alerte>
        </div>
      ) : null}
      <EditeurContrat personneId={personne.id} initial={contratEnSaisie(brouillon!)} options={options} annulerVers={`/contrats/${id}`} />
    </>
  );
}
