// Au démarrage du serveur Next (runtime Node) : l'adresse réelle de la socket pour chaque requête
// (lib/securite/ip-socket.ts), puis le travailleur des tâches de fond.
// TACHES_TRAVAILLEUR=0 désactive ce dernier (un travailleur séparé, ou aucun).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { installerIpSocket } = await import("@/lib/securite/ip-socket");
  installerIpSocket();
  if (process.env.TACHES_TRAVAILLEUR === "0" || !process.env.DATABASE_URL) return;
  const { demarrerTravailleur } = await import("@/lib/taches/travailleur");
  demarrerTravailleur();
}
