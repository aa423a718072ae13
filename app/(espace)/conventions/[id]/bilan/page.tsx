import type { Metadata } from "next";
import { contextePage, ou404 } from "@/lib/pages";
import { obtenirConvention } from "@/lib/conventions/queries/obtenir-convention";
import { EnTetePage } from "@/components/ui/en-tete-page";
import { FormulaireBilan } from "@/components/conventions/formulaire-bilan";

export const metadata: Metadata = { title: "Saisir un bilan" };

export default async function PageSaisieBilan({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { convention, droits } = await ou404(obtenirConvention(await contextePage("bilans:saisir"), id));
  return (
    <>
      <EnTetePage titre="Saisir un bilan" sousTitre={convention.objet} />
      <FormulaireBilan conventionId={convention.id} structure={droits.soumettreBilan} indicateurs={convention.indicateurs.map((i) => ({ id: i.id, nom: i.nom, unite: i.unite, cible: i.cible }))} />
    </>
  );
}
