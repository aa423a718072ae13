"use client";

import { reactiverActionInsertion, suspendreActionInsertion } from "@/lib/catalogue/actions";
import { Alerte } from "@/components/ui/alerte";
import { Bouton } from "@/components/ui/bouton";
import { ChampTexte } from "@/components/ui/champs";
import { useFormulaire } from "@/components/ui/use-formulaire";

export function FormulaireSuspension({ id, suspendue }: { id: string; suspendue: boolean }) {
  const { etat, envoyer, enCours, erreurs, valeur } = useFormulaire(suspendue ? reactiverActionInsertion : suspendreActionInsertion);
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
          defaultValue={valeur("motif")}
          erreurs={erreurs.motif}
        />
      )}
      <Bouton type="submit" variante={suspendue ? "primaire" : "danger"} disabled={enCours}>
        {suspendue ? "Réactiver" : "Suspendre"}
      </Bouton>
    </form>
  );
}
