"use client";

import { faireAvancerBilanAction } from "@/lib/conventions/actions-bilan";
import { LIBELLES_EVENEMENT_BILAN, type EvenementBilan } from "@/lib/conventions/domain/cycle-bilan";
import { Bouton } from "@/components/ui/bouton";
import { ChampZoneTexte } from "@/components/ui/champs";
import { MessageFormulaire } from "@/components/ui/message-formulaire";
import { useFormulaire } from "@/components/ui/use-formulaire";

/** Soumission (structure), validation ou renvoi motivé (chargé de mission) d'un bilan. */
export function DecisionBilan({ id, version, evenements }: { id: string; version: number; evenements: EvenementBilan[] }) {
  const f = useFormulaire(faireAvancerBilanAction);
  if (!evenements.length) return null;
  return (
    <form action={f.envoyer} className="no-print mt-3 space-y-2 border-t border-gray-200 pt-3" noValidate key={f.cle}>
      <MessageFormulaire etat={f.etat} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      {evenements.includes("renvoyer") ? (
        <ChampZoneTexte nom="motif" identifiant={`motif-${id}`} libelle="Motif du renvoi (ce que la structure doit corriger)" rows={2} defaultValue={f.valeur("motif")} erreurs={f.erreurs.motif} />
      ) : null}
      <div className="flex flex-wrap gap-2">
        {evenements.map((e) => (
          <Bouton key={e} type="submit" name="evenement" value={e} variante={e === "renvoyer" ? "secondaire" : "primaire"} disabled={f.enCours}>
            {LIBELLES_EVENEMENT_BILAN[e]}
          </Bouton>
        ))}
      </div>
    </form>
  );
}
