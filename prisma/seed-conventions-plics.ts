// Conventions, lignes budgétaires, engagements, paiements et bilans 2019 des actions du PLICS d'Argentan
// (prisma/donnees/conventions-plics.ts : volumes, objectifs et résultats de D4 ; montants de démonstration).
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { CONVENTIONS_PLICS } from "./donnees/conventions-plics";

const euros = (n: number) => BigInt(Math.round(n * 100));
const jour = (iso: string) => new Date(`${iso}T00:00:00Z`);

export async function chargerConventionsPlics(db: PrismaClient, departementId: string) {
  const programme = await db.programme.findFirstOrThrow({ where: { departementId, code: "PLICS-2020-ARGENTAN" }, include: { axes: true } });
  const actions = new Map((await db.actionInsertion.findMany({ where: { departementId, programmeId: programme.id }, select: { id: true, code: true, intitule: true, axeId: true } })).map((a) => [a.code, a]));
  const structures = new Map((await db.structure.findMany({ where: { departementId }, select: { id: true, nom: true } })).map((s) => [s.nom, s.id]));
  const ids = new Map<string, string>();
  const engagementsAFaire: { action: string; exercice: number; montant: number; conventionId: string; objet: string; statut2019: boolean }[] = [];
  for (const c of CONVENTIONS_PLICS) {
    const action = actions.get(c.action);
    const structureId = structures.get(c.structure);
    if (!action) throw new Error(`Action inconnue : ${c.action}`);
    if (!structureId) throw new Error(`Structure inconnue : ${c.structure}`);
    const fin2019 = c.fin <= "2019-12-31";
    const observations = [
      `${c.regle.charAt(0).toUpperCase()}${c.regle.slice(1)} : le PLICS (D4) ne publie pas les montants conventionnés.`,
      c.ligneVolume ? `Volume conventionné : D4 L${c.ligneVolume}.` : null,
    ].filter(Boolean).join(" ");
    const indicateurs = c.indicateurs.map((i, ordre) => ({ nom: i.nom, unite: i.unite, cible: i.cible, ordre }));
    const convention = await db.convention.create({
      data: {
        departementId,
        structureId,
        type: c.type,
        objet: c.objet,
        nature: c.nature,
        statut: fin2019 ? "SOLDEE" : "EN_EXECUTION",
        dateDebut: jour(c.debut),
        dateFin: jour(c.fin),
        dateSignature: jour(`${c.debut.slice(0, 4)}-01-15`),
        montantInitialCentimes: euros(c.montant),
        volume: c.volume,
        uniteVolume: c.unite,
        programmeId: programme.id,
        conventionPrecedenteId: c.precedente ? ids.get(c.precedente)! : null,
        observations,
        actions: { create: [{ actionId: action.id }] },
        indicateurs: { create: indicateurs },
        financements: { create: Object.entries(c.exercices).map(([exercice, montant]) => ({ financeur: "DEPARTEMENT" as const, exercice: Number(exercice), montantCentimes: euros(montant) })) },
      },
      include: { indicateurs: true },
    });
    ids.set(c.cle, convention.id);
    if (c.bilan) {
      const b = c.bilan;
      await db.bilan.create({
        data: {
          conventionId: convention.id,
          type: b.type,
          periodeDebut: jour(b.debut),
          periodeFin: jour(b.fin),
          participants: b.participants,
          pctFemmes: b.pctFemmes,
          appreciation: b.appreciation,
          statut: "VALIDE",
          sorties: { create: b.sorties.map((s) => ({ typeSortie: s.type, nombre: s.nombre, detail: s.detail })) },
          valeurs: {
            create: c.indicateurs.flatMap((i, ordre) => (i.valeur === undefined ? [] : [{ indicateurId: convention.indicateurs.find((x) => x.ordre === ordre)!.id, valeur: i.valeur, justificationEcart: i.ligne ? `D4 L${i.ligne}` : null }])),
          },
        },
      });
    }
    for (const [exercice, montant] of Object.entries(c.exercices)) engagementsAFaire.push({ action: c.action, exercice: Number(exercice), montant, conventionId: convention.id, objet: c.objet, statut2019: fin2019 });
  }

  // une ligne de crédits par action et par exercice, sous l'axe de l'action ; un engagement par convention
  const lignes = new Map<string, { action: string; exercice: number; engagements: typeof engagementsAFaire }>();
  for (const e of engagementsAFaire) {
    const cle = `${e.exercice}|${e.action}`;
    const l = lignes.get(cle) ?? { action: e.action, exercice: e.exercice, engagements: [] };
    l.engagements.push(e);
    lignes.set(cle, l);
  }
  const axes = new Map(programme.axes.map((a) => [a.id, a.ordre]));
  const triees = [...lignes.values()].sort((a, b) => a.exercice - b.exercice || (axes.get(actions.get(a.action)!.axeId ?? "") ?? 0) - (axes.get(actions.get(b.action)!.axeId ?? "") ?? 0) || a.action.localeCompare(b.action));
  let ordre = 0;
  let paiements = 0;
  for (const l of triees) {
    const action = actions.get(l.action)!;
    const prevu = l.engagements.reduce((s, e) => s + e.montant, 0);
    const ligne = await db.ligneBudgetaire.create({
      data: {
        departementId,
        programmeId: programme.id,
        exercice: l.exercice,
        axeId: action.axeId,
        libelle: `${action.code} ${action.intitule}`,
        prevuCentimes: euros(prevu),
        observations: "Montants de démonstration : le PLICS (D4) ne publie pas les crédits des actions.",
        ordre: ordre++,
        parts: { create: [{ financeur: "DEPARTEMENT", montantCentimes: euros(prevu) }] },
      },
    });
    for (const e of l.engagements) {
      const engagement = await db.engagement.create({
        data: { ligneId: ligne.id, conventionId: e.conventionId, libelle: `${e.objet} (${e.exercice})`, montantCentimes: euros(e.montant), dateEngagement: jour(`${e.exercice}-01-15`) },
      });
      // versement de l'exercice mandaté en fin d'année ; l'exercice 2021 des marchés reste prévu
      const mandate = e.exercice <= 2020;
      await db.paiement.create({
        data: {
          conventionId: e.conventionId,
          engagementId: engagement.id,
          type: e.statut2019 ? "SOLDE" : "AUTRE",
          libelle: `Versement ${e.exercice}`,
          montantCentimes: euros(e.montant),
          statut: mandate ? "MANDATE" : "PREVU",
          datePrevue: jour(`${e.exercice}-12-15`),
          dateMandatement: mandate ? jour(`${e.exercice}-12-15`) : null,
        },
      });
      paiements++;
    }
  }
  return { conventions: CONVENTIONS_PLICS.length, bilans: CONVENTIONS_PLICS.filter((c) => c.bilan).length, lignes: lignes.size, paiements };
}
