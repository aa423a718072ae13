// Conventions, lignes budgétaires, engagements, paiements et bilans 2019 des actions du PLICS d'Argentan
// (prisma/donnees/conventions-plics.ts : volumes, objectifs et résultats de D4 ; montants de démonstration).
// Identifiants fixes (« plics-… ») et insertions par lots : une douzaine de requêtes en tout.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { CONVENTIONS_PLICS } from "./donnees/conventions-plics";

const euros = (n: number) => BigInt(Math.round(n * 100));
const jour = (iso: string) => new Date(`${iso}T00:00:00Z`);

export async function chargerConventionsPlics(db: PrismaClient, departementId: string) {
  const programme = await db.programme.findFirstOrThrow({ where: { departementId, code: "PLICS-2020-ARGENTAN" }, include: { axes: true } });
  const actions = new Map((await db.actionInsertion.findMany({ where: { departementId, programmeId: programme.id }, select: { id: true, code: true, intitule: true, axeId: true } })).map((a) => [a.code, a]));
  const structures = new Map((await db.structure.findMany({ where: { departementId }, select: { id: true, nom: true } })).map((s) => [s.nom, s.id]));
  const id = (cle: string) => `plics-${cle.toLowerCase()}`;
  for (const c of CONVENTIONS_PLICS) {
    if (!actions.has(c.action)) throw new Error(`Action inconnue : ${c.action}`);
    if (!structures.has(c.structure)) throw new Error(`Structure inconnue : ${c.structure}`);
  }
  const finie2019 = (fin: string) => fin <= "2019-12-31";
  await db.convention.createMany({
    data: CONVENTIONS_PLICS.map((c) => ({
      id: id(c.cle),
      departementId,
      structureId: structures.get(c.structure)!,
      type: c.type,
      objet: c.objet,
      nature: c.nature,
      statut: finie2019(c.fin) ? ("SOLDEE" as const) : ("EN_EXECUTION" as const),
      dateDebut: jour(c.debut),
      dateFin: jour(c.fin),
      dateSignature: jour(`${c.debut.slice(0, 4)}-01-15`),
      montantInitialCentimes: euros(c.montant),
      volume: c.volume,
      uniteVolume: c.unite,
      programmeId: programme.id,
      conventionPrecedenteId: c.precedente ? id(c.precedente) : null,
      observations: [`${c.regle.charAt(0).toUpperCase()}${c.regle.slice(1)} : le PLICS (D4) ne publie pas les montants conventionnés.`, c.ligneVolume ? `Volume conventionné : D4 L${c.ligneVolume}.` : null].filter(Boolean).join(" "),
    })),
  });
  await db.conventionAction.createMany({ data: CONVENTIONS_PLICS.map((c) => ({ conventionId: id(c.cle), actionId: actions.get(c.action)!.id })) });
  await db.indicateur.createMany({ data: CONVENTIONS_PLICS.flatMap((c) => c.indicateurs.map((i, ordre) => ({ id: `${id(c.cle)}-i${ordre}`, conventionId: id(c.cle), nom: i.nom, unite: i.unite, cible: i.cible, ordre }))) });
  await db.ligneFinancement.createMany({ data: CONVENTIONS_PLICS.flatMap((c) => Object.entries(c.exercices).map(([exercice, montant]) => ({ conventionId: id(c.cle), financeur: "DEPARTEMENT" as const, exercice: Number(exercice), montantCentimes: euros(montant) }))) });
  const avecBilan = CONVENTIONS_PLICS.filter((c) => c.bilan);
  await db.bilan.createMany({
    data: avecBilan.map((c) => ({ id: `${id(c.cle)}-bilan`, conventionId: id(c.cle), type: c.bilan!.type, periodeDebut: jour(c.bilan!.debut), periodeFin: jour(c.bilan!.fin), participants: c.bilan!.participants, pctFemmes: c.bilan!.pctFemmes, appreciation: c.bilan!.appreciation, statut: "VALIDE" as const })),
  });
  await db.bilanSortie.createMany({ data: avecBilan.flatMap((c) => c.bilan!.sorties.map((s) => ({ bilanId: `${id(c.cle)}-bilan`, typeSortie: s.type, nombre: s.nombre, detail: s.detail }))) });
  await db.bilanIndicateur.createMany({
    data: avecBilan.flatMap((c) => c.indicateurs.flatMap((i, ordre) => (i.valeur === undefined ? [] : [{ bilanId: `${id(c.cle)}-bilan`, indicateurId: `${id(c.cle)}-i${ordre}`, valeur: i.valeur, justificationEcart: i.ligne ? `D4 L${i.ligne}` : null }]))),
  });

  // une ligne de crédits par action et par exercice, sous l'axe de l'action ; un engagement et un
  // versement par convention et par exercice (l'exercice 2021 des marchés reste prévu)
  const ordreAxe = new Map(programme.axes.map((a) => [a.id, a.ordre]));
  const engagements = CONVENTIONS_PLICS.flatMap((c) => Object.entries(c.exercices).map(([exercice, montant]) => ({ c, exercice: Number(exercice), montant })));
  const lignes = [...new Map(engagements.map((e) => [`${e.exercice}|${e.c.action}`, { exercice: e.exercice, action: actions.get(e.c.action)! }])).values()].sort(
    (a, b) => a.exercice - b.exercice || (ordreAxe.get(a.action.axeId ?? "") ?? 0) - (ordreAxe.get(b.action.axeId ?? "") ?? 0) || a.action.code.localeCompare(b.action.code),
  );
  const idLigne = (exercice: number, code: string) => `plics-ligne-${exercice}-${code.toLowerCase()}`;
  const prevu = (exercice: number, code: string) => engagements.filter((e) => e.exercice === exercice && e.c.action === code).reduce((s, e) => s + e.montant, 0);
  await db.ligneBudgetaire.createMany({
    data: lignes.map((l, ordre) => ({
      id: idLigne(l.exercice, l.action.code),
      departementId,
      programmeId: programme.id,
      exercice: l.exercice,
      axeId: l.action.axeId,
      libelle: `${l.action.code} ${l.action.intitule}`,
      prevuCentimes: euros(prevu(l.exercice, l.action.code)),
      observations: "Montants de démonstration : le PLICS (D4) ne publie pas les crédits des actions.",
      ordre,
    })),
  });
  await db.partFinanceur.createMany({ data: lignes.map((l) => ({ ligneId: idLigne(l.exercice, l.action.code), financeur: "DEPARTEMENT" as const, montantCentimes: euros(prevu(l.exercice, l.action.code)) })) });
  const idEngagement = (e: (typeof engagements)[number]) => `${id(e.c.cle)}-e${e.exercice}`;
  await db.engagement.createMany({
    data: engagements.map((e) => ({ id: idEngagement(e), ligneId: idLigne(e.exercice, e.c.action), conventionId: id(e.c.cle), libelle: `${e.c.objet} (${e.exercice})`, montantCentimes: euros(e.montant), dateEngagement: jour(`${e.exercice}-01-15`) })),
  });
  await db.paiement.createMany({
    data: engagements.map((e) => ({
      conventionId: id(e.c.cle),
      engagementId: idEngagement(e),
      type: finie2019(e.c.fin) ? ("SOLDE" as const) : ("AUTRE" as const),
      libelle: `Versement ${e.exercice}`,
      montantCentimes: euros(e.montant),
      statut: e.exercice <= 2020 ? ("MANDATE" as const) : ("PREVU" as const),
      datePrevue: jour(`${e.exercice}-12-15`),
      dateMandatement: e.exercice <= 2020 ? jour(`${e.exercice}-12-15`) : null,
    })),
  });
  return { conventions: CONVENTIONS_PLICS.length, bilans: avecBilan.length, lignes: lignes.length, paiements: engagements.length };
}
