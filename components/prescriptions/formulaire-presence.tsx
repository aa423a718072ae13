"use client";

import { enregistrerPresenceAction } from "@/lib/prescriptions/actions";
import { LIBELLES_STATUT_PRESENCE, STATUTS_PRESENCE } from "@/lib/prescriptions/domain/presences";
import { Bouton } from "@/components/ui/bouton";
import { ChampSelection, ChampTexte } from "@/components/ui/champs";
import { useFormulaire } from "@/components/ui/use-formulaire";

/** Émargement d'une semaine : la date choisie est ramenée au lundi de sa semaine. */
export function FormulairePresence({ prescriptionId, semaineParDefaut, heuresParDefaut }: { prescriptionId: string; semaineParDefaut: string; heuresParDefaut: string }) {
  const f = useFormulaire(enregistrerPresenceAction);
  return (
    <form action={f.envoyer} className="space-y-3 rounded border border-gray-300 bg-white p-4" noValidate key={f.cle} aria-label="Émarger une semaine">
      <input type="hidden" name="prescriptionId" value={prescriptionId} />
      <ChampTexte nom="semaine" libelle="Semaine du" type="date" obligatoire defaultValue={f.valeur("semaine") || semaineParDefaut} aide="N'importe quel jour de la semaine : elle est enregistrée à son lundi." erreurs={f.erreurs.semaine} />
      <ChampSelection nom="statut" libelle="Présence" options={STATUTS_PRESENCE.map((s) => ({ valeur: s, libelle: LIBELLES_STATUT_PRESENCE[s] }))} defaultValue={f.valeur("statut") || "PRESENT"} erreurs={f.erreurs.statut} />
      <ChampTexte nom="heures" libelle="Heures réalisées" inputMode="decimal" obligatoire defaultValue={f.valeur("heures") || heuresParDefaut} aide="0 pour une absence." erreurs={f.erreurs.heures} />
      <ChampTexte nom="commentaire" libelle="Commentaire" defaultValue={f.valeur("commentaire")} erreurs={f.erreurs.commentaire} />
      {f.etat.statut === "erreur" && !Object.keys(f.erreurs).length ? <p role="alert" className="text-sm font-medium text-erreur-700">{f.etat.message}</p> : null}
      {f.etat.statut === "succes" ? <p role="status" className="text-sm text-succes-700">{f.etat.message}</p> : null}
      <Bouton type="submit" disabled={f.enCours}>Enregistrer la présence</Bouton>
    </form>
  );
}
