// Politique du contrat : « cet acteur peut-il faire cet événement sur un contrat dans cet état ? ».
// Une seule réponse pour la page (quels boutons montrer) et pour la commande (refus en ErreurMetier).
// Le périmètre (quelles personnes) reste dans lib/authz/perimetre.ts ; ici : rôle, statut, quatre yeux, délais.
import { peut } from "@/lib/authz/permissions";
import type { Role } from "@/lib/authz/acteur";
import { LIBELLES_STATUT_CONTRAT, transition, type StatutContrat } from "./regles";

export type EvenementPolitique = "modifier" | "signer" | "valider" | "rompre" | "annulerRupture" | "renouveler";

export interface ContratPolitique {
  statut: StatutContrat;
  referentId: string;
  signataireId: string | null;
  rompuLe: Date | null;
  statutAvantRupture: StatutContrat | null;
  /** un contrat plus récent reprend-il déjà celui-ci (renouvellement) ? */
  aUnSuivant?: boolean;
}

export type Decision = { ok: true } | { ok: false; message: string };

const NON = (message: string): Decision => ({ ok: false, message });
const OUI: Decision = { ok: true };
const JOUR = 86_400_000;

export function decider(
  acteur: { id: string; role: Role },
  contrat: ContratPolitique,
  evenement: EvenementPolitique,
  contexte: { maintenant: Date; delaiAnnulationRuptureJours: number },
): Decision {
  const statut = LIBELLES_STATUT_CONTRAT[contrat.statut].toLowerCase();
  switch (evenement) {
    case "modifier":
      if (!peut(acteur, "contrats:rediger")) return NON("Seul un référent rédige un contrat.");
      return contrat.statut === "BROUILLON" ? OUI : NON(`Ce contrat est « ${statut} » : seul un brouillon se modifie. Rompez-le ou renouvelez-le.`);
    case "signer":
    case "rompre":
    case "renouveler": {
      if (!peut(acteur, "contrats:rediger")) return NON("Seul un référent signe, rompt ou renouvelle un contrat.");
      const t = transition(contrat.statut, evenement);
      return t.ok ? OUI : NON(t.message);
    }
    case "valider": {
      if (!peut(acteur, "contrats:valider")) return NON("Seul le responsable du territoire valide un contrat.");
      const t = transition(contrat.statut, "valider");
      if (!t.ok) return NON(t.message);
      // quatre yeux : celui qui a rédigé ou signé le contrat ne le valide pas
      if (acteur.id === contrat.referentId || acteur.id === contrat.signataireId) {
        return NON("Vous avez rédigé ou signé ce contrat : sa validation revient à une autre personne (principe des quatre yeux).");
      }
      return OUI;
    }
    case "annulerRupture": {
      if (!peut(acteur, "contrats:valider")) return NON("Seul le responsable du territoire annule une rupture.");
      if (contrat.statut !== "ROMPU" || !contrat.rompuLe || !contrat.statutAvantRupture) return NON("Ce contrat n'a pas de rupture à annuler.");
      const limite = contrat.rompuLe.getTime() + contexte.delaiAnnulationRuptureJours * JOUR;
      if (contexte.maintenant.getTime() > limite) {
        return NON(`La rupture date de plus de ${contexte.delaiAnnulationRuptureJours} jours : elle ne s'annule plus. Établissez un nouveau contrat.`);
      }
      return OUI;
    }
  }
}

/** Les boutons de la page contrat : l'événement est-il permis ? (mêmes réponses que les commandes) */
export function evenementsPermis(
  acteur: { id: string; role: Role },
  contrat: ContratPolitique,
  contexte: { maintenant: Date; delaiAnnulationRuptureJours: number },
): Record<EvenementPolitique, boolean> {
  const e: EvenementPolitique[] = ["modifier", "signer", "valider", "rompre", "annulerRupture", "renouveler"];
  return Object.fromEntries(e.map((x) => [x, decider(acteur, contrat, x, contexte).ok])) as Record<EvenementPolitique, boolean>;
}
