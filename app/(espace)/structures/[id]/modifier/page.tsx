import type { Metadata } from "next";
import { contextePage, ou404 } from "@/lib/pages";
import { obtenirStructure } from "@/lib/referentiels/queries/obtenir-structure";
import { optionsStructure } from "@/lib/referentiels/queries/options-structure";
import { modifierStructureAction } from "@/lib/referentiels/actions";
import { EnTetePage } from "@/components/ui/en-tete-page";
import { FormulaireStructure } from "@/components/referentiels/formulaire-structure";

export const metadata: Metadata = { title: "Modifier une structure" };

export default async function PageModifierStructure({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const contexte = await contextePage("structures:modifier");
  const [s, options] = await Promise.all([ou404(obtenirStructure(contexte, id)), optionsStructure(contexte)]);
  const initiales = {
    id: s.id,
    nom: s.nom,
    sigle: s.sigle ?? "",
    categorie: s.categorie,
    siret: s.siret ?? "",
    adresse: s.adresse ?? "",
    codePostal: s.codePostal ?? "",
    commune: s.commune ?? "",
    telephone: s.telephone ?? "",
    courriel: s.courriel ?? "",
    territoireId: s.territoire?.id ?? "",
  };
  return (
    <>
      <EnTetePage titre={`Modifier : ${s.nom}`} />
      <FormulaireStructure action={modifierStructureAction} initiales={initiales} annulerVers={`/structures/${s.id}`} {...options} />
    </>
  );
}
