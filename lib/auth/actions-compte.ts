"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import "@/lib/validation";
import { erreursDeValidation, formDataVersObjet, type EtatFormulaire } from "@/lib/actions/etat-formulaire";
import { db } from "@/lib/db";
import { ErreurMetier } from "@/lib/errors";
import { schemaNouveauMotDePasse } from "./domain/mot-de-passe";
import { definirMotDePasseParLien } from "./commands/mot-de-passe";
import { changerMotDePasse, confirmerSecondFacteur, desactiverSecondFacteur } from "./commands/second-facteur";
import { exigerSession } from "./session";

// Actions du compte de l'utilisateur lui-même. Elles acceptent une session dont le second facteur
// reste à configurer (c'est justement là qu'on le configure) ; la définition par lien est publique.

function sansMotsDePasse(valeurs: Record<string, string | string[]>) {
  // on ne renvoie jamais un mot de passe au navigateur
  const { motDePasse: _a, confirmation: _b, actuel: _c, nouveau: _d, ...reste } = valeurs;
  return reste;
}

async function executer(formData: FormData, fn: (valeurs: Record<string, string | string[]>) => Promise<EtatFormulaire>): Promise<EtatFormulaire> {
  const valeurs = formDataVersObjet(formData);
  try {
    return await fn(valeurs);
  } catch (e) {
    if (e instanceof z.ZodError) return { statut: "erreur", message: "Le formulaire contient des erreurs.", erreursChamps: erreursDeValidation(e), valeurs: sansMotsDePasse(valeurs) };
    if (e instanceof ErreurMetier) return { statut: "erreur", message: e.messageUtilisateur, erreursChamps: e.erreursChamps ?? {}, valeurs: sansMotsDePasse(valeurs) };
    throw e;
  }
}

export async function definirMotDePasseAction(_etat: EtatFormulaire, formData: FormData): Promise<EtatFormulaire> {
  const etat = await executer(formData, async (v) => {
    const d = schemaNouveauMotDePasse.parse(v);
    await definirMotDePasseParLien(db, { jeton: String(v.jeton ?? ""), motDePasse: d.motDePasse });
    return { statut: "succes", message: "Mot de passe enregistré.", resultat: null, valeurs: {} };
  });
  if (etat.statut === "succes") redirect("/connexion?motif=mot-de-passe-defini");
  return etat;
}

export async function confirmerSecondFacteurAction(_etat: EtatFormulaire, formData: FormData): Promise<EtatFormulaire> {
  const session = await exigerSession();
  const etat = await executer(formData, async (v) => {
    const { code } = z.object({ code: z.string().trim().min(1, "Saisissez le code affiché par l'application.").max(10) }).parse(v);
    await confirmerSecondFacteur(db, session.acteur, code);
    return { statut: "succes", message: "Double authentification activée.", resultat: null, valeurs: {} };
  });
  if (etat.statut === "succes") redirect("/compte/securite?active=1");
  return etat;
}

export async function desactiverSecondFacteurAction(_etat: EtatFormulaire, formData: FormData): Promise<EtatFormulaire> {
  const session = await exigerSession();
  const etat = await executer(formData, async () => {
    await desactiverSecondFacteur(db, session.acteur, session.sessionId);
    return { statut: "succes", message: "Double authentification désactivée.", resultat: null, valeurs: {} };
  });
  if (etat.statut === "succes") redirect("/compte/securite?desactive=1");
  return etat;
}

export async function changerMotDePasseAction(_etat: EtatFormulaire, formData: FormData): Promise<EtatFormulaire> {
  const session = await exigerSession();
  return executer(formData, async (v) => {
    const d = schemaNouveauMotDePasse.parse(v);
    const actuel = z.string().min(1).safeParse(v.actuel);
    if (!actuel.success) throw new ErreurMetier("actuel", "Le formulaire contient des erreurs.", { actuel: ["Saisissez votre mot de passe actuel."] });
    const r = await changerMotDePasse(db, session.acteur, { actuel: actuel.data, nouveau: d.motDePasse, sessionCourante: session.sessionId });
    return {
      statut: "succes",
      message: r.sessionsFermees ? `Mot de passe changé. ${r.sessionsFermees} autre(s) session(s) ouverte(s) ont été fermées.` : "Mot de passe changé.",
      resultat: null,
      valeurs: {},
    };
  });
}
