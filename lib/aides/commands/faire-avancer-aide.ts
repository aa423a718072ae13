import "server-only";
import type { Contexte } from "@/lib/contexte";
import { journaliser } from "@/lib/audit/journaliser";
import { exigerPermission } from "@/lib/authz/permissions";
import { ErreurIntrouvable, ErreurMetier } from "@/lib/errors";
import { formaterDate, formaterEuros } from "@/lib/format";
import { LIBELLES_FONDS_COURTS, transitionAide, type Evenement, type StatutAide } from "../domain/regles";
import { perimetreAides } from "../perimetre";

export interface EtapeAide {
  id: string;
  version: number;
  evenement: Evenement;
  date: Date;
  montantCentimes: number | null;
  motif: string | null;
}

const champ = (nom: string, message: string) => new ErreurMetier(nom, message, { [nom]: [message] });

/**
 * Le chargé de mission instruit, décide (accord avec montant, refus ou ajournement motivés) puis
 * enregistre le versement. Un accord ne dépasse ni le montant demandé ni le reste de l'enveloppe
 * annuelle du fonds sur le territoire (vérifié sous verrou de l'enveloppe) ; un versement ne dépasse pas
 * l'accord. Version optimiste : deux décisions simultanées sur la même demande, une seule passe.
 */
export async function faireAvancerAide({ acteur, db }: Contexte, d: EtapeAide) {
  exigerPermission(acteur, "aides:decider");
  if ((d.evenement === "refuser" || d.evenement === "ajourner") && !d.motif) throw champ("motif", d.evenement === "refuser" ? "Indiquez le motif du refus." : "Indiquez le motif de l'ajournement.");
  if (d.evenement === "accorder" && !d.montantCentimes) throw champ("montant", "Indiquez le montant accordé.");
  return db.$transaction(async (tx) => {
    const aide = await tx.demandeAide.findFirst({ where: { AND: [{ id: d.id }, perimetreAides(acteur)] } });
    if (!aide) throw new ErreurIntrouvable("Demande d'aide");
    const t = transitionAide(aide.statut as StatutAide, d.evenement);
    if (!t.ok) throw new ErreurMetier("transition", t.message);
    const precedente = aide.dateVersement ?? aide.dateDecision ?? aide.dateInstruction ?? aide.dateDemande;
    if (d.date < precedente) throw champ("date", `La date ne peut pas précéder le ${formaterDate(precedente)}.`);
    const donnees: Record<string, unknown> = {};
    if (d.evenement === "instruire" || d.evenement === "reprendre") {
      donnees.dateInstruction = d.date;
      if (d.motif) donnees.avisInstruction = d.motif;
    } else if (d.evenement === "accorder") {
      const montant = d.montantCentimes!;
      if (montant > Number(aide.montantDemandeCentimes)) throw champ("montant", `Le montant accordé ne peut pas dépasser le montant demandé (${formaterEuros(aide.montantDemandeCentimes)}).`);
      const annee = d.date.getUTCFullYear();
      const [enveloppe] = await tx.$queryRaw<{ id: string; montant_centimes: bigint }[]>`
        SELECT id, montant_centimes FROM enveloppe_aide
        WHERE territoire_id = ${aide.territoireId} AND fonds = ${aide.fonds}::fonds_aide AND annee = ${annee} FOR UPDATE`;
      if (!enveloppe) throw new ErreurMetier("enveloppe", `Aucune enveloppe ${LIBELLES_FONDS_COURTS[aide.fonds]} n'est ouverte pour ${annee} sur ce territoire.`);
      const [somme] = await tx.$queryRaw<{ engage: bigint }[]>`
        SELECT COALESCE(SUM(montant_accorde_centimes), 0)::bigint AS engage FROM demande_aide
        WHERE territoire_id = ${aide.territoireId} AND fonds = ${aide.fonds}::fonds_aide
          AND statut IN ('ACCORDEE', 'VERSEE') AND EXTRACT(YEAR FROM date_decision) = ${annee}`;
      const reste = Number(enveloppe.montant_centimes) - Number(somme?.engage ?? 0n);
      if (montant > reste) throw champ("montant", `Enveloppe insuffisante : il reste ${formaterEuros(Math.max(0, reste))} sur l'enveloppe ${LIBELLES_FONDS_COURTS[aide.fonds]} ${annee} du territoire.`);
      Object.assign(donnees, { dateDecision: d.date, decideurId: acteur.id, montantAccordeCentimes: BigInt(montant), motifDecision: d.motif });
    } else if (d.evenement === "refuser" || d.evenement === "ajourner") {
      Object.assign(donnees, { dateDecision: d.date, decideurId: acteur.id, motifDecision: d.motif });
    } else if (d.evenement === "verser") {
      const accorde = Number(aide.montantAccordeCentimes ?? 0n);
      const verse = d.montantCentimes ?? accorde;
      if (verse > accorde) throw champ("montant", `Le versement ne peut pas dépasser le montant accordé (${formaterEuros(accorde)}).`);
      Object.assign(donnees, { dateVersement: d.date, montantVerseCentimes: BigInt(verse) });
    }
    const maj = await tx.demandeAide.updateMany({ where: { id: aide.id, version: d.version }, data: { ...donnees, statut: t.vers, version: { increment: 1 } } });
    if (maj.count === 0) throw new ErreurMetier("conflit", "Cette demande a été modifiée entre-temps : rechargez la page.");
    await journaliser(tx, acteur, { operation: "MODIFICATION", entite: "DemandeAide", entiteId: aide.id, details: { evenement: d.evenement, statut: t.vers, montantCentimes: d.montantCentimes } });
    return { id: aide.id, personneId: aide.personneId, statut: t.vers };
  });
}
