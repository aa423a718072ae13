import "server-only";
import { filtreTexte } from "@/lib/validation/filtres";
import { z } from "zod";
import type { Contexte } from "@/lib/contexte";
import type { Prisma } from "@/lib/generated/prisma/client";
import { CategorieStructure } from "@/lib/generated/prisma/enums";
import { perimetreStructures } from "@/lib/authz/perimetre";
import { decalage, pageDe, schemaPage, type PageDe } from "@/lib/pagination";

export const schemaFiltresStructures = z.object({
  q: filtreTexte(100),
  categorie: z.enum(CategorieStructure).optional().catch(undefined),
  tri: z.enum(["nom", "categorie", "commune"]).catch("nom"),
  ordre: z.enum(["asc", "desc"]).catch("asc"),
  page: schemaPage,
});
export type FiltresStructures = z.infer<typeof schemaFiltresStructures>;

export interface StructureListe {
  id: string;
  nom: string;
  sigle: string | null;
  categorie: CategorieStructure;
  commune: string | null;
  territoire: string | null;
}

export async function listerStructures({ acteur, db }: Contexte, filtres: FiltresStructures): Promise<PageDe<StructureListe>> {
  const where: Prisma.StructureWhereInput = {
    AND: [
      perimetreStructures(acteur),
      filtres.q ? { OR: [{ nom: { contains: filtres.q, mode: "insensitive" } }, { sigle: { contains: filtres.q, mode: "insensitive" } }] } : {},
      filtres.categorie ? { categorie: filtres.categorie } : {},
    ],
  };
  const [total, lignes] = await Promise.all([
    db.structure.count({ where }),
    db.structure.findMany({
      where,
      orderBy: [{ [filtres.tri]: filtres.ordre }, { nom: "asc" }],
      ...decalage(filtres.page),
      select: { id: true, nom: true, sigle: true, categorie: true, commune: true, territoire: { select: { nom: true } } },
    }),
  ]);
  return pageDe(
    lignes.map((l) => ({ ...l, territoire: l.territoire?.nom ?? null })),
    total,
    filtres.page,
  );
}
