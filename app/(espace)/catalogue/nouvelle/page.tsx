import type { Metadata } from "next";
import { contextePage } from "@/lib/pages";
import { formulaireAction } from "@/lib/catalogue/queries/formulaire-action";
import { EnTetePage } from "@/components/ui/en-tete-page";
import { FormulaireAction } from "@/components/catalogue/formulaire-action";

export const metadata: Metadata = { title: "Nouvelle action" };

export default async function PageNouvelleAction() {
  const { listes, initiales } = await formulaireAction(await contextePage("catalogue:modifier"));
  return (
    <>
      <EnTetePage titre="Nouvelle action d'insertion" />
      <FormulaireAction initiales={initiales} options={listes} annulerVers="/catalogue" />
    </>
  );
}
