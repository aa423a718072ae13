import type { Metadata } from "next";
import { contextePage } from "@/lib/pages";
import { optionsStructure } from "@/lib/referentiels/queries/options-structure";
import { creerStructureAction } from "@/lib/referentiels/actions";
import { EnTetePage } from "@/components/ui/en-tete-page";
import { FormulaireStructure } from "@/components/referentiels/formulaire-structure";

export const metadata: Metadata = { title: "Nouvelle structure" };

export default async function PageNouvelleStructure() {
  const options = await optionsStructure(await contextePage("structures:modifier"));
  const vide = { nom: "", sigle: "", categorie: "", siret: "", adresse: "", codePostal: "", commune: "", telephone: "", courriel: "", territoireId: "" };
  return (
    <>
      <EnTetePage titre="Nouvelle structure" />
      <FormulaireStructure action={creerStructureAction} initiales={vide} annulerVers="/structures" {...options} />
    </>
  );
}
