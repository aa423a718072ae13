import type { NextAuthConfig } from "next-auth";
import { motifExpiration, reglesDepuisMinutes } from "./domain/session";
import { decoderJeton, encoderJeton } from "./jeton";

// Configuration commune (proxy et serveur) : sans fournisseur ni accès à la base.
// Les durées sont lues ici directement dans l'environnement : ce fichier est aussi chargé par le proxy.
const inactiviteMinutes = Number(process.env.SESSION_INACTIVITE_MINUTES ?? 30);
const dureeMaxHeures = Number(process.env.SESSION_DUREE_MAX_HEURES ?? 10);
export const reglesSession = reglesDepuisMinutes(inactiviteMinutes, dureeMaxHeures);

/** Cookie posé à la connexion : sa présence sans session valide signifie « session expirée ». */
export const COOKIE_MARQUEUR_SESSION = "pi_session_ouverte";

declare module "next-auth" {
  interface Session {
    utilisateurId: string;
    /** identifiant de la ligne session_utilisateur, vérifiée à chaque requête */
    sessionId: string;
  }
  interface User {
    sessionId?: string;
  }
}

export const authConfig = {
  trustHost: true,
  pages: { signIn: "/connexion", error: "/connexion" },
  // JWT chiffré dans un cookie httpOnly ; sa durée de vie = l'inactivité tolérée, renouvelée à chaque
  // requête par le proxy. La durée maximale depuis la connexion est vérifiée dans le rappel jwt.
  session: { strategy: "jwt", maxAge: inactiviteMinutes * 60, updateAge: 0 },
  // AES-256-GCM, clé dérivée une fois par processus (lib/auth/jeton.ts) au lieu du codage par défaut
  jwt: { encode: encoderJeton, decode: decoderJeton },
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      const maintenant = Date.now();
      if (user?.id) {
        return { ...token, utilisateurId: user.id, sid: user.sessionId, connecteA: maintenant, derniereActivite: maintenant };
      }
      const connecteA = Number(token.connecteA);
      const derniereActivite = Number(token.derniereActivite);
      if (!token.utilisateurId || !token.sid || !connecteA || motifExpiration({ connecteA, derniereActivite }, maintenant, reglesSession)) {
        return null;
      }
      return { ...token, derniereActivite: maintenant };
    },
    session({ session, token }) {
      return { ...session, utilisateurId: String(token.utilisateurId), sessionId: String(token.sid) };
    },
  },
} satisfies NextAuthConfig;
