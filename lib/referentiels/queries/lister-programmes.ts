import "server-only";
import type { Contexte } from "@/lib/contexte";
import { perimetreProgrammes } from "@/lib/authz/perimetre";

export async function listerProgrammes({ acteur, db }: Contexte) {
  return db.programme.findMany({
    where: perimetreProgrammes(acteur),
    orderBy: [{ anneeDebut: "desc" }, { code: "asc" }],
    select: {
      id: true,
      code: true,
      intitule: true,
      type: true,
      anneeDebut: true,
      anneeFin: true,
      territoire: { select: { nom: true } },
      _count: { select: { axes: true, fiches: true } },
    },
  });
}
