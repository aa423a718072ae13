import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Contexte } from "@/lib/contexte";
import { AUCUNE_PARTICIPATION, apparierObjectifs, calculAction, estObjectif, type LigneResultat, type ParticipationsAnnee } from "../domain/resultats-objectifs";


export interface LigneResultatCalculee extends LigneResultat {
  /** ce que l'application calcule pour le même indicateur, quand elle le sait */
  calcule: number | null;
}

export interface BlocResultats {
  cle: string;
  /** « Fiche 3-4 … », « PLICS-A2 … », « Synthèse » */
  titre: string;
  lignes: LigneResultatCalculee[];
}

type Cible = { actionId: string } | { conventionId: string } | { programmeId: string };

/** Indicateurs publiés qui sont une capacité (places, postes) ou un effectif de participants. */
const CAPACITES = new Set(["PLACES_FJT", "POSTES"]);
const PARTICIPANTS = new Set(["BRSA_SUIVIS", "BRSA_ACCOMPAGNES", "JEUNES_ACCOMPAGNES"]);
const ORIENTES = new Set(["PERSONNES_ORIENTEES", "BRSA_ORIENTES"]);

const anneeDe = (d: Date | null) => (d ? d.getUTCFullYear() : null);
const actif = (x: { dateDebut: Date | null; dateFin: Date | null }, annee: number) => (anneeDe(x.dateDebut) ?? annee) <= annee && annee <= (anneeDe(x.dateFin) ?? annee);

/**
 * Résultats et objectifs publiés (D1 : bilan des fiches du plan pauvreté ; D4 : évaluation des actions du
 * PLICS) qui concernent une action du catalogue (la sienne et celle de sa fiche ou de ses conventions), une
 * convention (sa fiche, ses actions) ou un programme (toutes ses fiches), avec ce que l'application calcule
 * en face : capacité des actions de la fiche, volume de ses conventions, participations de l'année.
 */
export async function resultatsPublies({ acteur, db }: Contexte, cible: Cible): Promise<BlocResultats[]> {
  const departementId = acteur.departementId;
  let actionIds: string[] = [];
  let ficheIds: string[] = [];
  let synthese = false;
  if ("actionId" in cible) {
    const a = await db.actionInsertion.findFirst({ where: { id: cible.actionId, departementId }, select: { id: true, ficheId: true, conventions: { select: { convention: { select: { ficheId: true } } } } } });
    if (!a) return [];
    actionIds = [a.id];
    ficheIds = [a.ficheId, ...a.conventions.map((c) => c.convention.ficheId)].filter((x): x is string => !!x);
  } else if ("conventionId" in cible) {
    const c = await db.convention.findFirst({ where: { id: cible.conventionId, departementId }, select: { ficheId: true, actions: { select: { actionId: true, action: { select: { ficheId: true } } } } } });
    if (!c) return [];
    actionIds = c.actions.map((x) => x.actionId);
    ficheIds = [c.ficheId, ...c.actions.map((x) => x.action.ficheId)].filter((x): x is string => !!x);
  } else {
    const fiches = await db.ficheAction.findMany({ where: { programmeId: cible.programmeId, programme: { departementId } }, select: { id: true } });
    ficheIds = fiches.map((f) => f.id);
    synthese = ficheIds.length > 0;
  }
  ficheIds = [...new Set(ficheIds)];
  if (!actionIds.length && !ficheIds.length) return [];
  const chiffres = await db.chiffrePublie.findMany({
    where: {
      departementId,
      OR: [
        ...(actionIds.length ? [{ actionId: { in: actionIds } }] : []),
        ...(ficheIds.length ? [{ ficheId: { in: ficheIds } }] : []),
        // la synthèse du bilan (sans fiche) accompagne les fiches du programme qui en ont
        ...(synthese ? [{ theme: "FICHE_CALPAE", ficheId: null }] : []),
      ],
    },
    orderBy: { ordre: "asc" },
    include: { fiche: { select: { id: true, code: true, intitule: true } }, action: { select: { id: true, code: true, intitule: true, capacite: true } } },
  });
  if (!chiffres.length) return [];
  if (synthese && !chiffres.some((c) => c.ficheId)) return [];

  // de quoi calculer : actions et conventions des fiches, participations par action et par année
  const fichesVues = [...new Set(chiffres.filter((c) => c.ficheId).map((c) => c.ficheId!))];
  const [actionsFiches, conventionsFiches] = fichesVues.length
    ? await Promise.all([
        db.actionInsertion.findMany({ where: { ficheId: { in: fichesVues } }, select: { id: true, ficheId: true, capacite: true, dateDebut: true, dateFin: true } }),
        db.convention.findMany({ where: { ficheId: { in: fichesVues }, departementId }, select: { ficheId: true, volume: true, dateDebut: true, dateFin: true } }),
      ])
    : [[], []];
  const toutesActions = [...new Set([...actionIds, ...chiffres.filter((c) => c.actionId).map((c) => c.actionId!), ...actionsFiches.map((a) => a.id)])];
  const participations = toutesActions.length
    ? await db.$queryRaw<({ action_id: string; annee: number } & ParticipationsAnnee)[]>`
        WITH p AS (SELECT * FROM prescription WHERE action_id IN (${Prisma.join(toutesActions)})),
        annees AS (SELECT DISTINCT action_id, extract(year FROM d)::int AS annee FROM p CROSS JOIN LATERAL (VALUES (p.date_entree), (p.date_proposition), (p.date_sortie)) v(d) WHERE d IS NOT NULL)
        SELECT a.action_id, a.annee,
               count(*) FILTER (WHERE extract(year FROM p.date_entree) = a.annee)::int AS entrees,
               count(*) FILTER (WHERE extract(year FROM p.date_proposition) = a.annee)::int AS proposees,
               count(*) FILTER (WHERE p.statut IN ('SORTIE', 'ABANDON') AND extract(year FROM p.date_sortie) = a.annee)::int AS sorties,
               count(*) FILTER (WHERE p.statut = 'ABANDON' AND extract(year FROM p.date_sortie) = a.annee)::int AS abandons,
               count(*) FILTER (WHERE p.statut = 'SORTIE' AND p.type_sortie = 'EMPLOI_DURABLE' AND extract(year FROM p.date_sortie) = a.annee)::int AS durable,
               count(*) FILTER (WHERE p.statut = 'SORTIE' AND p.type_sortie = 'EMPLOI_TRANSITION' AND extract(year FROM p.date_sortie) = a.annee)::int AS transition,
               count(*) FILTER (WHERE p.statut = 'SORTIE' AND p.type_sortie = 'SORTIE_POSITIVE' AND extract(year FROM p.date_sortie) = a.annee)::int AS positive
        FROM annees a JOIN p ON p.action_id = a.action_id GROUP BY a.action_id, a.annee`
    : [];
  const trouver = (actionId: string, annee: number) => participations.find((p) => p.action_id === actionId && p.annee === annee);
  const part = (actionId: string, annee: number): ParticipationsAnnee => trouver(actionId, annee) ?? AUCUNE_PARTICIPATION;
  /** évaluation d'une action : sans aucune participation enregistrée cette année-là, seule la capacité se calcule */
  const calculDeLAction = (action: { id: string; capacite: number | null }, l: LigneResultat, annee: number) => {
    const p = trouver(action.id, annee);
    if (!p && !["CONVENTIONNES", "ETP_CONVENTIONNES"].includes(l.indicateur)) return null;
    return calculAction(l.indicateur, l.dimension, p ?? AUCUNE_PARTICIPATION, action.capacite);
  };
  const somme = (ids: string[], annee: number): ParticipationsAnnee =>
    ids.map((id) => part(id, annee)).reduce((s, p) => ({ entrees: s.entrees + p.entrees, proposees: s.proposees + p.proposees, sorties: s.sorties + p.sorties, abandons: s.abandons + p.abandons, durable: s.durable + p.durable, transition: s.transition + p.transition, positive: s.positive + p.positive }), AUCUNE_PARTICIPATION);
  const siNonNul = (n: number) => (n > 0 ? n : null);

  const calculFiche = (ficheId: string, l: LigneResultat): number | null => {
    if (l.dimension) return null;
    const acts = actionsFiches.filter((a) => a.ficheId === ficheId && actif(a, l.annee));
    const convs = conventionsFiches.filter((c) => c.ficheId === ficheId && actif(c, l.annee));
    const capacite = acts.some((a) => a.capacite !== null) ? acts.reduce((s, a) => s + (a.capacite ?? 0), 0) : convs.some((c) => c.volume !== null) ? convs.reduce((s, c) => s + (c.volume ?? 0), 0) : null;
    const p = somme(acts.map((a) => a.id), l.annee);
    if (l.indicateur === "CHANTIERS") return acts.length || null;
    if (CAPACITES.has(l.indicateur)) return l.resultat === null ? null : capacite;
    // un objectif seul (sans résultat publié) se lit en face de la capacité conventionnée
    if (PARTICIPANTS.has(l.indicateur)) return l.resultat === null ? capacite : siNonNul(p.entrees);
    if (ORIENTES.has(l.indicateur)) return siNonNul(p.proposees);
    if (l.indicateur === "BRSA_SORTIS") return siNonNul(p.sorties);
    return null;
  };

  const blocs = new Map<string, { titre: string; ficheId: string | null; action: { id: string; capacite: number | null } | null; chiffres: typeof chiffres }>();
  for (const c of chiffres) {
    const cle = c.ficheId ? `fiche:${c.ficheId}` : c.actionId ? `action:${c.actionId}` : "synthese";
    const b = blocs.get(cle) ?? {
      titre: c.fiche ? `Fiche ${c.fiche.code} ${c.fiche.intitule}` : c.action ? `${c.action.code} ${c.action.intitule}` : "Synthèse du bilan",
      ficheId: c.ficheId,
      action: c.action ? { id: c.action.id, capacite: c.action.capacite } : null,
      chiffres: [],
    };
    b.chiffres.push(c);
    blocs.set(cle, b);
  }
  return [...blocs.entries()].map(([cle, b]) => {
    // l'année des résultats de l'action : un objectif d'une année ultérieure se lit en face d'eux
    const anneeResultats = Math.max(...b.chiffres.filter((c) => !estObjectif(c.indicateur)).map((c) => c.annee), 0) || null;
    const lignes = apparierObjectifs(b.chiffres).map((l) => ({
      ...l,
      calcule: b.ficheId
        ? calculFiche(b.ficheId, l)
        : b.action
          ? calculDeLAction(b.action, l, l.resultat === null && anneeResultats ? anneeResultats : l.annee)
          : null,
    }));
    return { cle, titre: b.titre, lignes };
  });
}
