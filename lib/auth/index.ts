import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import type { Provider } from "next-auth/providers";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { journaliser } from "@/lib/audit/journaliser";
import { authConfig } from "./config";
import { authentifier, normaliserCourriel } from "./commands/authentifier";
import { ouvrirSession } from "./commands/sessions";

export class ConnexionBloquee extends CredentialsSignin {
  code = "bloque";
}
export class CodeRequis extends CredentialsSignin {
  code = "code-requis";
}
export class CodeInvalide extends CredentialsSignin {
  code = "code-invalide";
}

function adresseIp(request: Request | undefined): string | null {
  const xff = request?.headers.get("x-forwarded-for");
  return xff ? xff.split(",")[0]!.trim() : (request?.headers.get("x-real-ip") ?? null);
}

const fournisseurs: Provider[] = [
  Credentials({
    id: "credentials",
    name: "Identifiant et mot de passe",
    credentials: { courriel: {}, motDePasse: {}, code: {} },
    async authorize(credentials, request) {
      const courriel = typeof credentials?.courriel === "string" ? credentials.courriel : "";
      const motDePasse = typeof credentials?.motDePasse === "string" ? credentials.motDePasse : "";
      if (!courriel || !motDePasse) return null;
      const code = typeof credentials?.code === "string" ? credentials.code : null;
      const resultat = await authentifier(db, { courriel, motDePasse, code, ip: adresseIp(request) });
      if (resultat.statut === "bloque") throw new ConnexionBloquee();
      if (resultat.statut === "code-requis") throw new CodeRequis();
      if (resultat.statut === "code-invalide") throw new CodeInvalide();
      if (resultat.statut === "refuse") return null;
      return { id: resultat.utilisateurId, sessionId: resultat.sessionId };
    },
  }),
];

// Connexion des agents par ProConnect (OpenID Connect), activée par l'environnement.
// Le compte doit exister au préalable : ProConnect prouve l'identité, Pilote Insertion donne le rôle.
if (env.PROCONNECT_ISSUER && env.PROCONNECT_CLIENT_ID && env.PROCONNECT_CLIENT_SECRET) {
  fournisseurs.push({
    id: "proconnect",
    name: "ProConnect",
    type: "oidc",
    issuer: env.PROCONNECT_ISSUER,
    clientId: env.PROCONNECT_CLIENT_ID,
    clientSecret: env.PROCONNECT_CLIENT_SECRET,
    authorization: { params: { scope: "openid email given_name usual_name" } },
    checks: ["pkce", "state", "nonce"],
  });
}

export const proConnectActive = fournisseurs.some((f) => "id" in f && f.id === "proconnect");

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: fournisseurs,
  callbacks: {
    ...authConfig.callbacks,
    async signIn({ account, profile, user }) {
      if (account?.provider !== "proconnect") return true;
      const courriel = normaliserCourriel(String(profile?.email ?? ""));
      const utilisateur = courriel ? await db.utilisateur.findUnique({ where: { courriel } }) : null;
      if (!utilisateur || !utilisateur.actif) return "/connexion?motif=compte-inconnu";
      user.id = utilisateur.id;
      user.sessionId = await ouvrirSession(db, { utilisateurId: utilisateur.id });
      await journaliser(db, utilisateur, { operation: "CONNEXION", entite: "Utilisateur", entiteId: utilisateur.id, details: { via: "ProConnect" } });
      return true;
    },
  },
});
