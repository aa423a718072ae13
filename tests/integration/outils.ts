// Outils des tests d'intégration : base réelle chargée avec les données de démonstration.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Acteur } from "@/lib/authz/acteur";
import type { Contexte } from "@/lib/contexte";
import { seed } from "@/prisma/seed";

/** Charge la démonstration (vide la base d'abord). */
export async function chargerDemo(db: PrismaClient): Promise<void> {
  const log = console.log;
  console.log = () => {};
  try {
    await seed(db, { population: "test" });
  } finally {
    console.log = log;
  }
}

/** L'acteur d'un compte de démonstration, comme la session le construirait. */
export async function acteurDe(db: PrismaClient, courriel: string): Promise<Acteur> {
  const u = await db.utilisateur.findUniqueOrThrow({ where: { courriel }, include: { territoire: { select: { chemin: true } } } });
  return {
    id: u.id,
    role: u.role,
    departementId: u.departementId,
    territoireId: u.territoireId,
    cheminTerritoire: u.territoire?.chemin ?? null,
    structureId: u.structureId,
    nomComplet: `${u.prenom} ${u.nom}`,
  };
}

export async function contexteDe(db: PrismaClient, courriel: string): Promise<Contexte> {
  return { acteur: await acteurDe(db, courriel), db };
}
