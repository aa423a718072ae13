"use client";

import type { EtatFormulaire } from "@/lib/actions/etat-formulaire";
import { MessageFormulaire } from "@/components/ui/message-formulaire";
import { useFormulaire } from "@/components/ui/use-formulaire";
import { Bouton } from "@/components/ui/bouton";
import { ChampTexte } from "@/components/ui/champs";

export function FormulaireParametres({
  action,
  initiales,
}: {
  action: (etat: EtatFormulaire, formData: FormData) => Promise<EtatFormulaire>;
  initiales: { totpObligatoire: string; conservationMois: string };
}) {
  const { etat, envoyer, enCours, erreurs, valeur: v, cle } = useFormulaire(action, initiales);
  return (
    <form action={envoyer} className="max-w-2xl space-y-6" noValidate key={cle}>
      <MessageFormulaire etat={etat} />
      <fieldset className="space-y-2">
        <legend className="text-lg font-semibold">Double authentification</legend>
        <div className="flex items-start gap-2">
          <input id="totpObligatoire" name="totpObligatoire" type="checkbox" className="mt-1 h-5 w-5" defaultChecked={v("totpObligatoire") === "on"} aria-describedby="totpObligatoire-aide" />
          <div>
            <label htmlFor="totpObligatoire" className="font-medium">
              Exiger un code à usage unique des administrateurs et chargés de mission
            </label>
            <p id="totpObligatoire-aide" className="text-sm text-gray-700">
              À leur prochaine connexion, ceux qui ne l&apos;ont pas encore configuré le font avant toute autre page. Les autres rôles peuvent l&apos;activer
              depuis « Mon compte ».
            </p>
          </div>
        </div>
      </fieldset>
      <fieldset className="space-y-2">
        <legend className="text-lg font-semibold">Conservation des données personnelles</legend>
        <ChampTexte
          nom="conservationMois"
          libelle="Durée de conservation (mois)"
          inputMode="numeric"
          obligatoire
          aide="Après la clôture des droits et la fin de l'accompagnement, les personnes sont anonymisées par la tâche quotidienne de conservation. Les indicateurs agrégés ne changent pas."
          defaultValue={v("conservationMois")}
          erreurs={erreurs.conservationMois}
        />
      </fieldset>
      <Bouton type="submit" disabled={enCours}>
        {enCours ? "Enregistrement…" : "Enregistrer"}
      </Bouton>
    </form>
  );
}
