import "server-only";
import type { Contexte } from "@/lib/contexte";
import { journaliser } from "@/lib/audit/journaliser";
import { exigerPermission } from "@/lib/authz/permissions";
import type { DonneesParametresSecurite } from "../schemas";

export async function enregistrerParametresSecurite({ acteur, db }: Contexte, d: DonneesParametresSecurite) {
  exigerPermission(acteur, "utilisateurs:gerer");
  return db.$transaction(async (tx) => {
    const p = await tx.parametresSecurite.upsert({
      where: { departementId: acteur.departementId },
      create: { departementId: acteur.departementId, ...d },
      update: d,
    });
    await journaliser(tx, acteur, { operation: "MODIFICATION", entite: "ParametresSecurite", entiteId: acteur.departementId, details: d });
    return { departementId: p.departementId };
  });
}
