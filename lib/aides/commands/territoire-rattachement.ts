import type { Prisma } from "@/lib/generated/prisma/client";

/** Le pôle d'insertion ou la commission RSA qui contient un territoire (lu dans son chemin matérialisé). */
export async function territoireDeRattachement(tx: Pick<Prisma.TransactionClient, "territoire">, chemin: string): Promise<string | null> {
  const ancetres = chemin.split("/").filter(Boolean);
  const t = await tx.territoire.findFirst({ where: { id: { in: ancetres }, type: { in: ["POLE_INSERTION", "COMMISSION_RSA"] } }, select: { id: true } });
  return t?.id ?? null;
}
