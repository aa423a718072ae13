import "server-only";
import type { Contexte } from "@/lib/contexte";
import { perimetreTerritoires } from "@/lib/authz/perimetre";
import { exigerPermission } from "@/lib/authz/permissions";
import { FONDS, type Fonds } from "../domain/regles";

export interface LigneStatistiqueAide {
  fonds: Fonds;
  /** null : tout le département */
  territoireId: string | null;
  territoire: string;
  nombre: number;
  totalCentimes: number;
  moyenneCentimes: number | null;
  enveloppeCentimes: number | null;
  verseCentimes: number;
}

export interface ChiffrePublieAide {
  fonds: string;
  territoire: string;
  indicateur: string;
  libelle: string;
  valeur: number;
  unite: string;
  source: string;
}

/**
 * Aides accordées dans l'année (décision d'accord, versées ou non) par fonds et territoire, et pour tout
 * le département (GROUPING SETS) : nombre, total, moyenne ; enveloppe, engagé (= total) et versé. Les
 * chiffres publiés de la même année (D4 pour l'Orne) sont rendus à côté. Agrégats seulement.
 */
export async function statistiquesAides({ acteur, db }: Contexte, annee: number) {
  exigerPermission(acteur, "tableaux-de-bord:lire");
  const debut = new Date(Date.UTC(annee, 0, 1));
  const fin = new Date(Date.UTC(annee + 1, 0, 1));
  const [agregats, territoires, enveloppes, publies] = await Promise.all([
    db.$queryRaw<{ fonds: Fonds; territoire_id: string | null; nombre: number; total: bigint; verse: bigint }[]>`
      SELECT fonds::text AS fonds, CASE WHEN GROUPING(territoire_id) = 1 THEN NULL ELSE territoire_id END AS territoire_id,
             COUNT(*)::int AS nombre, SUM(montant_accorde_centimes)::bigint AS total, SUM(COALESCE(montant_verse_centimes, 0))::bigint AS verse
      FROM demande_aide
      WHERE departement_id = ${acteur.departementId} AND statut IN ('ACCORDEE', 'VERSEE') AND date_decision >= ${debut} AND date_decision < ${fin}
      GROUP BY GROUPING SETS ((fonds, territoire_id), (fonds))`,
    db.territoire.findMany({ where: { AND: [perimetreTerritoires(acteur), { type: { in: ["POLE_INSERTION", "COMMISSION_RSA"] } }] }, orderBy: { ordre: "asc" }, select: { id: true, nom: true } }),
    // enveloppes de tout le département : le total départemental est un agrégat, les lignes suivent le périmètre
    db.enveloppeAide.findMany({ where: { departementId: acteur.departementId, annee }, select: { territoireId: true, fonds: true, montantCentimes: true } }),
    db.chiffrePublie.findMany({ where: { departementId: acteur.departementId, theme: "AIDES", annee }, orderBy: { ordre: "asc" }, include: { territoire: { select: { nom: true } } } }),
  ]);
  const cle = (fonds: string, t: string | null) => `${fonds}|${t ?? ""}`;
  const parCle = new Map(agregats.map((a) => [cle(a.fonds, a.territoire_id), a]));
  const enveloppeDe = new Map(enveloppes.map((e) => [cle(e.fonds, e.territoireId), Number(e.montantCentimes)]));
  const fondsPresents = FONDS.filter((f) => enveloppes.some((e) => e.fonds === f) || agregats.some((a) => a.fonds === f) || publies.some((p) => p.dimension === f));
  const lignes: LigneStatistiqueAide[] = [];
  for (const fonds of fondsPresents) {
    const ligne = (territoireId: string | null, nom: string, enveloppe: number | null): LigneStatistiqueAide => {
      const a = parCle.get(cle(fonds, territoireId));
      const nombre = a?.nombre ?? 0;
      const total = Number(a?.total ?? 0n);
      return { fonds, territoireId, territoire: nom, nombre, totalCentimes: total, moyenneCentimes: nombre ? Math.round(total / nombre) : null, enveloppeCentimes: enveloppe, verseCentimes: Number(a?.verse ?? 0n) };
    };
    const lignesTerritoires = territoires.map((t) => ligne(t.id, t.nom, enveloppeDe.get(cle(fonds, t.id)) ?? null));
    const enveloppesDep = enveloppes.filter((e) => e.fonds === fonds).map((e) => Number(e.montantCentimes));
    lignes.push(...lignesTerritoires, ligne(null, "Tout le département", enveloppesDep.length ? enveloppesDep.reduce((s, m) => s + m, 0) : null));
  }
  return {
    annee,
    lignes,
    publies: publies.map((p): ChiffrePublieAide => ({ fonds: p.dimension, territoire: p.territoire?.nom ?? "Tout le département", indicateur: p.indicateur, libelle: p.libelle, valeur: p.valeur, unite: p.unite, source: p.source })),
  };
}
