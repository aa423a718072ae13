import "server-only";
import type { z } from "zod";
import type { Contexte } from "@/lib/contexte";
import { exigerPermission } from "@/lib/authz/permissions";
import { decalage, pageDe } from "@/lib/pagination";
import { perimetreAides } from "../perimetre";
import type { schemaFiltresAides } from "../schemas";

/** Demandes d'aide du périmètre, les plus récentes d'abord, filtrées par statut et par fonds. */
export async function listerAides({ acteur, db }: Contexte, f: z.infer<typeof schemaFiltresAides>) {
  exigerPermission(acteur, "aides:lire");
  const where = { AND: [perimetreAides(acteur), f.statut ? { statut: f.statut } : {}, f.fonds ? { fonds: f.fonds } : {}] };
  const [total, lignes] = await Promise.all([
    db.demandeAide.count({ where }),
    db.demandeAide.findMany({
      where,
      orderBy: [{ dateDemande: "desc" }, { id: "asc" }],
      ...decalage(f.page),
      select: {
        id: true,
        fonds: true,
        typeAide: true,
        statut: true,
        dateDemande: true,
        montantDemandeCentimes: true,
        montantAccordeCentimes: true,
        montantVerseCentimes: true,
        personne: { select: { id: true, prenom: true, nom: true } },
        territoire: { select: { nom: true } },
      },
    }),
  ]);
  return pageDe(lignes, total, f.page);
}
