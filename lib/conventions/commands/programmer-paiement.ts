import "server-only";
import type { Contexte } from "@/lib/contexte";
import { journaliser } from "@/lib/audit/journaliser";
import { ErreurMetier } from "@/lib/errors";
import { refusPaiement } from "../domain/convention";
import { paiementProgrammable, refusMandatement } from "../domain/mandatement";
import { verrouillerConvention } from "./verrou";

export interface DonneesPaiement {
  conventionId: string;
  type: "ACOMPTE" | "SOLDE" | "AUTRE";
  libelle: string;
  montantCentimes: number;
  datePrevue: Date | null;
  mandate: boolean;
  dateMandatement: Date | null;
  engagementId: string | null;
}

/**
 * Programme un paiement (acompte, solde…) et, le cas échéant, l'enregistre directement comme mandaté.
 * Sous verrou de la convention : la somme des paiements ne dépasse jamais son montant, même en
 * cas d'enregistrements simultanés. Un paiement rattaché à un engagement ne dépasse pas non plus celui-ci.
 */
export async function programmerPaiement({ acteur, db }: Contexte, d: DonneesPaiement) {
  return db.$transaction(async (tx) => {
    const c = await verrouillerConvention(tx, acteur, d.conventionId);
    if (!paiementProgrammable(c.statut)) {
      throw new ErreurMetier("statut", "On ne programme de paiement que sur une convention votée, signée ou en exécution.");
    }
    if (d.mandate && d.dateMandatement) {
      const { dateSignature } = await tx.convention.findUniqueOrThrow({ where: { id: d.conventionId }, select: { dateSignature: true } });
      const refusM = refusMandatement({ statut: c.statut, dateSignature }, d.dateMandatement);
      if (refusM) throw new ErreurMetier("mandatement", refusM, { dateMandatement: [refusM] });
    }
    const refus = refusPaiement(c.montantCourant, c.programme, d.montantCentimes);
    if (refus) throw new ErreurMetier("plafond", refus, { montant: [refus] });
    if (d.mandate && !d.dateMandatement) throw new ErreurMetier("date", "Date de mandatement manquante.", { dateMandatement: ["Indiquez la date de mandatement."] });
    if (d.engagementId) {
      const [e] = await tx.$queryRaw<{ montant: bigint; paye: bigint }[]>`
        SELECT e.montant_centimes AS montant, (SELECT coalesce(sum(p.montant_centimes), 0) FROM paiement p WHERE p.engagement_id = e.id) AS paye
        FROM engagement e WHERE e.id = ${d.engagementId} AND e.convention_id = ${d.conventionId} FOR UPDATE`;
      if (!e) throw new ErreurMetier("engagement", "Engagement inconnu.", { engagementId: ["Choisissez un engagement de cette convention."] });
      if (Number(e.paye) + d.montantCentimes > Number(e.montant)) {
        throw new ErreurMetier("engagement", "Ce paiement dépasse l'engagement.", { engagementId: ["Ce paiement dépasse le montant restant de l'engagement choisi."] });
      }
    }
    const paiement = await tx.paiement.create({
      data: {
        conventionId: d.conventionId,
        engagementId: d.engagementId,
        type: d.type,
        libelle: d.libelle,
        montantCentimes: BigInt(d.montantCentimes),
        datePrevue: d.datePrevue,
        statut: d.mandate ? "MANDATE" : "PREVU",
        dateMandatement: d.mandate ? d.dateMandatement : null,
      },
    });
    await journaliser(tx, acteur, { operation: "CREATION", entite: "Paiement", entiteId: paiement.id, details: { conventionId: d.conventionId, montantCentimes: d.montantCentimes, statut: paiement.statut } });
    return { id: paiement.id, conventionId: d.conventionId };
  });
}

/** Passe un paiement prévu à « mandaté » à la date donnée. */
export async function mandaterPaiement({ acteur, db }: Contexte, d: { paiementId: string; conventionId: string; dateMandatement: Date }) {
  return db.$transaction(async (tx) => {
    const c = await verrouillerConvention(tx, acteur, d.conventionId);
    const { dateSignature } = await tx.convention.findUniqueOrThrow({ where: { id: d.conventionId }, select: { dateSignature: true } });
    const refus = refusMandatement({ statut: c.statut, dateSignature }, d.dateMandatement);
    if (refus) throw new ErreurMetier("mandatement", refus, { dateMandatement: [refus] });
    const maj = await tx.paiement.updateMany({ where: { id: d.paiementId, conventionId: d.conventionId, statut: "PREVU" }, data: { statut: "MANDATE", dateMandatement: d.dateMandatement } });
    if (maj.count === 0) throw new ErreurMetier("paiement", "Ce paiement est introuvable ou déjà mandaté.");
    await journaliser(tx, acteur, { operation: "MODIFICATION", entite: "Paiement", entiteId: d.paiementId, details: { mandate: true } });
    return { id: d.paiementId, conventionId: d.conventionId };
  });
}
