import "server-only";
import type { Contexte } from "@/lib/contexte";
import { journaliser } from "@/lib/audit/journaliser";
import { ErreurMetier } from "@/lib/errors";
import { formaterEuros } from "@/lib/format";
import { verrouillerConvention } from "./verrou";

export interface DonneesAvenant {
  conventionId: string;
  dateSignature: Date;
  objet: string;
  deltaMontantCentimes: number;
  nouvelleDateFin: Date | null;
  deltaVolume: number | null;
}

/** Ajoute l'avenant suivant (numérotation continue) ; un avenant ne peut pas ramener le montant sous ce qui est déjà programmé. */
export async function ajouterAvenant({ acteur, db }: Contexte, d: DonneesAvenant) {
  return db.$transaction(async (tx) => {
    const c = await verrouillerConvention(tx, acteur, d.conventionId);
    if (c.statut === "SOLDEE" || c.statut === "RESILIEE") throw new ErreurMetier("statut", "Une convention soldée ou résiliée ne reçoit plus d'avenant.");
    if (d.deltaMontantCentimes !== 0 && c.montantCourant === null) {
      throw new ErreurMetier("montant", "Le montant initial n'est pas renseigné.", { montant: ["Renseignez d'abord le montant initial de la convention."] });
    }
    if (c.montantCourant !== null && c.montantCourant + d.deltaMontantCentimes < c.programme) {
      const message = `Le montant ne peut pas descendre sous les paiements déjà programmés (${formaterEuros(c.programme)}).`;
      throw new ErreurMetier("montant", message, { montant: [message] });
    }
    if (d.nouvelleDateFin && d.nouvelleDateFin < c.dateDebut) {
      throw new ErreurMetier("periode", "La nouvelle date de fin précède le début.", { nouvelleDateFin: ["La nouvelle date de fin doit suivre le début de la convention."] });
    }
    const dernier = await tx.avenant.aggregate({ where: { conventionId: d.conventionId }, _max: { numero: true } });
    const avenant = await tx.avenant.create({
      data: {
        conventionId: d.conventionId,
        numero: (dernier._max.numero ?? 0) + 1,
        dateSignature: d.dateSignature,
        objet: d.objet,
        deltaMontantCentimes: BigInt(d.deltaMontantCentimes),
        nouvelleDateFin: d.nouvelleDateFin,
        deltaVolume: d.deltaVolume,
      },
    });
    const volume = d.deltaVolume !== null ? await tx.convention.findUniqueOrThrow({ where: { id: d.conventionId }, select: { volume: true } }) : null;
    await tx.convention.update({
      where: { id: d.conventionId },
      data: {
        ...(d.nouvelleDateFin ? { dateFin: d.nouvelleDateFin } : {}),
        ...(d.deltaVolume !== null ? { volume: (volume?.volume ?? 0) + d.deltaVolume } : {}),
        version: { increment: 1 },
      },
    });
    await journaliser(tx, acteur, { operation: "CREATION", entite: "Avenant", entiteId: avenant.id, details: { conventionId: d.conventionId, numero: avenant.numero } });
    return { id: avenant.id, conventionId: d.conventionId, numero: avenant.numero };
  });
}
