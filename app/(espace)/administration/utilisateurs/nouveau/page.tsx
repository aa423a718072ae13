import type { Metadata } from "next";
import { contextePage } from "@/lib/pages";
import { choixPerimetre } from "@/lib/administration/queries/compte";
import { creerCompteAction } from "@/lib/administration/actions";
import { LIBELLES_ROLES } from "@/lib/authz/acteur";
import { EnTetePage } from "@/components/ui/en-tete-page";
import { FormulaireCompte } from "@/components/administration/formulaire-compte";

export const metadata: Metadata = { title: "Nouveau compte" };

const ROLES = Object.entries(LIBELLES_ROLES).map(([valeur, libelle]) => ({ valeur, libelle }));

export default async function PageNouveauCompte() {
  const { territoires, structures } = await choixPerimetre(await contextePage("utilisateurs:gerer"));
  return (
    <>
      <EnTetePage
        titre="Nouveau compte"
        sousTitre="Le compte est créé sans mot de passe : un lien à usage unique, valable 24 heures, permet à la personne de choisir le sien."
      />
      <FormulaireCompte
        action={creerCompteAction}
        initiales={{ courriel: "", nom: "", prenom: "", role: "", territoireId: "", structureId: "", actif: "on" }}
        roles={ROLES}
        territoires={territoires}
        structures={structures}
      />
    </>
  );
}
