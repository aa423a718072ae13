// File des tâches de fond, dans PostgreSQL : mettre en file, réclamer (SKIP LOCKED, une seule exécution en
// cours par tâche et par département, garantie par un index unique partiel), exécuter, tracer.
// Sans "server-only" : utilisé par le travailleur du serveur Next, par `npm run taches` et par les tests.
import type { PrismaClient, TacheExecution } from "@/lib/generated/prisma/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { TACHES, trouverTache } from "./registre";
import type { DefinitionTache } from "./types";

type Json = Prisma.InputJsonValue;

export interface DemandeTache {
  nom: string;
  departementId?: string | null;
  parametres?: Record<string, unknown>;
  demandeParId?: string | null;
}

/** Une exécution en cours sans battement depuis ce délai est tenue pour interrompue (serveur arrêté). */
export const DELAI_INTERRUPTION_MS = 10 * 60_000;

function definition(nom: string): DefinitionTache {
  const d = trouverTache(nom);
  if (!d) throw new Error(`Tâche inconnue : « ${nom} » (connues : ${TACHES.map((t) => t.nom).join(", ")})`);
  return d;
}

export async function mettreEnFile(db: PrismaClient, demande: DemandeTache): Promise<{ id: string }> {
  definition(demande.nom);
  const { id } = await db.tacheExecution.create({
    data: {
      nom: demande.nom,
      departementId: demande.departementId ?? null,
      parametres: (demande.parametres ?? {}) as Json,
      demandeParId: demande.demandeParId ?? null,
    },
    select: { id: true },
  });
  return { id };
}

/**
 * Réclame la plus ancienne exécution en attente dont la tâche n'est pas déjà en cours pour le même
 * département. Deux travailleurs qui visent la même tâche : l'index unique partiel refuse le second,
 * qui passe son tour (null).
 */
export async function reclamerProchaine(db: PrismaClient, filtre: { id?: string } = {}): Promise<TacheExecution | null> {
  try {
    const lignes = await db.$queryRaw<{ id: string }[]>`
      UPDATE tache_execution SET statut = 'EN_COURS', debute_le = now(), battement = now()
      WHERE id = (
        SELECT t.id FROM tache_execution t
        WHERE t.statut = 'EN_ATTENTE'
          AND (${filtre.id ?? null}::text IS NULL OR t.id = ${filtre.id ?? null})
          AND NOT EXISTS (
            SELECT 1 FROM tache_execution e
            WHERE e.statut = 'EN_COURS' AND e.nom = t.nom AND e.departement_id IS NOT DISTINCT FROM t.departement_id)
        ORDER BY t.cree_le
        FOR UPDATE SKIP LOCKED
        LIMIT 1)
      RETURNING id`;
    if (!lignes[0]) return null;
    return db.tacheExecution.findUniqueOrThrow({ where: { id: lignes[0].id } });
  } catch (e) {
    // course perdue contre un autre travailleur sur l'index unique partiel : il a pris la tâche
    if (/tache_execution_une_en_cours|23505/.test(e instanceof Error ? e.message : String(e))) return null;
    throw e;
  }
}

/** Exécute une exécution réclamée ; son succès ou son échec est écrit, jamais levé. */
export async function executer(db: PrismaClient, execution: TacheExecution): Promise<TacheExecution> {
  const def = definition(execution.nom);
  let derniere = 0;
  const progression = async (fait: number, total?: number | null, message?: string) => {
    const maintenant = Date.now();
    if (maintenant - derniere < 500 && (total == null || fait < total)) return;
    derniere = maintenant;
    await db.tacheExecution.update({
      where: { id: execution.id },
      data: { fait, ...(total !== undefined ? { total } : {}), ...(message !== undefined ? { message } : {}), battement: new Date() },
    });
  };
  // battement régulier, même quand la tâche ne dit rien : elle n'est pas prise pour interrompue
  const coeur = setInterval(() => {
    db.tacheExecution.update({ where: { id: execution.id }, data: { battement: new Date() } }).catch(() => {});
  }, 60_000);
  coeur.unref?.();
  try {
    const resultat = await def.executer({
      db,
      departementId: execution.departementId,
      parametres: (execution.parametres ?? {}) as Record<string, unknown>,
      executionId: execution.id,
      progression,
    });
    return await db.tacheExecution.update({
      where: { id: execution.id },
      data: { statut: "TERMINEE", termineLe: new Date(), battement: new Date(), resultat: (resultat ?? {}) as Json },
    });
  } catch (e) {
    // le détail reste réservé à l'administrateur (page des tâches) et aux journaux du serveur
    console.error(`[taches] ${execution.nom} (${execution.id}) a échoué :`, e);
    return db.tacheExecution.update({
      where: { id: execution.id },
      data: { statut: "ECHOUEE", termineLe: new Date(), erreur: e instanceof Error ? e.message.slice(0, 4000) : String(e).slice(0, 4000) },
    });
  } finally {
    clearInterval(coeur);
  }
}

/** Met en file puis exécute aussitôt (commande `npm run taches`, tests). Attend si la tâche est déjà en cours. */
export async function executerMaintenant(db: PrismaClient, demande: DemandeTache, attenteMaxMs = 10 * 60_000): Promise<TacheExecution> {
  const { id } = await mettreEnFile(db, demande);
  const limite = Date.now() + attenteMaxMs;
  for (;;) {
    const execution = await reclamerProchaine(db, { id });
    if (execution) return executer(db, execution);
    const actuelle = await db.tacheExecution.findUniqueOrThrow({ where: { id } });
    if (actuelle.statut === "TERMINEE" || actuelle.statut === "ECHOUEE") return actuelle; // prise par le travailleur
    if (Date.now() > limite) throw new Error(`La tâche « ${demande.nom} » attend depuis trop longtemps (une autre est en cours).`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** Exécute tout ce qui attend, une exécution à la fois. Rend le nombre d'exécutions faites. */
export async function executerEnAttente(db: PrismaClient): Promise<number> {
  let n = 0;
  for (let execution = await reclamerProchaine(db); execution; execution = await reclamerProchaine(db)) {
    await executer(db, execution);
    n++;
  }
  return n;
}

/** Jour calendaire à Paris (« 2026-11-30 ») : une tâche quotidienne tourne une fois par jour de Paris. */
const formatJourParis = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris", year: "numeric", month: "2-digit", day: "2-digit" });
export function jourParis(date = new Date()): string {
  return formatJourParis.format(date);
}

/**
 * Met en file les tâches quotidiennes qui n'ont pas encore été demandées aujourd'hui (heure de Paris),
 * par département pour celles qui le sont. Sous verrou consultatif : deux travailleurs ne doublonnent pas.
 */
export async function planifierQuotidiennes(db: PrismaClient, maintenant = new Date()): Promise<number> {
  const jour = jourParis(maintenant);
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(7270731)`;
    const departements = await tx.departement.findMany({ select: { id: true } });
    let n = 0;
    for (const t of TACHES.filter((x) => x.quotidienne)) {
      const cibles: (string | null)[] = t.parDepartement ? departements.map((d) => d.id) : [null];
      for (const departementId of cibles) {
        const deja = await tx.$queryRaw<{ n: number }[]>`
          SELECT count(*)::int AS n FROM tache_execution
          WHERE nom = ${t.nom} AND departement_id IS NOT DISTINCT FROM ${departementId}
            AND to_char(cree_le AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Paris', 'YYYY-MM-DD') = ${jour}`;
        if (deja[0]!.n > 0) continue;
        await tx.tacheExecution.create({ data: { nom: t.nom, departementId, parametres: { planifiee: jour } } });
        n++;
      }
    }
    return n;
  });
}

/** Exécutions en cours sans battement récent (serveur arrêté en plein travail) : marquées échouées. */
export async function marquerInterrompues(db: PrismaClient, maintenant = new Date()): Promise<number> {
  const { count } = await db.tacheExecution.updateMany({
    where: { statut: "EN_COURS", battement: { lt: new Date(maintenant.getTime() - DELAI_INTERRUPTION_MS) } },
    data: { statut: "ECHOUEE", termineLe: maintenant, erreur: "Interrompue : le serveur s'est arrêté pendant l'exécution." },
  });
  return count;
}
