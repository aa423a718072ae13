"use client";

import { useActionState } from "react";
import { ETAT_INITIAL, type EtatFormulaire } from "@/lib/actions/etat-formulaire";
import { reactiverActionInsertion, suspendreActionInsertion } from "@/lib/catalogue/actions";
import { Alerte } from "@/components/ui/alerte";
import { Bouton } from "@/components/ui/bouton";
import { ChampTexte } from "@/components/ui/champs";

export function FormulaireSuspension({ id, suspendue }: { id: string; suspendue: boolean }) {
  const [etat, envoyer, enCours] = useActionState<EtatFormulaire, FormData>(suspendue ? reactiverActionInsertion : suspendreActionInsertion, ETAT_INITIAL);
  const erreurs = etat.statut === "erreur" ? etat.erreursChamps : {};
  return (
    <form action={envoyer} className="no-print space-y-3 rounded border border-gray-300 bg-white p-4" noValidate>
      <h2 className="text-lg font-semibold text-marque-800">{suspendue ? "Réactiver l'action" : "Suspendre l'action"}</h2>
      {etat.statut === "erreur" && !Object.keys(erreurs).length ? <Alerte type="erreur">{etat.message}</Alerte> : null}
      <input type="hidden" name="id" value={id} />
      {suspendue ? null : (
        <ChampTexte
          nom="motif"
          libelle="Motif de la suspension"
          obligatoire
          aide="Visible des référents sur la fiche de l'action."
          defaultValue={etat.statut === "erreur" ? String(etat.valeurs.motif ?? "") : ""}
          erreurs={erreurs.motif}
        />
      )}
      <Bouton type="submit" variante={suspendue ? "primaire" : "danger"} disabled={enCours}>
        {suspendue ? "Réactiver" : "Suspendre"}
      </Bouton>
    </form>
  );
}
