import type { Metadata } from "next";
import { contextePage } from "@/lib/pages";
import { lireParametresSecurite } from "@/lib/administration/queries/parametres";
import { enregistrerParametresAction } from "@/lib/administration/actions";
import { formaterDateHeure } from "@/lib/format";
import { EnTetePage } from "@/components/ui/en-tete-page";
import { FormulaireParametres } from "@/components/administration/formulaire-parametres";

export const metadata: Metadata = { title: "Sécurité et conservation" };

export default async function PageParametresSecurite() {
  const p = await lireParametresSecurite(await contextePage("utilisateurs:gerer"));
  return (
    <>
      <EnTetePage
        titre="Sécurité et conservation"
        sousTitre={p.modifieLe ? `Paramètres du département, modifiés le ${formaterDateHeure(p.modifieLe)}.` : "Paramètres du département (valeurs par défaut)."}
      />
      <FormulaireParametres action={enregistrerParametresAction} initiales={{ totpObligatoire: p.totpObligatoire ? "on" : "", conservationMois: String(p.conservationMois) }} />
    </>
  );
}
