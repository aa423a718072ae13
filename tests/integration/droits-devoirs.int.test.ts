import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { creerClient } from "@/lib/db-script";
import { ErreurIntrouvable, ErreurMetier } from "@/lib/errors";
import { detecterSituations } from "@/lib/droits-devoirs/taches/detecter-situations";
import { enregistrerResultat, planifierRendezVous } from "@/lib/droits-devoirs/commands/rendez-vous";
import { signalerManquement } from "@/lib/droits-devoirs/commands/signaler";
import { creerSession, inscrireSituation } from "@/lib/droits-devoirs/commands/sessions";
import { enregistrerObservations, informerPersonne, rendreAvis } from "@/lib/droits-devoirs/commands/instruire";
import { decider } from "@/lib/droits-devoirs/commands/decider";
import { enregistrerRemobilisation } from "@/lib/droits-devoirs/commands/remobiliser";
import { genererTransmission } from "@/lib/droits-devoirs/commands/transmettre";
import { envoyerMessages } from "@/lib/droits-devoirs/taches/envoyer-messages";
import { pageCommissions } from "@/lib/droits-devoirs/queries/page-commissions";
import { schemaFiltresSituations } from "@/lib/droits-devoirs/schemas";
import { perimetreSituations, perimetreSituationsExamenSql } from "@/lib/droits-devoirs/perimetre";
import { COMPTES_DEMO } from "@/prisma/donnees/comptes";
import { Prisma } from "@/lib/generated/prisma/client";
import { chargerDemo, contexteDe } from "./outils";

let db: PrismaClient;
const JOUR = 86_400_000;
const jour = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
const aujourdhui = jour(new Date());
const decale = (n: number) => new Date(aujourdhui.getTime() + n * JOUR);

beforeAll(async () => {
  db = creerClient();
  await chargerDemo(db);
}, 240_000); // le chargement de la démonstration dépasse la minute sur une machine chargée
afterAll(async () => db.$disconnect());

async function suiviDe(courriel: string, rang = 0) {
  const u = await db.utilisateur.findUniqueOrThrow({ where: { courriel } });
  const r = await db.periodeReferent.findMany({ where: { referentId: u.id, dateFin: null }, orderBy: { personneId: "asc" } });
  return r[rang]!.personneId;
}

describe("déclencheurs (tâche quotidienne)", () => {
  it("détecte l'absence de contrat après le délai du département, une seule fois", async () => {
    const cd13 = await db.departement.findUniqueOrThrow({ where: { code: "13" } });
    const personneId = await suiviDe("referent.pole1@cd13.demo", 10);
    await db.situationExamen.deleteMany({ where: { personneId } });
    await db.contratEngagement.deleteMany({ where: { personneId } });
    await db.periodeOrientation.deleteMany({ where: { personneId } });
    // orientée il y a 59 jours : pas encore (délai CD13 : 60 jours)
    await db.periodeOrientation.create({ data: { personneId, parcours: "SOCIAL", dateDebut: decale(-59) } });
    await detecterSituations(db, cd13.id);
    expect(await db.situationExamen.count({ where: { personneId, motif: "ABSENCE_CONTRAT" } })).toBe(0);
    // le lendemain du délai : détectée, rattachée au pôle I
    await db.periodeOrientation.updateMany({ where: { personneId }, data: { dateDebut: decale(-60) } });
    await detecterSituations(db, cd13.id);
    const s = await db.situationExamen.findFirstOrThrow({ where: { personneId, motif: "ABSENCE_CONTRAT" }, include: { territoire: true } });
    expect(s.territoire.code).toBe("POLE-I");
    expect(s.statut).toBe("A_EXAMINER");
    // la tâche repasse : pas de doublon
    await detecterSituations(db, cd13.id);
    expect(await db.situationExamen.count({ where: { personneId, motif: "ABSENCE_CONTRAT" } })).toBe(1);
  });

  it("le délai est propre au département : porté à 90 jours, la même orientation ne déclenche plus", async () => {
    const cd13 = await db.departement.findUniqueOrThrow({ where: { code: "13" } });
    const personneId = await suiviDe("referent.pole2@cd13.demo", 11);
    await db.situationExamen.deleteMany({ where: { personneId } });
    await db.contratEngagement.deleteMany({ where: { personneId } });
    await db.periodeOrientation.deleteMany({ where: { personneId } });
    await db.periodeOrientation.create({ data: { personneId, parcours: "SOCIAL", dateDebut: decale(-75) } });
    await db.parametresDroitsDevoirs.update({ where: { departementId: cd13.id }, data: { delaiContratApresOrientation: 90 } });
    try {
      await detecterSituations(db, cd13.id);
      expect(await db.situationExamen.count({ where: { personneId, motif: "ABSENCE_CONTRAT" } })).toBe(0);
    } finally {
      await db.parametresDroitsDevoirs.update({ where: { departementId: cd13.id }, data: { delaiContratApresOrientation: 60 } });
    }
  });

  it("détecte un contrat échu non renouvelé et les absences répétées non excusées", async () => {
    const cd13 = await db.departement.findUniqueOrThrow({ where: { code: "13" } });
    const referent = await db.utilisateur.findUniqueOrThrow({ where: { courriel: "referent.pole3@cd13.demo" } });
    const personneId = await suiviDe("referent.pole3@cd13.demo", 12);
    await db.situationExamen.deleteMany({ where: { personneId } });
    await db.contratEngagement.deleteMany({ where: { personneId } });
    await db.contratEngagement.create({ data: { personneId, referentId: referent.id, statut: "ECHU", dateDebut: decale(-400), dateFin: decale(-31), dateSignature: decale(-401) } });
    await db.rendezVous.createMany({
      data: [
        { personneId, agentId: referent.id, type: "SUIVI", modalite: "PRESENTIEL", lieu: "Pôle", debut: decale(-40), resultat: "NON_HONORE" },
        { personneId, agentId: referent.id, type: "SUIVI", modalite: "PRESENTIEL", lieu: "Pôle", debut: decale(-20), resultat: "EXCUSE" },
      ],
    });
    await detecterSituations(db, cd13.id);
    expect(await db.situationExamen.count({ where: { personneId, motif: "NON_RENOUVELLEMENT" } })).toBe(1);
    // une seule absence non excusée (l'autre est excusée) : sous le seuil de 2
    expect(await db.situationExamen.count({ where: { personneId, motif: "ABSENCES_REPETEES" } })).toBe(0);
    await db.rendezVous.create({ data: { personneId, agentId: referent.id, type: "SUIVI", modalite: "TELEPHONE", debut: decale(-5), resultat: "NON_HONORE" } });
    await detecterSituations(db, cd13.id);
    expect(await db.situationExamen.count({ where: { personneId, motif: "ABSENCES_REPETEES" } })).toBe(1);
  });
});

describe("du rendez-vous manqué à la décision", () => {
  it("convoque, constate l'absence, et trace courriers et messages dans le dossier", async () => {
    const ctx = await contexteDe(db, "referent.pole1@cd13.demo");
    const personneId = await suiviDe("referent.pole1@cd13.demo", 12);
    const demain = decale(1);
    const r = await planifierRendezVous(ctx, { personneId, type: "SUIVI", modalite: "PRESENTIEL", jour: demain, heure: "10:00", lieu: "Pôle I", courriel: "personne@exemple.invalid", telephone: "06 00 00 00 00" });
    expect(await db.courrierDroitsDevoirs.count({ where: { rendezVousId: r.id, type: "CONVOCATION" } })).toBe(1);
    const messages = await db.messageSortant.findMany({ where: { personneId } });
    expect(messages.map((m) => m.canal).sort()).toEqual(["COURRIEL", "SMS"]);
    expect(messages.every((m) => m.statut === "EN_BOITE")).toBe(true); // pas de SMTP_URL en test
    // le rendez-vous n'a pas eu lieu : seul « annulé » est possible
    await expect(enregistrerResultat(ctx, { id: r.id, resultat: "NON_HONORE", commentaire: null })).rejects.toThrow(/pas encore eu lieu/);
    await enregistrerResultat(ctx, { id: r.id, resultat: "NON_HONORE", commentaire: null }, new Date(demain.getTime() + 12 * 3600_000));
    expect(await db.courrierDroitsDevoirs.count({ where: { rendezVousId: r.id, type: "RAPPEL" } })).toBe(1);
    expect(await db.journalAudit.count({ where: { entite: "RendezVous", entiteId: r.id } })).toBe(2);
  });

  it("aucun avis ni décision avant la fin du délai d'observations ; après les observations, la décision suit le barème", async () => {
    const referent = await contexteDe(db, "referent.pole1@cd13.demo");
    const responsable = await contexteDe(db, "responsable.pole1@cd13.demo");
    const personneId = await suiviDe("referent.pole1@cd13.demo", 13);
    await db.situationExamen.deleteMany({ where: { personneId } });
    const { id: situationId } = await signalerManquement(referent, { personneId, motif: "NON_RESPECT_ENGAGEMENTS", detail: "Ne se présente plus aux ateliers prévus au contrat." });
    await expect(signalerManquement(referent, { personneId, motif: "NON_RESPECT_ENGAGEMENTS", detail: "bis" })).rejects.toThrow(/déjà ouverte/);
    const pole1 = await db.territoire.findFirstOrThrow({ where: { code: "POLE-I" } });
    const { id: sessionId } = await creerSession(responsable, { type: "EP_TERRITORIALE", territoireId: pole1.id, jour: decale(45), heure: "14:00", lieu: "Pôle I", membres: "Responsable\nConseiller d'orientation" });
    await inscrireSituation(responsable, { sessionId, situationId });
    await informerPersonne(responsable, { situationId });
    const s = await db.situationExamen.findUniqueOrThrow({ where: { id: situationId } });
    expect(s.dateLimiteObservations!.toISOString().slice(0, 10)).toBe(decale(30).toISOString().slice(0, 10));
    expect(await db.courrierDroitsDevoirs.count({ where: { situationId, type: "INFORMATION_EXAMEN" } })).toBe(1);

    // avant la date limite, sans observations : refusé
    await expect(rendreAvis(responsable, { situationId, avis: "SUSPENSION_REMOBILISATION", motifs: "x" })).rejects.toThrow(/observations jusqu'au/);
    await expect(rendreAvis(responsable, { situationId, avis: "SUSPENSION_REMOBILISATION", motifs: "x" }, decale(30))).rejects.toThrow(/observations jusqu'au/);
    // le lendemain de la date limite : possible (vérifié sans écrire, sur une copie de l'état)
    // observations reçues : l'avis est possible tout de suite
    await enregistrerObservations(responsable, { situationId, observations: "Problème de garde d'enfant.", jour: aujourdhui });
    await rendreAvis(responsable, { situationId, avis: "SUSPENSION_REMOBILISATION", motifs: "Manquement sans motif légitime." });

    // hors barème : message par champ ; premier manquement → 2 mois au plus
    const foyer = await db.personne.findUniqueOrThrow({ where: { id: personneId }, include: { foyer: { include: { _count: { select: { personnes: true } } } } } });
    const plafond = foyer.foyer._count.personnes > 1 ? 50 : 100;
    await expect(decider(responsable, { situationId, type: "SUSPENSION_REMOBILISATION", pourcentage: plafond + 1, dureeMois: 3, dateEffet: aujourdhui, motifs: "m" })).rejects.toSatisfy(
      (e: unknown) => e instanceof ErreurMetier && Boolean(e.erreursChamps?.pourcentage?.[0]) && /1 à 2 mois/.test(e.erreursChamps?.dureeMois?.[0] ?? ""),
    );
    await expect(decider(responsable, { situationId, type: "SUPPRESSION_TOTALE", pourcentage: null, dureeMois: null, dateEffet: aujourdhui, motifs: "m" })).rejects.toThrow(/barème/);
    const { id: decisionId } = await decider(responsable, { situationId, type: "SUSPENSION_REMOBILISATION", pourcentage: 50, dureeMois: 2, dateEffet: aujourdhui, motifs: "Manquement sans motif légitime." });
    const d = await db.decisionSanction.findUniqueOrThrow({ where: { id: decisionId } });
    expect(d.recidive).toBe(false);
    expect(d.montantSuspenduCentimes).toBe(d.montantMensuelCentimes); // 50 % × 2 mois
    expect(await db.courrierDroitsDevoirs.count({ where: { situationId, type: "DECISION" } })).toBe(1);

    // remobilisation après un mois entamé : 50 % d'un mois restitué
    const r = await enregistrerRemobilisation(referent, { decisionId, motif: "CONTRAT_SIGNE", jour: aujourdhui });
    expect(r.restitueCentimes).toBe(Math.round(d.montantMensuelCentimes / 2));
    await expect(enregistrerRemobilisation(referent, { decisionId, motif: "CONTRAT_SIGNE", jour: aujourdhui })).rejects.toThrow(/déjà/);

    // fichier CAF du jour : la décision y figure et est marquée transmise
    const cm = await contexteDe(db, "charge.mission@cd13.demo");
    await genererTransmission(cm, { jour: aujourdhui });
    const t = await db.decisionSanction.findUniqueOrThrow({ where: { id: decisionId }, include: { transmission: true } });
    expect(t.transmission!.contenu).toContain(`;${foyer.foyer.numeroAllocataire};${foyer.nom.toUpperCase()};`);
    expect(t.transmission!.contenu).toContain(";SUSPENSION;50;");
  });

  it("le délai purgé sans observations permet l'avis le lendemain de la date limite", async () => {
    const responsable = await contexteDe(db, "responsable.pole2@cd13.demo");
    const pole2 = await db.territoire.findFirstOrThrow({ where: { code: "POLE-II" } });
    const s = await db.situationExamen.findFirstOrThrow({ where: { territoireId: pole2.id, statut: "A_EXAMINER" } });
    const { id: sessionId } = await creerSession(responsable, { type: "EP_TERRITORIALE", territoireId: pole2.id, jour: decale(45), heure: "14:00", lieu: null, membres: "Responsable" });
    await inscrireSituation(responsable, { sessionId, situationId: s.id });
    await informerPersonne(responsable, { situationId: s.id });
    await expect(rendreAvis(responsable, { situationId: s.id, avis: "MAINTIEN", motifs: "m" }, decale(30))).rejects.toBeInstanceOf(ErreurMetier);
    await rendreAvis(responsable, { situationId: s.id, avis: "MAINTIEN", motifs: "m" }, decale(31));
    expect((await db.situationExamen.findUniqueOrThrow({ where: { id: s.id } })).statut).toBe("AVIS_RENDU");
  });
});

describe("liste des situations en SQL (/commissions)", () => {
  it("le périmètre SQL des situations retient les mêmes lignes que le périmètre Prisma, pour chaque compte de démonstration", async () => {
    for (const { courriel } of COMPTES_DEMO) {
      const { acteur } = await contexteDe(db, courriel);
      const sql = await db.$queryRaw<{ id: string }[]>`SELECT se.id FROM situation_examen se WHERE ${perimetreSituationsExamenSql(acteur)}`;
      const prisma = await db.situationExamen.findMany({ where: perimetreSituations(acteur), select: { id: true } });
      expect(sql.map((l) => l.id).sort(), courriel).toEqual(prisma.map((l) => l.id).sort());
    }
  });

  it("page, total et compteurs par motif : mêmes lignes, dans le même ordre, que la requête Prisma, pour chaque filtre", async () => {
    const comptes = ["charge.mission@cd13.demo", "responsable.pole1@cd13.demo", "referent.pole1@cd13.demo", "admin@orne.demo"];
    const filtres = [{}, { statut: "" }, { statut: "DECIDEE" }, { statut: "OUVERTES", motif: "ABSENCE_CONTRAT" }, { statut: "", page: "2" }, { statut: "", page: "9999" }];
    let vues = 0;
    for (const courriel of comptes) {
      const ctx = await contexteDe(db, courriel);
      for (const brut of filtres) {
        const f = schemaFiltresSituations.parse(brut);
        const where: Prisma.SituationExamenWhereInput = {
          AND: [
            perimetreSituations(ctx.acteur),
            f.motif ? { motif: f.motif } : {},
            f.statut === "OUVERTES" ? { statut: { notIn: ["DECIDEE", "CLASSEE"] } } : f.statut ? { statut: f.statut } : {},
          ],
        };
        const attendues = await db.situationExamen.findMany({ where, orderBy: [{ detecteeLe: "asc" }, { id: "asc" }], skip: (f.page - 1) * 25, take: 25, select: { id: true } });
        const page = await pageCommissions(ctx, f);
        expect(page.situations.lignes.map((l) => l.id), `${courriel} ${JSON.stringify(brut)}`).toEqual(attendues.map((l) => l.id));
        expect(page.situations.total).toBe(await db.situationExamen.count({ where }));
        vues += page.situations.lignes.length;
        const parMotif = await db.situationExamen.groupBy({ by: ["motif"], where: { AND: [perimetreSituations(ctx.acteur), { statut: { notIn: ["DECIDEE", "CLASSEE"] } }] }, _count: { _all: true } });
        expect(page.parMotif).toEqual(Object.fromEntries(parMotif.map((m) => [m.motif, m._count._all])));
      }
    }
    expect(vues).toBeGreaterThan(0);
  });
});

describe("périmètres", () => {
  it("le responsable du pôle I ne voit ni n'instruit les situations du pôle II ; le lecteur ne voit rien", async () => {
    const r1 = await contexteDe(db, "responsable.pole1@cd13.demo");
    const pole2 = await db.territoire.findFirstOrThrow({ where: { code: "POLE-II" } });
    const autre = await db.situationExamen.findFirstOrThrow({ where: { territoireId: pole2.id } });
    const page = await pageCommissions(r1, schemaFiltresSituations.parse({ statut: "" }));
    expect(page.situations.total).toBeGreaterThan(0);
    expect(page.situations.lignes.every((l) => l.territoire.nom.includes("I") && !l.territoire.nom.includes("II"))).toBe(true);
    // situations inscrites à chaque séance listée : comptées pour ces séances seulement, comme en base
    for (const seance of page.sessions) expect(seance._count.situations).toBe(await db.situationExamen.count({ where: { sessionId: seance.id } }));
    await expect(informerPersonne(r1, { situationId: autre.id })).rejects.toBeInstanceOf(ErreurIntrouvable);
    const lecteur = await contexteDe(db, "lecteur@cd13.demo");
    await expect(pageCommissions(lecteur, schemaFiltresSituations.parse({}))).rejects.toThrow();
    const orne = await contexteDe(db, "admin@orne.demo");
    await expect(informerPersonne(orne, { situationId: autre.id })).rejects.toBeInstanceOf(ErreurIntrouvable);
  });

  it("l'historique synthétique décide chaque suspension dans le barème", async () => {
    const horsBareme = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM decision_sanction d JOIN personne p ON p.id = d.personne_id
      WHERE d.type = 'SUSPENSION_REMOBILISATION' AND (d.pourcentage < 30 OR d.pourcentage > CASE WHEN (SELECT count(*) FROM personne q WHERE q.foyer_id = p.foyer_id) > 1 THEN 50 ELSE 100 END
        OR d.duree_mois < 1 OR d.duree_mois > CASE WHEN d.recidive THEN 4 ELSE 2 END)`;
    expect(Number(horsBareme[0]!.n)).toBe(0);
    expect(await db.decisionSanction.count({ where: { type: "SUPPRESSION_PARTIELLE", recidive: false } })).toBe(0);
  });
});

describe("rétablissement et boîte d'envoi", () => {
  it("un rétablissement met fin aux sanctions en cours de la personne", async () => {
    const responsable = await contexteDe(db, "responsable.pole4@cd13.demo");
    const pole4 = await db.territoire.findFirstOrThrow({ where: { code: "POLE-IV" } });
    const suspendue = await db.decisionSanction.findFirstOrThrow({ where: { type: "SUSPENSION_REMOBILISATION", situation: { territoireId: pole4.id } }, orderBy: { id: "asc" } });
    await db.decisionSanction.update({ where: { id: suspendue.id }, data: { dateFin: decale(40), remobiliseeLe: null, devenueDefinitiveLe: null } });
    const s = await db.situationExamen.create({ data: { departementId: suspendue.departementId, personneId: suspendue.personneId, territoireId: pole4.id, motif: "NON_RESPECT_ENGAGEMENTS", detecteeLe: aujourdhui, statut: "AVIS_RENDU", informeeLe: decale(-40), dateLimiteObservations: decale(-10), avis: "RETABLISSEMENT", avisMotifs: "Reprise du parcours." } });
    await decider(responsable, { situationId: s.id, type: "RETABLISSEMENT", pourcentage: null, dureeMois: null, dateEffet: aujourdhui, motifs: "Reprise du parcours." });
    expect((await db.decisionSanction.findUniqueOrThrow({ where: { id: suspendue.id } })).dateFin!.toISOString().slice(0, 10)).toBe(aujourdhui.toISOString().slice(0, 10));
  });

  it("sans SMTP les courriels restent dans la boîte d'envoi ; avec un transport, ils partent, et un échec est compté", async () => {
    const cd13 = await db.departement.findUniqueOrThrow({ where: { code: "13" } });
    await db.messageSortant.updateMany({ where: { statut: "EN_ATTENTE" }, data: { statut: "EN_BOITE" } });
    const a = await db.messageSortant.create({ data: { departementId: cd13.id, canal: "COURRIEL", destinataire: "a@exemple.invalid", objet: "o", corps: "c" } });
    const b = await db.messageSortant.create({ data: { departementId: cd13.id, canal: "COURRIEL", destinataire: "refus@exemple.invalid", objet: "o", corps: "c" } });
    const sms = await db.messageSortant.create({ data: { departementId: cd13.id, canal: "SMS", destinataire: "06", objet: "o", corps: "c" } });
    const envoyes: string[] = [];
    const r = await envoyerMessages(db, { envoyer: async (m) => { if (m.a.startsWith("refus")) throw new Error("550 refusé"); envoyes.push(m.a); } });
    expect(r).toMatchObject({ traites: 3, envoyes: 1, echecs: 1 });
    expect(envoyes).toEqual(["a@exemple.invalid"]);
    expect((await db.messageSortant.findUniqueOrThrow({ where: { id: a.id } })).statut).toBe("ENVOYE");
    expect(await db.messageSortant.findUniqueOrThrow({ where: { id: b.id } })).toMatchObject({ statut: "EN_ATTENTE", tentatives: 1, erreur: "550 refusé" });
    expect((await db.messageSortant.findUniqueOrThrow({ where: { id: sms.id } })).statut).toBe("EN_BOITE");
    await envoyerMessages(db, null);
    expect((await db.messageSortant.findUniqueOrThrow({ where: { id: b.id } })).statut).toBe("EN_BOITE");
  });

  it("le référent ne voit que les situations des personnes qu'il suit", async () => {
    const ctx = await contexteDe(db, "referent.pole1@cd13.demo");
    const page = await pageCommissions(ctx, schemaFiltresSituations.parse({ statut: "" }));
    const suivies = new Set((await db.periodeReferent.findMany({ where: { referentId: ctx.acteur.id, dateFin: null } })).map((r) => r.personneId));
    expect(page.situations.total).toBeGreaterThan(0);
    expect(page.situations.lignes.every((l) => suivies.has(l.personne.id))).toBe(true);
  });
});
