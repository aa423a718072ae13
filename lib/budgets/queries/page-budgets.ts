import "server-only";
import type { Contexte } from "@/lib/contexte";
import { exercicesBudgetaires, tableauFinancier } from "./tableau-financier";

/** Sélection du programme × exercice (le plus récent par défaut, sinon celui demandé) et son tableau. */
export async function pageBudgets(contexte: Contexte, demande: { programme: string; exercice?: number }) {
  const choix = await exercicesBudgetaires(contexte);
  const selection = choix.find((c) => c.programmeId === demande.programme && c.exercice === demande.exercice) ?? choix.find((c) => c.exercice === 2019) ?? choix[0] ?? null;
  const lignes = selection ? await tableauFinancier(contexte, selection.programmeId, selection.exercice) : [];
  return { choix, selection, lignes };
}
