import "server-only";
import type { Contexte } from "@/lib/contexte";
import { exercicesBudgetaires, tableauFinancier } from "./tableau-financier";
import { comparerExercices } from "./comparer-exercices";

/** Sélection du programme × exercice (le plus récent par défaut, sinon celui demandé), son tableau et, sur demande, sa comparaison avec l'exercice précédent. */
export async function pageBudgets(contexte: Contexte, demande: { programme: string; exercice?: number; comparer?: boolean; brut?: { exercice?: string } }) {
  const choix = await exercicesBudgetaires(contexte);
  const demandee = choix.find((c) => c.programmeId === demande.programme && c.exercice === demande.exercice);
  const selection = demandee ?? choix.find((c) => c.exercice === 2019) ?? choix[0] ?? null;
  const [lignes, compare] = selection
    ? await Promise.all([tableauFinancier(contexte, selection.programmeId, selection.exercice), demande.comparer ? comparerExercices(contexte, selection.exercice, selection.programmeId) : null])
    : [[], null];
  // un programme ou un exercice demandé qui n'existe pas (ou hors du département) : la page le dit
  const demandeFaite = Boolean(demande.programme) || demande.exercice !== undefined || Boolean(demande.brut?.exercice?.trim());
  const avis =
    !demandee && demandeFaite && selection
      ? `Le tableau demandé${demande.exercice !== undefined ? ` (exercice ${demande.exercice})` : demande.brut?.exercice?.trim() ? ` (exercice « ${demande.brut.exercice.trim().slice(0, 20)} »)` : ""} n'est pas disponible : affichage de ${selection.intitule} – ${selection.exercice}.`
      : null;
  // exercices du programme choisi, pour dire lesquels comparer quand le précédent n'a pas de lignes
  const exercices = selection ? choix.filter((c) => c.programmeId === selection.programmeId).map((c) => c.exercice) : [];
  return { choix, selection, lignes, avis, compare, exercices };
}
