import type { Metadata } from "next";
import { contextePage, ou404 } from "@/lib/pages";
import { formulaireAction } from "@/lib/catalogue/queries/formulaire-action";
import { EnTetePage } from "@/components/ui/en-tete-page";
import { FormulaireAction } from "@/components/catalogue/formulaire-action";

export const metadata: Metadata = { title: "Modifier une action" };

export default async function PageModifierAction({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { listes, initiales, intitule } = await ou404(formulaireAction(await contextePage("catalogue:modifier"), id));
  return (
    <>
      <EnTetePage titre={`Modifier : ${intitule}`} />
      <FormulaireAction initiales={initiales} options={listes} annulerVers={`/catalogue/${id}`} />
    </>
  );
}
