"use client";

import { useState } from "react";
import { evenementContratAction, renouvelerContratAction } from "@/lib/contrats/actions";
import { Bouton } from "@/components/ui/bouton";
import { ChampTexte, ChampZoneTexte } from "@/components/ui/champs";
import { MessageFormulaire } from "@/components/ui/message-formulaire";
import { useFormulaire } from "@/components/ui/use-formulaire";

const cadre = "no-print space-y-3 rounded border border-gray-300 bg-white p-4";
type Evenement = "signer" | "valider" | "rompre" | "annulerRupture";

/** Ce que l'étape a d'irréversible, dit avant de confirmer. */
const AVERTISSEMENTS: Partial<Record<Evenement, string>> = {
  signer: "Une fois signé, le contrat ne se modifie plus : il part en validation au territoire.",
  rompre: "La rupture met fin au contrat. Seul le responsable du territoire peut l'annuler, dans un court délai.",
  annulerRupture: "Le contrat retrouvera l'état qu'il avait avant la rupture ; l'annulation est inscrite au journal.",
};

/**
 * Étape du cycle de vie. Les étapes irréversibles (signer, rompre, annuler une rupture) se font en deux
 * temps : le bouton ouvre une confirmation (case à cocher, et motif quand il en faut un), puis on confirme.
 */
export function FormulaireEvenement({ id, version, evenement, titre, bouton, avecDate, avecMotif, libelleMotif = "Motif" }: { id: string; version: number; evenement: Evenement; titre: string; bouton: string; avecDate?: boolean; avecMotif?: boolean; libelleMotif?: string }) {
  const f = useFormulaire(evenementContratAction);
  const avertissement = AVERTISSEMENTS[evenement];
  const [confirmer, setConfirmer] = useState(false);
  const ouvert = !avertissement || confirmer || f.etat.statut === "erreur";
  if (f.etat.statut === "succes") {
    return (
      <div className={cadre}>
        <h2 className="font-semibold text-marque-800">{titre}</h2>
        <MessageFormulaire etat={f.etat} />
      </div>
    );
  }
  return (
    <form action={f.envoyer} className={cadre} noValidate key={f.cle}>
      <h2 className="font-semibold text-marque-800">{titre}</h2>
      <MessageFormulaire etat={f.etat} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="evenement" value={evenement} />
      {!ouvert ? (
        <Bouton type="button" variante={evenement === "rompre" ? "danger" : "primaire"} onClick={() => setConfirmer(true)}>
          {bouton}
        </Bouton>
      ) : (
        <>
          {avecDate ? <ChampTexte nom="date" identifiant={`${evenement}-date`} libelle="Date de signature" type="date" obligatoire defaultValue={f.valeur("date") || new Date().toISOString().slice(0, 10)} erreurs={f.erreurs.date} /> : null}
          {avecMotif ? <ChampZoneTexte nom="motif" identifiant={`${evenement}-motif`} libelle={libelleMotif} obligatoire rows={3} defaultValue={f.valeur("motif")} erreurs={f.erreurs.motif} aide="500 caractères au maximum." /> : null}
          {avertissement ? (
            <div className="space-y-1">
              <p className="text-sm">{avertissement}</p>
              <div className="flex items-start gap-2">
                <input type="checkbox" id={`${evenement}-confirmation`} name="confirmation" value="oui" className="mt-1 h-4 w-4" aria-invalid={f.erreurs.confirmation ? true : undefined} aria-describedby={f.erreurs.confirmation ? `${evenement}-confirmation-erreur` : undefined} />
                <label htmlFor={`${evenement}-confirmation`} className="font-medium">Je confirme : cette étape ne se défait pas</label>
              </div>
              {f.erreurs.confirmation ? <p id={`${evenement}-confirmation-erreur`} className="text-sm font-medium text-erreur-700">{f.erreurs.confirmation.join(" ")}</p> : null}
            </div>
          ) : null}
          <div className="flex flex-wrap gap-3">
            <Bouton type="submit" variante={evenement === "rompre" ? "danger" : "primaire"} disabled={f.enCours}>
              {avertissement ? `Confirmer : ${bouton.charAt(0).toLowerCase()}${bouton.slice(1)}` : bouton}
            </Bouton>
            {avertissement ? (
              <button type="button" className="text-sm underline" onClick={() => setConfirmer(false)}>
                Ne pas le faire
              </button>
            ) : null}
          </div>
        </>
      )}
    </form>
  );
}

export function FormulaireRenouvellement({ id }: { id: string }) {
  const f = useFormulaire(renouvelerContratAction);
  return (
    <form action={f.envoyer} className={cadre} noValidate key={f.cle}>
      <h2 className="font-semibold text-marque-800">Renouveler le contrat</h2>
      <MessageFormulaire etat={f.etat} />
      <input type="hidden" name="id" value={id} />
      <ChampZoneTexte nom="bilan" libelle="Bilan du contrat qui s'achève" obligatoire rows={4} aide="Objectifs atteints, difficultés, situation au moment du renouvellement (4 000 caractères au maximum)." defaultValue={f.valeur("bilan")} erreurs={f.erreurs.bilan} />
      <Bouton type="submit" disabled={f.enCours}>
        Préparer le contrat suivant
      </Bouton>
    </form>
  );
}
