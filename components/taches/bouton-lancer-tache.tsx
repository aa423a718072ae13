"use client";

import { lancerTacheAction } from "@/lib/taches/actions";
import { useFormulaire } from "@/components/ui/use-formulaire";
import { MessageFormulaire } from "@/components/ui/message-formulaire";
import { Bouton } from "@/components/ui/bouton";

export function BoutonLancerTache({ nom, libelle }: { nom: string; libelle: string }) {
  const { etat, envoyer, enCours } = useFormulaire(lancerTacheAction);
  return (
    <form action={envoyer} className="space-y-2">
      <input type="hidden" name="nom" value={nom} />
      <Bouton type="submit" variante="secondaire" disabled={enCours} aria-label={`Lancer maintenant : ${libelle}`}>
        {enCours ? "Mise en file…" : "Lancer maintenant"}
      </Bouton>
      <div aria-live="polite">
        <MessageFormulaire etat={etat} />
      </div>
    </form>
  );
}
