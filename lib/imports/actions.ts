"use server";

import { redirect } from "next/navigation";
import { exigerActeur } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { exigerPermission } from "@/lib/authz/permissions";
import { ErreurMetier } from "@/lib/errors";
import type { EtatFormulaire } from "@/lib/actions/etat-formulaire";
import { deposerFichier } from "./commands/deposer-fichier";

/**
 * Dépôt d'un fichier (formulaire multipart) : authentifier → valider (un fichier non vide) → permission →
 * commande (enregistre et met l'import en file) → page de l'import, qui montre l'avancement.
 */
export async function deposerFichierAction(_etat: EtatFormulaire<unknown>, formData: FormData): Promise<EtatFormulaire<unknown>> {
  const acteur = await exigerActeur();
  const fichier = formData.get("fichier");
  if (!(fichier instanceof File) || !fichier.size) {
    return { statut: "erreur", message: "Le formulaire contient des erreurs.", erreursChamps: { fichier: ["Choisissez un fichier XML, CSV ou XLSX non vide."] }, valeurs: {} };
  }
  let id: string;
  try {
    exigerPermission(acteur, "imports:gerer");
    ({ id } = await deposerFichier({ acteur, db }, fichier));
  } catch (e) {
    if (e instanceof ErreurMetier) return { statut: "erreur", message: e.messageUtilisateur, erreursChamps: e.erreursChamps ?? {}, valeurs: {} };
    throw e;
  }
  redirect(`/imports/${id}`);
}
