import "server-only";
import type { Contexte } from "@/lib/contexte";
import { journaliser } from "@/lib/audit/journaliser";
import { ErreurMetier } from "@/lib/errors";
import type { DonneesConvention } from "../schemas";

/** Crée une convention (en instruction) avec ses actions, indicateurs et plan de financement. */
export async function creerConvention({ acteur, db }: Contexte, d: DonneesConvention) {
  return db.$transaction(async (tx) => {
    const erreurs: Record<string, string[]> = {};
    if (!(await tx.structure.count({ where: { id: d.structureId, departementId: acteur.departementId } }))) erreurs.structureId = ["Choisissez un titulaire de la liste."];
    if (d.programmeId && !(await tx.programme.count({ where: { id: d.programmeId, departementId: acteur.departementId } }))) erreurs.programmeId = ["Choisissez un programme de la liste."];
    if (d.actions.length && (await tx.actionInsertion.count({ where: { id: { in: d.actions }, departementId: acteur.departementId } })) !== d.actions.length) {
      erreurs.actions = ["Une des actions choisies n'existe pas dans votre département."];
    }
    if (Object.keys(erreurs).length) throw new ErreurMetier("validation", "Le formulaire contient des erreurs.", erreurs);

    const convention = await tx.convention.create({
      data: {
        departementId: acteur.departementId,
        structureId: d.structureId,
        type: d.type,
        objet: d.objet,
        nature: d.nature ?? null,
        dateDebut: d.dateDebut,
        dateFin: d.dateFin,
        montantInitialCentimes: BigInt(d.montant),
        volume: d.volume,
        uniteVolume: d.uniteVolume ?? null,
        cpDate: d.cpDate,
        cpRapport: d.cpRapport,
        programmeId: d.programmeId,
        actions: { create: [...new Set(d.actions)].map((actionId) => ({ actionId })) },
        indicateurs: { create: d.indicateurs.map((i, ordre) => ({ ...i, ordre })) },
        financements: { create: d.financements.map((f) => ({ ...f, montantCentimes: BigInt(f.montantCentimes) })) },
      },
      select: { id: true },
    });
    await journaliser(tx, acteur, { operation: "CREATION", entite: "Convention", entiteId: convention.id });
    return convention;
  });
}
