// Au démarrage du serveur Next (runtime Node) : le travailleur des tâches de fond.
// TACHES_TRAVAILLEUR=0 le désactive (un travailleur séparé, ou aucun).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.TACHES_TRAVAILLEUR === "0" || !process.env.DATABASE_URL) return;
  const { demarrerTravailleur } = await import("@/lib/taches/travailleur");
  demarrerTravailleur();
}
