import type { Metadata } from "next";
import { contextePage } from "@/lib/pages";
import { optionsConvention } from "@/lib/conventions/queries/options-convention";
import { EnTetePage } from "@/components/ui/en-tete-page";
import { FormulaireNouvelleConvention } from "@/components/conventions/formulaire-nouvelle-convention";

export const metadata: Metadata = { title: "Nouvelle convention" };

export default async function PageNouvelleConvention() {
  const options = await optionsConvention(await contextePage("conventions:modifier"));
  return (
    <>
      <EnTetePage titre="Nouvelle convention" sousTitre="La convention est créée « en instruction » ; elle avance ensuite jusqu'au vote, à la signature et au solde." />
      <FormulaireNouvelleConvention options={options} />
    </>
  );
}
