// « Seules les actions prescriptibles sont proposées » : une règle, un endroit. La commande `prescrire`,
// la liste de choix du dossier, celle de l'éditeur de contrat et le bouton « Prescrire » du contrat la
// partagent. Une place est prise par chaque participant en cours ET chaque prescription déjà acceptée.
import { accueillePossible } from "@/lib/catalogue/domain/occupation";
import type { Unite } from "@/lib/catalogue/domain/libelles";

export interface ActionAPrescrire {
  capacite: number | null;
  uniteCapacite: Unite | null;
  participantsEnCours: number;
  suspendue: boolean;
  dateFin: Date | null;
}

/** Pourquoi l'action ne peut pas recevoir de prescription ce jour-là (null : elle le peut). */
export function motifNonPrescriptible(action: ActionAPrescrire, acceptees: number, aujourdHui: Date): string | null {
  const jour = new Date(Date.UTC(aujourdHui.getUTCFullYear(), aujourdHui.getUTCMonth(), aujourdHui.getUTCDate()));
  if (accueillePossible({ ...action, participantsEnCours: action.participantsEnCours + acceptees }, jour)) return null;
  if (action.suspendue) return "Cette action est suspendue.";
  if (action.dateFin && action.dateFin < jour) return "Cette action est terminée.";
  return "Cette action est complète : plus de place disponible.";
}
