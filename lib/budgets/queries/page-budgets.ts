import "server-only";
import type { Contexte } from "@/lib/contexte";
import { exercicesBudgetaires, tableauFinancier } from "./tableau-financier";

/** Sélection du programme × exercice (le plus récent par défaut, sinon celui demandé) et son tableau. */
export async function pageBudgets(contexte: Contexte, demande: { programme: string; exercice?: number; brut?: { exercice?: string } }) {
  const choix = await exercicesBudgetaires(contexte);
  const demandee = choix.find((c) => c.programmeId === demande.programme && c.exercice === demande.exercice);
  const selection = demandee ?? choix.find((c) => c.exercice === 2019) ?? choix[0] ?? null;
  const lignes = selection ? await tableauFinancier(contexte, selection.programmeId, selection.exercice) : [];
  // un programme ou un exercice demandé qui n'existe pas (ou hors du département) : la page le dit
  const demandeFaite = Boolean(demande.programme) || demande.exercice !== undefined || Boolean(demande.brut?.exercice?.trim());
  const avis =
    !demandee && demandeFaite && selection
      ? `Le tableau demandé${demande.exercice !== undefined ? ` (exercice ${demande.exercice})` : demande.brut?.exercice?.trim() ? ` (exercice « ${demande.brut.exercice.trim().slice(0, 20)} »)` : ""} n'est pas disponible : affichage de ${selection.intitule} – ${selection.exercice}.`
      : null;
  return { choix, selection, lignes, avis };
}
