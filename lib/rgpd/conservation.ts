// Conservation des données personnelles : anonymisation des foyers dont les droits sont clos (ou
// radiés) et l'accompagnement terminé depuis plus que la durée fixée par le département.
// Utilisable depuis la tâche quotidienne (lib/taches) comme depuis un test : reçoit le client Prisma.
import type { PrismaClient } from "@/lib/generated/prisma/client";

export const TEXTE_ANONYMISE = "[anonymisé]";

/** Date limite : une fin de droits ou d'accompagnement antérieure à cette date rend le foyer éligible. */
export function dateLimiteConservation(maintenant: Date, conservationMois: number): Date {
  const d = new Date(Date.UTC(maintenant.getUTCFullYear(), maintenant.getUTCMonth(), maintenant.getUTCDate()));
  d.setUTCMonth(d.getUTCMonth() - conservationMois);
  return d;
}

/**
 * Foyers éligibles d'un département : droits CLOS ou RADIE avec une date de fin connue, et, pour chacun
 * de leurs membres, plus aucun accompagnement (référent, orientation, contrat, prescription) qui se
 * termine après la date limite ou reste ouvert. Un foyer sans date de fin de droits n'est jamais
 * anonymisé (on ne sait pas depuis quand courir la durée).
 */
export async function foyersEligibles(db: PrismaClient, departementId: string, limite: Date): Promise<string[]> {
  const lignes = await db.$queryRaw<{ id: string }[]>`
    SELECT f.id
    FROM foyer f
    WHERE f.departement_id = ${departementId}
      AND f.etat_droit IN ('CLOS', 'RADIE')
      AND f.date_cloture IS NOT NULL AND f.date_cloture < ${limite}::date
      AND NOT EXISTS (
        SELECT 1 FROM personne p
        WHERE p.foyer_id = f.id AND (
          EXISTS (SELECT 1 FROM personne_anonymisee a WHERE a.personne_id = p.id)
          OR EXISTS (SELECT 1 FROM periode_referent r WHERE r.personne_id = p.id AND (r.date_fin IS NULL OR r.date_fin >= ${limite}::date))
          OR EXISTS (SELECT 1 FROM periode_orientation o WHERE o.personne_id = p.id AND (o.date_fin IS NULL OR o.date_fin >= ${limite}::date))
          OR EXISTS (SELECT 1 FROM contrat_engagement c WHERE c.personne_id = p.id AND c.date_fin >= ${limite}::date)
          OR EXISTS (SELECT 1 FROM prescription x WHERE x.personne_id = p.id
                     AND coalesce(x.date_sortie, CASE WHEN x.statut IN ('REFUSEE', 'ABANDON') THEN coalesce(x.date_reponse, x.date_proposition) END, 'infinity'::date) >= ${limite}::date)
        )
      )
    ORDER BY f.id`;
  return lignes.map((l) => l.id);
}

/**
 * Anonymise les foyers donnés, en une transaction : noms, NIR, numéro d'allocataire et textes libres
 * effacés ; date de naissance ramenée au 1er janvier de l'année (l'âge au 31 décembre de toute année
 * est inchangé) ; sexe, rôle, codes de situation, de formation et de freins, dates et statuts des
 * contrats et prescriptions conservés : les indicateurs agrégés restent identiques.
 */
export async function anonymiserFoyers(db: PrismaClient, departementId: string, foyerIds: string[], executionId: string | null = null): Promise<number> {
  if (!foyerIds.length) return 0;
  return db.$transaction(async (tx) => {
    const personnes = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM personne WHERE foyer_id = ANY(${foyerIds}::text[])`;
    const ids = personnes.map((p) => p.id);
    await tx.$executeRaw`
      UPDATE personne SET nom = 'ANONYME', prenom = '', nir_masque = NULL, nir_empreinte = NULL,
             date_naissance = make_date(extract(year FROM date_naissance)::int, 1, 1)
      WHERE id = ANY(${ids}::text[])`;
    await tx.$executeRaw`UPDATE foyer SET numero_allocataire = 'ANONYME-' || id WHERE id = ANY(${foyerIds}::text[])`;
    await tx.$executeRaw`
      UPDATE contrat_engagement SET motif_rupture = CASE WHEN motif_rupture IS NULL THEN NULL ELSE ${TEXTE_ANONYMISE} END,
             bilan_precedent = CASE WHEN bilan_precedent IS NULL THEN NULL ELSE ${TEXTE_ANONYMISE} END,
             motif_minoration = CASE WHEN motif_minoration IS NULL THEN NULL ELSE ${TEXTE_ANONYMISE} END
      WHERE personne_id = ANY(${ids}::text[])`;
    await tx.$executeRaw`
      UPDATE objectif_contrat o SET libelle = ${TEXTE_ANONYMISE}
      FROM contrat_engagement c WHERE o.contrat_id = c.id AND c.personne_id = ANY(${ids}::text[])`;
    await tx.$executeRaw`
      UPDATE activite_contrat a SET libelle = ${TEXTE_ANONYMISE}
      FROM objectif_contrat o JOIN contrat_engagement c ON c.id = o.contrat_id
      WHERE a.objectif_id = o.id AND c.personne_id = ANY(${ids}::text[])`;
    await tx.$executeRaw`
      UPDATE aide_demandee x SET objet = ${TEXTE_ANONYMISE}
      FROM contrat_engagement c WHERE x.contrat_id = c.id AND c.personne_id = ANY(${ids}::text[])`;
    await tx.$executeRaw`
      UPDATE prescription SET motif_refus = CASE WHEN motif_refus IS NULL THEN NULL ELSE ${TEXTE_ANONYMISE} END,
             motif_abandon = CASE WHEN motif_abandon IS NULL THEN NULL ELSE ${TEXTE_ANONYMISE} END
      WHERE personne_id = ANY(${ids}::text[])`;
    await tx.personneAnonymisee.createMany({ data: ids.map((personneId) => ({ personneId, departementId, executionId })), skipDuplicates: true });
    await tx.journalAudit.create({
      data: { departementId, utilisateurId: null, operation: "MODIFICATION", entite: "Personne", entiteId: null, details: { anonymisation: { foyers: foyerIds.length, personnes: ids.length, executionId } } },
    });
    return ids.length;
  });
}

/** Une passe de conservation pour un département : durée lue dans ses paramètres (24 mois par défaut). */
export async function appliquerConservation(db: PrismaClient, departementId: string, options: { maintenant?: Date; executionId?: string | null } = {}) {
  const parametres = await db.parametresSecurite.findUnique({ where: { departementId } });
  const conservationMois = parametres?.conservationMois ?? 24;
  const limite = dateLimiteConservation(options.maintenant ?? new Date(), conservationMois);
  const foyers = await foyersEligibles(db, departementId, limite);
  let personnes = 0;
  // par lots, pour ne pas tenir une transaction trop longue sur une grosse première passe
  for (let i = 0; i < foyers.length; i += 500) personnes += await anonymiserFoyers(db, departementId, foyers.slice(i, i + 500), options.executionId ?? null);
  return { conservationMois, dateLimite: limite.toISOString().slice(0, 10), foyers: foyers.length, personnes };
}
