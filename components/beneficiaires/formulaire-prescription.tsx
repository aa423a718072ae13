"use client";

import { prescrireAction } from "@/lib/prescriptions/actions";
import { Bouton } from "@/components/ui/bouton";
import { ChampSelection } from "@/components/ui/champs";
import { MessageFormulaire } from "@/components/ui/message-formulaire";
import { useFormulaire } from "@/components/ui/use-formulaire";

export function FormulairePrescription({ personneId, actions }: { personneId: string; actions: { valeur: string; libelle: string }[] }) {
  const f = useFormulaire(prescrireAction);
  return (
    <form action={f.envoyer} className="no-print space-y-3 rounded border border-gray-300 bg-white p-4" noValidate key={f.cle}>
      <h3 className="font-semibold text-marque-800">Prescrire une action</h3>
      <MessageFormulaire etat={f.etat} />
      <input type="hidden" name="personneId" value={personneId} />
      <ChampSelection nom="actionId" libelle="Action du catalogue" obligatoire videLibelle="— Choisir —" options={actions} defaultValue={f.valeur("actionId")} erreurs={f.erreurs.actionId} />
      <Bouton type="submit" disabled={f.enCours}>
        Prescrire
      </Bouton>
    </form>
  );
}
