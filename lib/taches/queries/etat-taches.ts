import "server-only";
import type { Contexte } from "@/lib/contexte";
import { exigerPermission } from "@/lib/authz/permissions";
import { TACHES } from "@/lib/taches/registre";

export interface EtatTache {
  nom: string;
  libelle: string;
  quotidienne: boolean;
  derniere: { statut: string; creeLe: Date; debuteLe: Date | null; termineLe: Date | null; dureeMs: number | null; erreur: string | null } | null;
  echecs7j: number;
  enAttente: number;
}

/**
 * Les tâches de fond vues par l'administrateur de son département : dernière exécution, durée, échecs.
 * Périmètre : les exécutions de son département et celles de l'instance (sans département).
 */
export async function etatTaches({ acteur, db }: Contexte) {
  exigerPermission(acteur, "taches:gerer");
  const perimetre = { OR: [{ departementId: acteur.departementId }, { departementId: null }] };
  const [dernieres, compteurs, recentes] = await Promise.all([
    db.$queryRaw<{ nom: string; statut: string; cree_le: Date; debute_le: Date | null; termine_le: Date | null; erreur: string | null }[]>`
      SELECT DISTINCT ON (nom) nom, statut::text, cree_le, debute_le, termine_le, erreur
      FROM tache_execution
      WHERE (departement_id = ${acteur.departementId} OR departement_id IS NULL) AND statut IN ('TERMINEE', 'ECHOUEE', 'EN_COURS')
      ORDER BY nom, cree_le DESC`,
    db.$queryRaw<{ nom: string; echecs: number; attente: number }[]>`
      SELECT nom,
             count(*) FILTER (WHERE statut = 'ECHOUEE' AND cree_le > now() - interval '7 days')::int AS echecs,
             count(*) FILTER (WHERE statut = 'EN_ATTENTE')::int AS attente
      FROM tache_execution
      WHERE departement_id = ${acteur.departementId} OR departement_id IS NULL
      GROUP BY nom`,
    db.tacheExecution.findMany({ where: perimetre, orderBy: { creeLe: "desc" }, take: 30 }),
  ]);
  const taches: EtatTache[] = TACHES.map((t) => {
    const d = dernieres.find((x) => x.nom === t.nom);
    const c = compteurs.find((x) => x.nom === t.nom);
    return {
      nom: t.nom,
      libelle: t.libelle,
      quotidienne: Boolean(t.quotidienne),
      derniere: d
        ? { statut: d.statut, creeLe: d.cree_le, debuteLe: d.debute_le, termineLe: d.termine_le, dureeMs: d.debute_le && d.termine_le ? d.termine_le.getTime() - d.debute_le.getTime() : null, erreur: d.erreur }
        : null,
      echecs7j: c?.echecs ?? 0,
      enAttente: c?.attente ?? 0,
    };
  });
  const libelles = new Map(TACHES.map((t) => [t.nom, t.libelle]));
  return {
    taches,
    recentes: recentes.map((e) => ({
      id: e.id,
      libelle: libelles.get(e.nom) ?? e.nom,
      statut: e.statut,
      creeLe: e.creeLe,
      dureeMs: e.debuteLe && e.termineLe ? e.termineLe.getTime() - e.debuteLe.getTime() : null,
      avancement: e.total ? `${e.fait.toLocaleString("fr-FR")} / ${e.total.toLocaleString("fr-FR")}` : null,
      message: e.statut === "ECHOUEE" ? e.erreur : e.message,
    })),
  };
}
