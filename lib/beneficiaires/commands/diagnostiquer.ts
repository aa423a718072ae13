import "server-only";
import type { Contexte } from "@/lib/contexte";
import { journaliser } from "@/lib/audit/journaliser";
import { perimetrePersonnes } from "@/lib/authz/perimetre";
import { exigerPermission } from "@/lib/authz/permissions";
import { ErreurIntrouvable, ErreurMetier } from "@/lib/errors";

/** Diagnostic daté : un niveau (fort, moyen, sans impact) par frein évalué. */
export async function diagnostiquer({ acteur, db }: Contexte, d: { personneId: string; date: Date; freins: { frein: string; niveau: "FORT" | "MOYEN" | "SANS_IMPACT" }[] }) {
  exigerPermission(acteur, "contrats:rediger");
  if (!d.freins.length) throw new ErreurMetier("freins", "Évaluez au moins un frein.", { freins: ["Évaluez au moins un frein."] });
  return db.$transaction(async (tx) => {
    const personne = await tx.personne.findFirst({ where: { AND: [{ id: d.personneId }, perimetrePersonnes(acteur)] }, select: { id: true } });
    if (!personne) throw new ErreurIntrouvable("Dossier");
    const diagnostic = await tx.diagnostic.create({ data: { personneId: d.personneId, date: d.date, auteurId: acteur.id, freins: { create: d.freins } } });
    await journaliser(tx, acteur, { operation: "CREATION", entite: "Diagnostic", entiteId: diagnostic.id });
    return { personneId: d.personneId };
  });
}
