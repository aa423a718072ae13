// Travailleur des tâches de fond, lancé dans le processus du serveur Next (instrumentation.ts) avec son
// propre client PostgreSQL : il relève la file toutes les 2 s et planifie les tâches quotidiennes.
import { creerClient } from "@/lib/db-script";
import { executerEnAttente, marquerInterrompues, planifierQuotidiennes } from "./file";

const INTERVALLE_MS = 2_000;
const PLANIFICATION_MS = 10 * 60_000;

const etat = globalThis as unknown as { travailleurTaches?: { arreter: () => void } };

export function demarrerTravailleur(): { arreter: () => void } {
  if (etat.travailleurTaches) return etat.travailleurTaches;
  const db = creerClient();
  let actif = true;
  let dernierePlanification = 0;
  const tour = async () => {
    if (!actif) return;
    try {
      if (Date.now() - dernierePlanification > PLANIFICATION_MS) {
        dernierePlanification = Date.now();
        await marquerInterrompues(db);
        await planifierQuotidiennes(db);
      }
      await executerEnAttente(db);
    } catch (e) {
      console.error("[taches] tour du travailleur en échec :", e);
    } finally {
      if (actif) setTimeout(tour, INTERVALLE_MS).unref?.();
    }
  };
  setTimeout(tour, INTERVALLE_MS).unref?.();
  etat.travailleurTaches = {
    arreter: () => {
      actif = false;
      void db.$disconnect();
    },
  };
  return etat.travailleurTaches;
}
