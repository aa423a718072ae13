import "server-only";
import { filtreTexte } from "@/lib/validation/filtres";
import { z } from "zod";
import type { Contexte } from "@/lib/contexte";
import { perimetreJournal } from "@/lib/authz/perimetre";
import { exigerPermission } from "@/lib/authz/permissions";
import { decalage, pageDe, schemaPage } from "@/lib/pagination";

export const schemaFiltresJournal = z.object({
  operation: filtreTexte(30),
  entite: filtreTexte(60),
  page: schemaPage,
});

/** Journal d'audit du département, le plus récent d'abord, avec le nom de l'auteur. */
export async function listerJournal({ acteur, db }: Contexte, filtres: z.infer<typeof schemaFiltresJournal>) {
  exigerPermission(acteur, "journal:lire");
  const where = {
    AND: [perimetreJournal(acteur), filtres.operation ? { operation: filtres.operation } : {}, filtres.entite ? { entite: filtres.entite } : {}],
  };
  const [total, lignes] = await Promise.all([
    db.journalAudit.count({ where }),
    db.journalAudit.findMany({ where, orderBy: { id: "desc" }, ...decalage(filtres.page) }),
  ]);
  const auteurs = await db.utilisateur.findMany({
    where: { id: { in: [...new Set(lignes.map((l) => l.utilisateurId).filter((id): id is string => !!id))] } },
    select: { id: true, prenom: true, nom: true },
  });
  const nomParId = new Map(auteurs.map((a) => [a.id, `${a.prenom} ${a.nom}`]));
  return pageDe(
    lignes.map((l) => ({ ...l, id: l.id.toString(), auteur: l.utilisateurId ? (nomParId.get(l.utilisateurId) ?? "—") : "—" })),
    total,
    filtres.page,
  );
}
