import "server-only";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { db, type Db } from "@/lib/db";
import type { Acteur } from "@/lib/authz/acteur";
import { exigerPermission, type Permission } from "@/lib/authz/permissions";
import { ErreurMetier } from "@/lib/errors";
import { exigerActeur } from "@/lib/auth/session";
import { erreursDeValidation, formDataVersObjet, type EtatFormulaire } from "./etat-formulaire";

interface OptionsAction<S extends z.ZodType, R> {
  schema: S;
  permission: Permission;
  /** `saisie` : les champs bruts du formulaire, pour les champs dynamiques que le schéma ne nomme pas. */
  executer: (contexte: { acteur: Acteur; db: Db; donnees: z.infer<S>; saisie: Record<string, string | string[]> }) => Promise<R>;
  /** Chemins à revalider après succès. */
  revalider?: (resultat: R, donnees: z.infer<S>) => string[];
  messageSucces?: string;
}

/**
 * Fabrique d'action serveur en cinq temps : authentifier → valider (zod) → permission →
 * commande (qui applique elle-même le périmètre) → revalider. Les saisies sont renvoyées
 * en cas d'erreur pour que rien de ce qui a été tapé ne soit perdu.
 */
export function actionSecurisee<S extends z.ZodType, R>(options: OptionsAction<S, R>) {
  return async (_etat: EtatFormulaire<unknown>, formData: FormData): Promise<EtatFormulaire<R>> => {
    const acteur = await exigerActeur();
    const valeurs = formDataVersObjet(formData);
    const analyse = options.schema.safeParse(valeurs);
    if (!analyse.success) {
      return { statut: "erreur", message: "Le formulaire contient des erreurs.", erreursChamps: erreursDeValidation(analyse.error), valeurs };
    }
    try {
      exigerPermission(acteur, options.permission);
      const resultat = await options.executer({ acteur, db, donnees: analyse.data, saisie: valeurs });
      for (const chemin of options.revalider?.(resultat, analyse.data) ?? []) revalidatePath(chemin);
      return { statut: "succes", message: options.messageSucces ?? "Enregistré.", resultat, valeurs };
    } catch (e) {
      if (e instanceof ErreurMetier) {
        return { statut: "erreur", message: e.messageUtilisateur, erreursChamps: e.erreursChamps ?? {}, valeurs };
      }
      throw e;
    }
  };
}
