import "server-only";
import { db } from "@/lib/db";
import { adresseOtpauth } from "../domain/totp";
import { etatSecondFacteur } from "../commands/second-facteur";
import { exigerSession } from "../session";

/** « Mon compte » : la session (même restreinte à la configuration du second facteur) et l'état du second facteur. */
export async function pageMonCompte() {
  const session = await exigerSession();
  const u = await db.utilisateur.findUniqueOrThrow({ where: { id: session.acteur.id }, select: { courriel: true } });
  const totp = await etatSecondFacteur(db, session.acteur);
  return {
    acteur: session.acteur,
    courriel: u.courriel,
    totpAConfigurer: session.totpAConfigurer,
    totp: { ...totp, adresse: totp.secretEnAttente ? adresseOtpauth(totp.secretEnAttente, u.courriel) : null },
  };
}
