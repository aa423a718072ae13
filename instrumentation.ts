// Démarrage du serveur Next : installations faites une fois par processus.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { installerIpSocket } = await import("@/lib/securite/ip-socket");
    installerIpSocket();
  }
}
