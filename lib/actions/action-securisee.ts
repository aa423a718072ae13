import "server-only";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { dbDepartement, type Db } from "@/lib/db";
import type { Acteur } from "@/lib/authz/acteur";
import { exigerPermission, type Permission } from "@/lib/authz/permissions";
import { journaliserRefus } from "@/lib/audit/refus";
import { ErreurIntrouvable, ErreurPermission } from "@/lib/errors";
import { exigerActeur } from "@/lib/auth/session";
import { erreursDeValidation, formDataVersObjet, type EtatFormulaire } from "./etat-formulaire";
import { traduireErreurBase } from "./erreurs-base";
import { CHAMP_IDEMPOTENCE, cleValide, executerUneFois } from "./idempotence";

interface OptionsAction<S extends z.ZodType, R> {
  schema: S;
  permission: Permission;
  /** `saisie` : les champs bruts du formulaire, pour les champs dynamiques que le schéma ne nomme pas. */
  executer: (contexte: { acteur: Acteur; db: Db; donnees: z.infer<S>; saisie: Record<string, string | string[]> }) => Promise<R>;
  /** Chemins à revalider après succès. */
  revalider?: (resultat: R, donnees: z.infer<S>) => string[];
  /** Message de succès de l'étape (« Entrée enregistrée. ») ; une fonction s'il dépend de ce qui a été fait. */
  messageSucces?: string | ((resultat: R, donnees: z.infer<S>) => string);
}

/** Taille maximale d'un champ texte reçu (avant le schéma) : au-delà, refus sans analyse. */
const TAILLE_MAX_CHAMP = 100_000;

/**
 * Fabrique d'action serveur en cinq temps : authentifier → permission → valider (zod) →
 * commande (qui applique elle-même le périmètre) → revalider. Les saisies sont renvoyées
 * en cas d'erreur pour que rien de ce qui a été tapé ne soit perdu. Un envoi qui porte une clé
 * d'idempotence (useFormulaire l'ajoute) n'est exécuté qu'une fois. Les erreurs de la base
 * (unicité, référence, valeur refusée) deviennent des messages en français ; les refus
 * (permission, hors périmètre) sont journalisés.
 */
export function actionSecurisee<S extends z.ZodType, R>(options: OptionsAction<S, R>) {
  return async (_etat: EtatFormulaire<unknown>, formData: FormData): Promise<EtatFormulaire<R>> => {
    const acteur = await exigerActeur();
    const { [CHAMP_IDEMPOTENCE]: cle, ...valeurs } = formDataVersObjet(formData);
    // la permission du rôle ne dépend pas de la saisie : vérifiée avant, un rôle non autorisé
    // n'apprend rien de la validation
    try {
      exigerPermission(acteur, options.permission);
    } catch (e) {
      await journaliserRefus(acteur, { motif: "permission", permission: options.permission });
      if (e instanceof ErreurPermission) return { statut: "erreur", message: e.messageUtilisateur, erreursChamps: {}, valeurs };
      throw e;
    }
    if (Object.values(valeurs).some((v) => (Array.isArray(v) ? v.join("") : v).length > TAILLE_MAX_CHAMP)) {
      return { statut: "erreur", message: "Une valeur saisie est trop longue.", erreursChamps: {}, valeurs: {} };
    }
    const analyse = options.schema.safeParse(valeurs);
    if (!analyse.success) {
      return { statut: "erreur", message: "Le formulaire contient des erreurs.", erreursChamps: erreursDeValidation(analyse.error), valeurs };
    }
    try {
      const db = dbDepartement(acteur.departementId);
      const executer = () => options.executer({ acteur, db, donnees: analyse.data, saisie: valeurs });
      const resultat = cleValide(cle) ? (await executerUneFois(db, acteur.id, cle, executer)).resultat : await executer();
      for (const chemin of options.revalider?.(resultat, analyse.data) ?? []) revalidatePath(chemin);
      const message = typeof options.messageSucces === "function" ? options.messageSucces(resultat, analyse.data) : (options.messageSucces ?? "Enregistré.");
      return { statut: "succes", message, resultat, valeurs };
    } catch (e) {
      if (e instanceof ErreurPermission) await journaliserRefus(acteur, { motif: "permission", permission: options.permission });
      else if (e instanceof ErreurIntrouvable) await journaliserRefus(acteur, { motif: "introuvable", entite: e.entite });
      const metier = traduireErreurBase(e);
      if (metier) {
        return { statut: "erreur", message: metier.messageUtilisateur, erreursChamps: metier.erreursChamps ?? {}, valeurs };
      }
      throw e;
    }
  };
}
