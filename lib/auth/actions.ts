"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { AuthError, CredentialsSignin } from "next-auth";
import { z } from "zod";
import "@/lib/validation";
import { erreursDeValidation, type EtatFormulaire } from "@/lib/actions/etat-formulaire";
import { journaliser } from "@/lib/audit/journaliser";
import { db } from "@/lib/db";
import { COOKIE_MARQUEUR_SESSION } from "./config";
import { signIn, signOut } from "./index";
import { obtenirSession } from "./session";
import { revoquerSession } from "./commands/sessions";

const schemaConnexion = z.object({
  courriel: z.string().trim().min(1, "Saisissez votre adresse électronique.").email("L'adresse électronique n'est pas valide."),
  motDePasse: z.string().min(1, "Saisissez votre mot de passe."),
  code: z.string().trim().max(10).optional(),
  retour: z.string().optional(),
});

/** N'accepte qu'un chemin interne (« /… ») pour éviter une redirection ouverte. */
function cheminDeRetour(retour: string | undefined): string {
  return retour && retour.startsWith("/") && !retour.startsWith("//") && !retour.startsWith("/connexion") ? retour : "/";
}

export async function seConnecter(_etat: EtatFormulaire, formData: FormData): Promise<EtatFormulaire> {
  const valeurs = { courriel: String(formData.get("courriel") ?? ""), retour: String(formData.get("retour") ?? "") };
  const code = formData.get("code");
  const analyse = schemaConnexion.safeParse({ ...valeurs, motDePasse: formData.get("motDePasse") ?? "", code: typeof code === "string" ? code : undefined });
  if (!analyse.success) {
    return { statut: "erreur", message: "Le formulaire contient des erreurs.", erreursChamps: erreursDeValidation(analyse.error), valeurs };
  }
  try {
    await signIn("credentials", { courriel: analyse.data.courriel, motDePasse: analyse.data.motDePasse, code: analyse.data.code ?? "", redirect: false });
  } catch (e) {
    if (e instanceof CredentialsSignin && e.code === "bloque") {
      return {
        statut: "erreur",
        message: "Trop de tentatives de connexion. Par sécurité, ce compte est bloqué pendant 15 minutes.",
        erreursChamps: {},
        valeurs,
      };
    }
    // Second facteur : le mot de passe reste dans le champ du navigateur, seul le code est demandé en plus.
    if (e instanceof CredentialsSignin && e.code === "code-requis") {
      return { statut: "erreur", message: "Saisissez le code à usage unique de votre application d'authentification.", erreursChamps: {}, valeurs: { ...valeurs, etape: "code" } };
    }
    if (e instanceof CredentialsSignin && e.code === "code-invalide") {
      return { statut: "erreur", message: "Le formulaire contient des erreurs.", erreursChamps: { code: ["Ce code n'est pas valide ou a déjà servi. Saisissez le code affiché en ce moment."] }, valeurs: { ...valeurs, etape: "code" } };
    }
    if (e instanceof AuthError) {
      return { statut: "erreur", message: "Adresse électronique ou mot de passe incorrect.", erreursChamps: {}, valeurs };
    }
    throw e;
  }
  (await cookies()).set(COOKIE_MARQUEUR_SESSION, "1", { httpOnly: true, sameSite: "lax", path: "/" });
  redirect(cheminDeRetour(analyse.data.retour));
}

export async function seDeconnecter(): Promise<void> {
  const session = await obtenirSession();
  if (session) {
    // la ligne de session est révoquée : un cookie copié avant la déconnexion ne vaut plus rien
    await db.$transaction(async (tx) => {
      await revoquerSession(tx, session.sessionId, "DECONNEXION");
      await journaliser(tx, session.acteur, { operation: "DECONNEXION", entite: "Utilisateur", entiteId: session.acteur.id });
    });
  }
  (await cookies()).delete(COOKIE_MARQUEUR_SESSION);
  await signOut({ redirectTo: "/connexion?motif=deconnexion" });
}

/** Connexion des agents par ProConnect (visible seulement si le fournisseur est configuré). */
export async function seConnecterAvecProConnect(): Promise<void> {
  await signIn("proconnect", { redirectTo: "/" });
}
