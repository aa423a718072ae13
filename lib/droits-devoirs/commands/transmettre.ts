import "server-only";
import type { Contexte } from "@/lib/contexte";
import { journaliser } from "@/lib/audit/journaliser";
import { exigerPermission } from "@/lib/authz/permissions";
import { ErreurMetier } from "@/lib/errors";
import { ligneCsvCaf, ENTETE_CSV_CAF } from "../domain/transmission";

/**
 * Fichier du jour pour la CAF / MSA : les décisions à appliquer (tout sauf le maintien) prises ce jour et
 * pas encore transmises ; chacune est marquée transmise. NUMDEMRSA : numéro d'allocataire du foyer
 * (le n° de demande RSA du flux CAF n'est pas encore importé).
 */
export async function genererTransmission({ acteur, db }: Contexte, d: { jour: Date }) {
  exigerPermission(acteur, "transmissions:generer");
  return db.$transaction(async (tx) => {
    const decisions = await tx.decisionSanction.findMany({
      where: { departementId: acteur.departementId, decideLe: d.jour, transmissionId: null, type: { not: "MAINTIEN" } },
      include: { situation: { include: { personne: { include: { foyer: true } } } } },
      orderBy: { id: "asc" },
    });
    if (!decisions.length) throw new ErreurMetier("vide", "Aucune décision à transmettre pour ce jour.", { jour: ["Aucune décision à transmettre ce jour."] });
    const existante = await tx.transmissionCaf.findUnique({ where: { departementId_jour: { departementId: acteur.departementId, jour: d.jour } } });
    const lignes = decisions.map((x) =>
      ligneCsvCaf({
        organisme: x.situation.personne.foyer.organisme,
        numdemrsa: x.situation.personne.foyer.numeroAllocataire,
        nom: x.situation.personne.nom,
        prenom: x.situation.personne.prenom,
        dateNaissance: x.situation.personne.dateNaissance,
        type: x.type,
        pourcentage: x.pourcentage,
        dateEffet: x.dateEffet,
        dateFin: x.dateFin,
        decideLe: x.decideLe,
      }),
    );
    const contenu = existante ? `${existante.contenu}${lignes.join("\r\n")}\r\n` : `${ENTETE_CSV_CAF}\r\n${lignes.join("\r\n")}\r\n`;
    const t = existante
      ? await tx.transmissionCaf.update({ where: { id: existante.id }, data: { contenu, nbDecisions: existante.nbDecisions + decisions.length } })
      : await tx.transmissionCaf.create({ data: { departementId: acteur.departementId, jour: d.jour, nbDecisions: decisions.length, contenu, creeParId: acteur.id } });
    await tx.decisionSanction.updateMany({ where: { id: { in: decisions.map((x) => x.id) } }, data: { transmissionId: t.id } });
    await journaliser(tx, acteur, { operation: "EXPORT", entite: "TransmissionCaf", entiteId: t.id, details: { jour: d.jour.toISOString().slice(0, 10), decisions: decisions.length } });
    return { id: t.id, nb: decisions.length };
  });
}
