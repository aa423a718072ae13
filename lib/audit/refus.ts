import "server-only";
import { headers } from "next/headers";
import { db } from "@/lib/db";
import type { Acteur } from "@/lib/authz/acteur";
import { ENTETE_CHEMIN } from "@/lib/securite/entetes";
import { journaliser } from "./journaliser";

/**
 * Trace un accès refusé (permission de rôle absente, ou identifiant hors périmètre qui répond 404) :
 * une série de refus est le signe d'une exploration. Hors de toute transaction, pour que la trace
 * reste même si la suite échoue ; une erreur d'écriture du journal ne masque pas le refus.
 */
export async function journaliserRefus(acteur: Pick<Acteur, "id" | "departementId"> | null, entree: { motif: "permission" | "introuvable"; entite?: string; permission?: string }): Promise<void> {
  let chemin: string | null = null;
  try {
    chemin = (await headers()).get(ENTETE_CHEMIN);
  } catch {
    // hors requête (tests, scripts)
  }
  try {
    await journaliser(db, acteur, {
      operation: "ACCES_REFUSE",
      entite: entree.entite ?? "Page",
      details: { motif: entree.motif, ...(entree.permission ? { permission: entree.permission } : {}), ...(chemin ? { chemin } : {}) },
    });
  } catch (e) {
    console.error("journal des refus indisponible", e);
  }
}
