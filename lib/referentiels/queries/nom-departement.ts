import "server-only";
import type { Contexte } from "@/lib/contexte";

export async function nomDepartement({ acteur, db }: Contexte) {
  return db.departement.findUniqueOrThrow({ where: { id: acteur.departementId }, select: { nom: true, nomCourt: true, code: true } });
}
