// Tâche quotidienne : détecte les situations à examiner (déclencheurs des droits et devoirs), en SQL
// ensembliste, avec les délais du département. Une situation déjà ouverte pour la même personne et le
// même motif n'est pas recréée (index unique partiel) : la tâche peut repasser sans doublon.
// Sans "server-only" : appelée par le lanceur de tâches (Next ou script).
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { DefinitionTache } from "@/lib/taches/types";

type Client = Pick<PrismaClient, "$executeRaw" | "$queryRaw" | "departement" | "parametresDroitsDevoirs">;

/** Pôle d'insertion ou commission RSA de la commune de résidence : l'ancêtre typé dont le chemin préfixe. */
const TERRITOIRE_INSTANCE = Prisma.sql`(SELECT r.id FROM territoire r WHERE r.departement_id = f.departement_id
  AND r.type IN ('POLE_INSERTION', 'COMMISSION_RSA') AND t.chemin LIKE r.chemin || '%' ORDER BY length(r.chemin) DESC LIMIT 1)`;

const CONFLIT = Prisma.sql`ON CONFLICT (personne_id, motif) WHERE statut NOT IN ('DECIDEE', 'CLASSEE') DO NOTHING`;

export async function detecterSituations(db: Client, departementId: string, aujourdHui = new Date()) {
  const jour = new Date(Date.UTC(aujourdHui.getUTCFullYear(), aujourdHui.getUTCMonth(), aujourdHui.getUTCDate()));
  const p = (await db.parametresDroitsDevoirs.findUnique({ where: { departementId } })) ?? {
    delaiContratApresOrientation: 60,
    delaiRenouvellement: 30,
    seuilAbsences: 2,
    fenetreAbsences: 180,
  };
  const base = Prisma.sql`FROM personne pe JOIN foyer f ON f.id = pe.foyer_id JOIN territoire t ON t.id = f.territoire_id
    WHERE f.departement_id = ${departementId} AND f.etat_droit = 'OUVERT' AND f.soumis_droits_devoirs AND pe.role <> 'PERSONNE_A_CHARGE'`;
  const inserer = (motif: string, detail: Prisma.Sql, condition: Prisma.Sql) => db.$executeRaw`
    INSERT INTO situation_examen (id, departement_id, personne_id, territoire_id, motif, detail, detectee_le)
    SELECT 'sx' || replace(gen_random_uuid()::text, '-', ''), f.departement_id, pe.id, ${TERRITOIRE_INSTANCE}, ${motif}::motif_situation, ${detail}, ${jour}::date
    ${base} AND ${condition} AND ${TERRITOIRE_INSTANCE} IS NOT NULL
    ${CONFLIT}`;

  // 1. pas de contrat signé N jours après l'orientation en cours
  const absenceContrat = await inserer(
    "ABSENCE_CONTRAT",
    Prisma.sql`'Orientée le ' || to_char((SELECT max(o.date_debut) FROM periode_orientation o WHERE o.personne_id = pe.id AND o.date_fin IS NULL), 'DD/MM/YYYY') || ', sans contrat signé après ' || ${p.delaiContratApresOrientation}::int || ' jours'`,
    Prisma.sql`EXISTS (SELECT 1 FROM periode_orientation o WHERE o.personne_id = pe.id AND o.date_fin IS NULL AND o.date_debut <= ${jour}::date - ${p.delaiContratApresOrientation}::int)
      AND NOT EXISTS (SELECT 1 FROM contrat_engagement c WHERE c.personne_id = pe.id AND c.statut IN ('SIGNE', 'VALIDE', 'EN_COURS'))
      AND NOT EXISTS (SELECT 1 FROM contrat_engagement c JOIN periode_orientation o ON o.personne_id = c.personne_id AND o.date_fin IS NULL
                      WHERE c.personne_id = pe.id AND c.date_signature >= o.date_debut)`,
  );
  // 2. contrat échu depuis plus de N jours, sans contrat suivant
  const nonRenouvellement = await inserer(
    "NON_RENOUVELLEMENT",
    Prisma.sql`'Contrat échu le ' || to_char((SELECT max(c.date_fin) FROM contrat_engagement c WHERE c.personne_id = pe.id AND c.statut = 'ECHU'), 'DD/MM/YYYY') || ', non renouvelé'`,
    Prisma.sql`EXISTS (SELECT 1 FROM contrat_engagement c WHERE c.personne_id = pe.id AND c.statut = 'ECHU' AND c.date_fin <= ${jour}::date - ${p.delaiRenouvellement}::int)
      AND NOT EXISTS (SELECT 1 FROM contrat_engagement c WHERE c.personne_id = pe.id AND c.statut IN ('BROUILLON', 'SIGNE', 'VALIDE', 'EN_COURS'))`,
  );
  // 3. rendez-vous non honorés et non excusés répétés dans la fenêtre
  const absences = await inserer(
    "ABSENCES_REPETEES",
    Prisma.sql`(SELECT count(*) FROM rendez_vous r WHERE r.personne_id = pe.id AND r.resultat = 'NON_HONORE' AND r.debut >= ${jour}::date - ${p.fenetreAbsences}::int)::text || ' rendez-vous non honorés sans excuse en ' || ${p.fenetreAbsences}::int || ' jours'`,
    Prisma.sql`(SELECT count(*) FROM rendez_vous r WHERE r.personne_id = pe.id AND r.resultat = 'NON_HONORE' AND r.debut >= ${jour}::date - ${p.fenetreAbsences}::int) >= ${p.seuilAbsences}::int`,
  );
  // 4. suspensions arrivées à leur terme sans remobilisation : elles deviennent définitives
  const definitives = await db.$executeRaw`
    UPDATE decision_sanction SET devenue_definitive_le = ${jour}::date
    WHERE departement_id = ${departementId} AND type = 'SUSPENSION_REMOBILISATION' AND remobilisee_le IS NULL
      AND devenue_definitive_le IS NULL AND date_fin < ${jour}::date`;
  return { absenceContrat, nonRenouvellement, absences, suspensionsDefinitives: definitives };
}

export const tacheDetecterSituations: DefinitionTache = {
  nom: "droits-devoirs:detecter",
  libelle: "Droits et devoirs : situations à examiner (déclencheurs) et suspensions devenues définitives",
  quotidienne: true,
  parDepartement: true,
  async executer(ctx) {
    const departements = ctx.departementId ? [ctx.departementId] : (await ctx.db.departement.findMany({ select: { id: true } })).map((d) => d.id);
    const resultat: Record<string, unknown> = {};
    for (const [i, d] of departements.entries()) {
      resultat[d] = await detecterSituations(ctx.db, d);
      await ctx.progression(i + 1, departements.length);
    }
    return resultat;
  },
};
