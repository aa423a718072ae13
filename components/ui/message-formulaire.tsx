import type { EtatFormulaire } from "@/lib/actions/etat-formulaire";
import { Alerte } from "./alerte";

/** Message global d'un formulaire : erreur (avec rappel que la saisie est conservée) ou succès. */
export function MessageFormulaire({ etat }: { etat: EtatFormulaire }) {
  if (etat.statut === "erreur") {
    return (
      <Alerte type="erreur" titre={etat.message}>
        {Object.keys(etat.erreursChamps).length ? "Corrigez les champs signalés ; vos saisies ont été conservées." : null}
      </Alerte>
    );
  }
  if (etat.statut === "succes") return <Alerte type="succes">{etat.message}</Alerte>;
  return null;
}
