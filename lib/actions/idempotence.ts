import "server-only";
import type { Db } from "@/lib/db";

/** Champ ajouté par useFormulaire à chaque envoi : une clé par saisie, renouvelée après un succès. */
export const CHAMP_IDEMPOTENCE = "_idempotence";
const FORMAT_CLE = /^[A-Za-z0-9-]{16,64}$/;
const ATTENTE_MAX_MS = 10_000;

export function cleValide(valeur: unknown): valeur is string {
  return typeof valeur === "string" && FORMAT_CLE.test(valeur);
}

/**
 * Exécute `executer` une seule fois par (utilisateur, clé). Un second envoi de la même saisie (double
 * clic, rejeu du réseau) reçoit le résultat du premier ; s'il arrive pendant que le premier s'exécute,
 * il l'attend. Si le premier échoue, la clé est libérée : la saisie corrigée pourra être renvoyée.
 */
export async function executerUneFois<R>(db: Db, utilisateurId: string, cle: string, executer: () => Promise<R>): Promise<{ resultat: R; rejoue: boolean }> {
  const inseres = await db.$executeRaw`
    INSERT INTO cle_idempotence (utilisateur_id, cle) VALUES (${utilisateurId}, ${cle}) ON CONFLICT DO NOTHING`;
  if (inseres === 0) {
    const debut = Date.now();
    for (;;) {
      const ligne = await db.cleIdempotence.findUnique({ where: { utilisateurId_cle: { utilisateurId, cle } } });
      if (!ligne) break; // le premier envoi a échoué et libéré la clé : on exécute celui-ci
      if (ligne.termine) return { resultat: ligne.resultat as R, rejoue: true };
      if (Date.now() - debut > ATTENTE_MAX_MS) throw new Error("idempotence : envoi précédent toujours en cours");
      await new Promise((r) => setTimeout(r, 100));
    }
    return executerUneFois(db, utilisateurId, cle, executer);
  }
  try {
    const resultat = await executer();
    await db.cleIdempotence.update({
      where: { utilisateurId_cle: { utilisateurId, cle } },
      data: { termine: true, resultat: resultat === undefined ? undefined : JSON.parse(JSON.stringify(resultat)) },
    });
    return { resultat, rejoue: false };
  } catch (e) {
    await db.cleIdempotence.deleteMany({ where: { utilisateurId, cle } });
    throw e;
  }
}
