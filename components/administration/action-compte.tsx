"use client";

import type { EtatFormulaire } from "@/lib/actions/etat-formulaire";
import { MessageFormulaire } from "@/components/ui/message-formulaire";
import { useFormulaire } from "@/components/ui/use-formulaire";
import { Bouton } from "@/components/ui/bouton";
import { LienATransmettre } from "./lien-a-transmettre";

/** Un bouton d'action sur un compte (lien de réinitialisation, fermeture des sessions…), avec son message. */
export function ActionCompte({
  action,
  id,
  libelle,
  variante = "secondaire",
  confirmation,
}: {
  action: (etat: EtatFormulaire, formData: FormData) => Promise<EtatFormulaire>;
  id: string;
  libelle: string;
  variante?: "primaire" | "secondaire" | "danger";
  confirmation?: string;
}) {
  const { etat, envoyer, enCours } = useFormulaire(action);
  const jeton = etat.statut === "succes" ? (etat.resultat as { jeton?: string } | null)?.jeton : undefined;
  return (
    <div className="space-y-2">
      <form
        action={envoyer}
        onSubmit={(e) => {
          if (confirmation && !window.confirm(confirmation)) e.preventDefault();
        }}
      >
        <input type="hidden" name="id" value={id} />
        <Bouton type="submit" variante={variante} disabled={enCours}>
          {enCours ? "…" : libelle}
        </Bouton>
      </form>
      <MessageFormulaire etat={etat} />
      {jeton ? <LienATransmettre jeton={jeton} /> : null}
    </div>
  );
}
