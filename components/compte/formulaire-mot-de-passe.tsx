"use client";

import type { EtatFormulaire } from "@/lib/actions/etat-formulaire";
import { MessageFormulaire } from "@/components/ui/message-formulaire";
import { useFormulaire } from "@/components/ui/use-formulaire";
import { Bouton } from "@/components/ui/bouton";
import { ChampTexte } from "@/components/ui/champs";

/** Choix d'un mot de passe : par lien (jeton) ou depuis « Mon compte » (mot de passe actuel demandé). */
export function FormulaireMotDePasse({
  action,
  jeton,
  demanderActuel = false,
  courriel,
}: {
  action: (etat: EtatFormulaire, formData: FormData) => Promise<EtatFormulaire>;
  jeton?: string;
  demanderActuel?: boolean;
  courriel?: string;
}) {
  const { etat, envoyer, enCours, erreurs, cle } = useFormulaire(action);
  return (
    <form action={envoyer} className="max-w-md space-y-4" noValidate key={cle}>
      <MessageFormulaire etat={etat} />
      {jeton ? <input type="hidden" name="jeton" value={jeton} /> : null}
      {/* identifiant pour les gestionnaires de mots de passe */}
      {courriel ? <input type="hidden" name="username" autoComplete="username" value={courriel} /> : null}
      {demanderActuel ? <ChampTexte nom="actuel" libelle="Mot de passe actuel" type="password" autoComplete="current-password" obligatoire erreurs={erreurs.actuel} /> : null}
      <ChampTexte
        nom="motDePasse"
        libelle="Nouveau mot de passe"
        type="password"
        autoComplete="new-password"
        obligatoire
        aide="12 caractères au moins ; une phrase de passe facile à retenir convient."
        erreurs={erreurs.motDePasse}
      />
      <ChampTexte nom="confirmation" libelle="Confirmation du nouveau mot de passe" type="password" autoComplete="new-password" obligatoire erreurs={erreurs.confirmation} />
      <Bouton type="submit" disabled={enCours}>
        {enCours ? "Enregistrement…" : "Enregistrer le mot de passe"}
      </Bouton>
    </form>
  );
}
