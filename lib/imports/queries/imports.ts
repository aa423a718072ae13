import "server-only";
import type { Contexte } from "@/lib/contexte";
import { exigerPermission } from "@/lib/authz/permissions";
import { journaliser } from "@/lib/audit/journaliser";
import { ErreurIntrouvable } from "@/lib/errors";
import { LIBELLES_REJET, type CodeRejet } from "../domain/foyer";

const CHAMPS_LISTE = {
  id: true, nomFichier: true, format: true, statut: true, creeLe: true, termineLe: true, foyersDansLeFichier: true, foyersAppliques: true,
  foyersRejetes: true, changements: true, avancement: true, etape: true, numeroFlux: true,
} as const;

/** Les imports du département de l'acteur, les plus récents d'abord. */
export async function listerImports({ acteur, db }: Contexte) {
  exigerPermission(acteur, "imports:gerer");
  const imports = await db.importFlux.findMany({ where: { departementId: acteur.departementId }, orderBy: { creeLe: "desc" }, take: 50, select: CHAMPS_LISTE });
  const auteurs = await auteursDe({ acteur, db }, imports.map((i) => i.id));
  return imports.map((i) => ({ ...i, auteur: auteurs.get(i.id) ?? "Ligne de commande" }));
}

async function auteursDe({ db }: Contexte, ids: string[]) {
  const lignes = await db.importFlux.findMany({ where: { id: { in: ids }, utilisateurId: { not: null } }, select: { id: true, utilisateurId: true } });
  const personnes = await db.utilisateur.findMany({ where: { id: { in: lignes.map((l) => l.utilisateurId!) } }, select: { id: true, prenom: true, nom: true } });
  const parId = new Map(personnes.map((p) => [p.id, `${p.prenom} ${p.nom}`]));
  return new Map(lignes.map((l) => [l.id, parId.get(l.utilisateurId!) ?? "—"]));
}

/** Un import du département de l'acteur (404 sinon), avec ses premiers rejets. */
export async function obtenirImport({ acteur, db }: Contexte, id: string) {
  exigerPermission(acteur, "imports:gerer");
  const imp = await db.importFlux.findFirst({ where: { id, departementId: acteur.departementId } });
  if (!imp) throw new ErreurIntrouvable("Import");
  const [rejets, auteurs] = await Promise.all([
    db.rejetImport.findMany({ where: { importId: id }, orderBy: { position: "asc" }, take: 100 }),
    auteursDe({ acteur, db }, [id]),
  ]);
  return {
    ...imp,
    taille: Number(imp.taille),
    auteur: auteurs.get(id) ?? "Ligne de commande",
    rejets: rejets.map((r) => ({ ...r, id: String(r.id), libelleCode: LIBELLES_REJET[r.code as CodeRejet] ?? r.code })),
  };
}

/** Avancement seul (interrogé par la page pendant l'import). */
export async function avancementImport({ acteur, db }: Contexte, id: string) {
  exigerPermission(acteur, "imports:gerer");
  const imp = await db.importFlux.findFirst({ where: { id, departementId: acteur.departementId }, select: { statut: true, avancement: true, etape: true } });
  if (!imp) throw new ErreurIntrouvable("Import");
  return imp;
}

/** Cellule CSV sûre : séparateur « ; », guillemets doublés, formules neutralisées (=, +, -, @). */
function cellule(v: string | number | null): string {
  let s = v === null ? "" : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[;"\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rejets d'un import en CSV (UTF-8 avec BOM, « ; ») ; l'export est journalisé. */
export async function exporterRejets({ acteur, db }: Contexte, id: string): Promise<{ nom: string; contenu: string }> {
  exigerPermission(acteur, "imports:gerer");
  const imp = await db.importFlux.findFirst({ where: { id, departementId: acteur.departementId }, select: { id: true, nomFichier: true } });
  if (!imp) throw new ErreurIntrouvable("Import");
  const rejets = await db.rejetImport.findMany({ where: { importId: id }, orderBy: { position: "asc" } });
  const lignes = [["Position dans le fichier", "Identifiant", "Champ", "Code", "Motif"].join(";")];
  for (const r of rejets) lignes.push([r.position, r.identifiant, r.champ, r.code, r.motif].map(cellule).join(";"));
  await journaliser(db, acteur, { operation: "EXPORT", entite: "ImportFlux", entiteId: id, details: { rejets: rejets.length } });
  return { nom: `rejets-${imp.nomFichier.replace(/\.[^.]+$/, "")}.csv`, contenu: "\uFEFF" + lignes.join("\r\n") + "\r\n" };
}

/** Communes du département qui ne sont rattachées à aucun pôle / commission (« territoire à affecter »), avec leurs foyers. */
export async function communesAAffecter({ acteur, db }: Contexte) {
  exigerPermission(acteur, "imports:gerer");
  return db.$queryRaw<{ id: string; code: string; nom: string; foyers: number }[]>`
    SELECT t.id, coalesce(t.code_insee, t.code) AS code, t.nom, count(f.id)::int AS foyers
    FROM territoire t LEFT JOIN foyer f ON f.territoire_id = t.id
    WHERE t.departement_id = ${acteur.departementId} AND t.parent_id IS NULL AND t.type IN ('COMMUNE', 'ARRONDISSEMENT')
    GROUP BY t.id ORDER BY count(f.id) DESC, t.nom`;
}
