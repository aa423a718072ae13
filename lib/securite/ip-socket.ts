import http from "node:http";
import https from "node:https";
import { ENTETE_IP_SOCKET } from "@/lib/auth/domain/adresse-ip";

const MARQUE = Symbol.for("pilote-insertion.ip-socket");

type Emetteur = { emit: (evenement: string | symbol, ...args: unknown[]) => boolean; [MARQUE]?: boolean };

/**
 * Next.js ne transmet l'adresse de la socket qu'en complétant X-Forwarded-For quand il est absent :
 * un client qui l'envoie lui-même choisit donc « son » adresse. On réécrit ici, pour chaque requête
 * reçue, un en-tête interne avec l'adresse réelle de la connexion (la valeur envoyée par le client est
 * écrasée). Installé une fois au démarrage du serveur (instrumentation.ts).
 */
export function installerIpSocket(): void {
  for (const prototype of [http.Server.prototype, https.Server.prototype] as unknown as Emetteur[]) {
    if (prototype[MARQUE]) continue;
    const emit = prototype.emit;
    prototype.emit = function (this: unknown, evenement: string | symbol, ...args: unknown[]) {
      if (evenement === "request") {
        const requete = args[0] as http.IncomingMessage;
        const adresse = requete.socket?.remoteAddress;
        if (adresse) requete.headers[ENTETE_IP_SOCKET] = adresse;
        else delete requete.headers[ENTETE_IP_SOCKET];
      }
      return emit.call(this, evenement, ...args);
    };
    prototype[MARQUE] = true;
  }
}
