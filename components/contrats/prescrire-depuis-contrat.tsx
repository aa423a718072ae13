"use client";

import { prescrireAction } from "@/lib/prescriptions/actions";
import { Alerte } from "@/components/ui/alerte";
import { useFormulaire } from "@/components/ui/use-formulaire";

/** Prescrire, d'un clic depuis le contrat, l'action du catalogue choisie pour une activité. */
export function BoutonPrescrireAction({ personneId, actionId, libelle }: { personneId: string; actionId: string; libelle: string }) {
  const f = useFormulaire(prescrireAction);
  if (f.etat.statut === "succes") return <Alerte type="succes">Prescription envoyée au porteur de l&apos;action.</Alerte>;
  return (
    <form action={f.envoyer} className="no-print" noValidate>
      <input type="hidden" name="personneId" value={personneId} />
      <input type="hidden" name="actionId" value={actionId} />
      {f.etat.statut === "erreur" ? <p className="text-sm font-medium text-erreur-700" role="alert">{f.etat.message}</p> : null}
      <button type="submit" disabled={f.enCours} className="text-sm font-semibold text-marque-700 underline disabled:opacity-60" aria-label={`Prescrire l'action ${libelle}`}>
        Prescrire cette action
      </button>
    </form>
  );
}
