"use client";

import type { EtatFormulaire } from "@/lib/actions/etat-formulaire";
import { MessageFormulaire } from "@/components/ui/message-formulaire";
import { useFormulaire } from "@/components/ui/use-formulaire";
import { Bouton } from "@/components/ui/bouton";
import { ChampTexte } from "@/components/ui/champs";

export function FormulaireConfirmationTotp({ action }: { action: (etat: EtatFormulaire, formData: FormData) => Promise<EtatFormulaire> }) {
  const { etat, envoyer, enCours, erreurs, cle } = useFormulaire(action);
  return (
    <form action={envoyer} className="max-w-sm space-y-4" noValidate key={cle}>
      <MessageFormulaire etat={etat} />
      <ChampTexte
        nom="code"
        libelle="Code affiché par l'application"
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={7}
        obligatoire
        aide="6 chiffres, renouvelés toutes les 30 secondes."
        erreurs={erreurs.code}
      />
      <Bouton type="submit" disabled={enCours}>
        {enCours ? "Vérification…" : "Activer la double authentification"}
      </Bouton>
    </form>
  );
}

export function FormulaireDesactivationTotp({ action }: { action: (etat: EtatFormulaire, formData: FormData) => Promise<EtatFormulaire> }) {
  const { etat, envoyer, enCours } = useFormulaire(action);
  return (
    <form action={envoyer} className="space-y-2">
      <MessageFormulaire etat={etat} />
      <Bouton type="submit" variante="secondaire" disabled={enCours}>
        Désactiver la double authentification
      </Bouton>
    </form>
  );
}
