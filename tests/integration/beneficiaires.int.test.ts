import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { creerClient } from "@/tests/setup/base";
import { ErreurIntrouvable, ErreurMetier, ErreurPermission } from "@/lib/errors";
import { fileActive, schemaFiltresFileActive } from "@/lib/beneficiaires/queries/file-active";
import { dossierPersonne } from "@/lib/beneficiaires/queries/dossier-personne";
import { enregistrerContrat, MESSAGE_CONFLIT_CONTRAT } from "@/lib/contrats/commands/enregistrer-contrat";
import { signerContrat, validerContrat } from "@/lib/contrats/commands/cycle-contrat";
import { schemaContrat } from "@/lib/contrats/schemas";
import { prescrire } from "@/lib/prescriptions/commands/prescrire";
import { suivrePrescription } from "@/lib/prescriptions/commands/suivre-prescription";
import { prescriptionsOperateur, schemaFiltresPrescriptions } from "@/lib/prescriptions/queries/prescriptions-operateur";
import { chargerDemo, contexteDe } from "./outils";
import { orienter } from "@/lib/beneficiaires/commands/orienter";
import { actualiserEcheances } from "@/lib/contrats/echeances";
import { diagnostiquer } from "@/lib/beneficiaires/commands/diagnostiquer";

let db: PrismaClient;
const filtres = schemaFiltresFileActive.parse({});

beforeAll(async () => {
  db = creerClient();
  await chargerDemo(db);
}, 180_000);
afterAll(async () => db.$disconnect());

const suiviPar = async (courriel: string, f = filtres) => {
  const ctx = await contexteDe(db, courriel);
  return (await fileActive(ctx, f)).page;
};

describe("périmètre des dossiers individuels", () => {
  it("le référent ne voit que sa file active", async () => {
    const page = await suiviPar("referent.pole1@cd13.demo");
    const referent = await db.utilisateur.findUniqueOrThrow({ where: { courriel: "referent.pole1@cd13.demo" } });
    const attendus = await db.periodeReferent.count({ where: { referentId: referent.id } });
    expect(page.total).toBe(attendus);
    expect(page.total).toBeGreaterThan(0);
  });

  it("un référent ne lit pas le dossier d'une personne qu'il ne suit pas, même sur son pôle", async () => {
    const ctx1 = await contexteDe(db, "referent.pole1@cd13.demo");
    const autrePole = (await suiviPar("referent.pole2@cd13.demo")).lignes[0]!;
    await expect(dossierPersonne(ctx1, autrePole.id)).rejects.toBeInstanceOf(ErreurIntrouvable);
    const pole1 = await db.territoire.findFirstOrThrow({ where: { code: "POLE-I" } });
    const nonSuivie = await db.personne.findFirstOrThrow({ where: { foyer: { territoire: { chemin: { startsWith: pole1.chemin } } }, referents: { none: {} } } });
    await expect(dossierPersonne(ctx1, nonSuivie.id)).rejects.toBeInstanceOf(ErreurIntrouvable);
  });

  it("chaque lecture d'un dossier est inscrite au journal", async () => {
    const ctx = await contexteDe(db, "referent.pole1@cd13.demo");
    const personne = (await suiviPar("referent.pole1@cd13.demo")).lignes[0]!;
    await dossierPersonne(ctx, personne.id);
    expect(await db.journalAudit.count({ where: { operation: "LECTURE", entite: "Personne", entiteId: personne.id, utilisateurId: ctx.acteur.id } })).toBe(1);
  });

  it("le responsable du pôle III lit les dossiers de son territoire, pas ceux du pôle IV", async () => {
    const ctx = await contexteDe(db, "responsable.pole3@cd13.demo");
    const pole4 = await db.territoire.findFirstOrThrow({ where: { code: "POLE-IV" } });
    const pole3 = await db.territoire.findFirstOrThrow({ where: { code: "POLE-III" } });
    const de4 = await db.personne.findFirstOrThrow({ where: { foyer: { territoire: { chemin: { startsWith: pole4.chemin } } } } });
    const de3 = await db.personne.findFirstOrThrow({ where: { foyer: { territoire: { chemin: { startsWith: pole3.chemin } } } } });
    await expect(dossierPersonne(ctx, de4.id)).rejects.toBeInstanceOf(ErreurIntrouvable);
    expect((await dossierPersonne(ctx, de3.id)).personne.id).toBe(de3.id);
  });

  it("le lecteur et l'opérateur n'ouvrent aucun dossier individuel", async () => {
    const personne = (await suiviPar("referent.pole6@cd13.demo")).lignes[0]!;
    await expect(dossierPersonne(await contexteDe(db, "lecteur@cd13.demo"), personne.id)).rejects.toBeInstanceOf(ErreurPermission);
    await expect(dossierPersonne(await contexteDe(db, "operateur.ares@cd13.demo"), personne.id)).rejects.toBeInstanceOf(ErreurPermission);
    expect((await fileActive(await contexteDe(db, "lecteur@cd13.demo"), filtres)).page.total).toBe(0);
  });

  it("les périodes de référent ne se chevauchent pas (contrainte en base)", async () => {
    const periode = await db.periodeReferent.findFirstOrThrow();
    await expect(db.periodeReferent.create({ data: { personneId: periode.personneId, referentId: periode.referentId, dateDebut: new Date("2026-06-01") } })).rejects.toThrow();
  });
});

const aujourdhui = () => new Date(new Date().toISOString().slice(0, 10));
const jourIso = (d: Date) => d.toISOString().slice(0, 10);
const plan = (heures: number[], extra: Record<string, unknown> = {}) =>
  schemaContrat.parse({
    personneId: "remplace-par-le-test",
    dateDebut: jourIso(aujourdhui()),
    dateFin: jourIso(new Date(aujourdhui().getTime() + 300 * 86_400_000)),
    ...Object.fromEntries(
      heures.flatMap((h, i) => [
        [`objectifs[0].activites[${i}].libelle`, `Activité ${i}`],
        [`objectifs[0].activites[${i}].categorie`, "PROFESSIONNELLE"],
        [`objectifs[0].activites[${i}].mode`, "ACCOMPAGNEE"],
        [`objectifs[0].activites[${i}].heuresHebdo`, String(h)],
      ]),
    ),
    "objectifs[0].libelle": "Accéder à un emploi",
    "aides[0].typeAide": "AI_PERMIS",
    "aides[0].objet": "Permis B",
    "aides[0].montant": "400",
    ...extra,
  });

/** Personnes suivies par le référent sans contrat vivant (on peut leur en ouvrir un). */
const sansContrat = async (courriel: string) => {
  const referent = await db.utilisateur.findUniqueOrThrow({ where: { courriel } });
  return db.personne.findMany({
    where: { referents: { some: { referentId: referent.id } }, contrats: { none: { statut: { in: ["BROUILLON", "SIGNE", "VALIDE", "EN_COURS"] } } } },
    orderBy: { id: "asc" },
    include: { foyer: true },
  });
};

describe("contrat d'engagement", () => {
  it("refuse un plan de moins de 15 heures sans motif, sans rien écrire", async () => {
    const ctx = await contexteDe(db, "referent.pole6@cd13.demo");
    const personne = (await suiviPar("referent.pole6@cd13.demo")).lignes[0]!;
    const avant = await db.contratEngagement.count();
    const erreur = await enregistrerContrat(ctx, { ...plan([4, 6]), personneId: personne.id }).catch((e) => e);
    expect(erreur).toBeInstanceOf(ErreurMetier);
    expect(erreur.erreursChamps.motifMinoration[0]).toMatch(/moins de 15 h/);
    expect(await db.contratEngagement.count()).toBe(avant);
  });

  it("crée, signe puis fait valider par le territoire ; deux éditions simultanées : une seule passe", async () => {
    const ctx = await contexteDe(db, "referent.pole6@cd13.demo");
    const personne = (await sansContrat("referent.pole6@cd13.demo")).filter((p) => p.foyer.dateOuvertureDroits <= aujourdhui())[0]!;
    const { id } = await enregistrerContrat(ctx, { ...plan([8, 7]), personneId: personne.id });
    const resultats = await Promise.allSettled([
      enregistrerContrat(ctx, { ...plan([10, 5]), personneId: personne.id, id, version: 1 }),
      enregistrerContrat(ctx, { ...plan([9, 6]), personneId: personne.id, id, version: 1 }),
    ]);
    expect(resultats.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((resultats.find((r) => r.status === "rejected") as PromiseRejectedResult).reason.messageUtilisateur).toBe(MESSAGE_CONFLIT_CONTRAT);

    // signer change les agrégats « sous contrat » : une demande de recalcul des tableaux de bord part avec
    const attente = () => db.tacheExecution.count({ where: { nom: "indicateurs-rafraichir", statut: "EN_ATTENTE" } });
    await db.tacheExecution.deleteMany({ where: { nom: "indicateurs-rafraichir", statut: "EN_ATTENTE" } });
    await signerContrat(ctx, { id, version: 2, date: aujourdhui() });
    expect(await attente()).toBe(1);
    await expect(validerContrat(ctx, { id, version: 3 })).rejects.toBeInstanceOf(ErreurPermission);
    await expect(validerContrat(await contexteDe(db, "responsable.pole1@cd13.demo"), { id, version: 3 })).rejects.toBeInstanceOf(ErreurIntrouvable);
    await validerContrat(await contexteDe(db, "responsable.pole6@cd13.demo"), { id, version: 3 }, new Date(aujourdhui().getTime() + 86_400_000));
    const c = await db.contratEngagement.findUniqueOrThrow({ where: { id }, include: { aides: true } });
    expect(c.statut).toBe("EN_COURS");
    expect(Number(c.aides[0]!.montantCentimes)).toBe(40_000);
  });
});

describe("prescriptions", () => {
  it("refuse une prescription sur une action complète, enregistre l'entrée puis la sortie", async () => {
    const referent = await contexteDe(db, "referent.pole6@cd13.demo");
    const operateur = await contexteDe(db, "operateur.ares@cd13.demo");
    const ares = await db.actionInsertion.findFirstOrThrow({ where: { code: "2.2.5" } });
    // la liste d'attente de la démonstration (prescriptions acceptées) prend aussi des places : elle est
    // soldée ici pour que l'essai compte ses seules places (38 participants + ce qu'il accepte)
    await db.prescription.updateMany({ where: { actionId: ares.id, statut: "ACCEPTEE" }, data: { statut: "ABANDON", dateSortie: new Date(), motifAbandon: "Liste d'attente soldée pour l'essai" } });
    // deux personnes suivies sans prescription en cours sur l'action (les parcours synthétiques en prescrivent ;
    // une prescription terminée n'empêche pas d'en faire une nouvelle)
    const dejaPositionnees = new Set(
      (await db.prescription.findMany({ where: { actionId: ares.id, statut: { in: ["PROPOSEE", "ACCEPTEE", "ENTREE"] } }, select: { personneId: true } })).map((x) => x.personneId),
    );
    // (la première page, triée par urgence, est faite des parcours synthétiques les plus chargés : on lit 100 lignes)
    const [p1, p2] = (await suiviPar("referent.pole6@cd13.demo", schemaFiltresFileActive.parse({ taille: "100" }))).lignes.filter((l) => !dejaPositionnees.has(l.id)).slice(0, 2);
    expect(p2, "au moins deux personnes suivies non positionnées sur 2.2.5").toBeDefined();

    await db.actionInsertion.update({ where: { id: ares.id }, data: { participantsEnCours: 40 } });
    const complet = await prescrire(referent, { personneId: p1!.id, actionId: ares.id }).catch((e) => e);
    expect(complet.messageUtilisateur).toBe("Cette action est complète : plus de place disponible.");

    await db.actionInsertion.update({ where: { id: ares.id }, data: { participantsEnCours: 38 } });
    const { id } = await prescrire(referent, { personneId: p1!.id, actionId: ares.id });
    await expect(prescrire(referent, { personneId: p1!.id, actionId: ares.id })).rejects.toThrow(/déjà positionnée/);
    const heda = await contexteDe(db, "operateur.heda@cd13.demo");
    await expect(suivrePrescription(heda, { id, version: 1, evenement: "accepter", date: new Date(), motif: null, typeSortie: null })).rejects.toBeInstanceOf(ErreurIntrouvable);

    await suivrePrescription(operateur, { id, version: 1, evenement: "accepter", date: new Date(), motif: null, typeSortie: null });
    await suivrePrescription(operateur, { id, version: 2, evenement: "entrer", date: new Date(), motif: null, typeSortie: null });
    expect((await db.actionInsertion.findUniqueOrThrow({ where: { id: ares.id } })).participantsEnCours).toBe(39);
    await expect(suivrePrescription(operateur, { id, version: 3, evenement: "sortir", date: new Date(), motif: null, typeSortie: null })).rejects.toThrow(/type de sortie/);
    await suivrePrescription(operateur, { id, version: 3, evenement: "sortir", date: new Date(), motif: null, typeSortie: "EMPLOI_DURABLE" });
    expect((await db.actionInsertion.findUniqueOrThrow({ where: { id: ares.id } })).participantsEnCours).toBe(38);

    // une place restante (38 + 1 acceptée = 39 < 40) puis complet
    const autre = await prescrire(referent, { personneId: p2!.id, actionId: ares.id });
    expect(autre.id).toBeTruthy();
  });

  it("l'opérateur ne voit que ses prescriptions, sans données de santé ni de contrat", async () => {
    const page = await prescriptionsOperateur(await contexteDe(db, "operateur.ares@cd13.demo"), schemaFiltresPrescriptions.parse({}));
    expect(page.total).toBeGreaterThan(0);
    expect(page.lignes.every((l) => l.action.code === "2.2.5")).toBe(true);
    for (const l of page.lignes) expect(Object.keys(l.personne).every((k) => ["courriel", "dateNaissance", "nom", "prenom", "telephone"].includes(k))).toBe(true);
  });
});

describe("orientation et diagnostic", () => {
  it("réoriente en closant la période en cours la veille, sans chevauchement", async () => {
    const responsable = await contexteDe(db, "responsable.pole6@cd13.demo");
    const referent = await db.utilisateur.findUniqueOrThrow({ where: { courriel: "referent.pole6@cd13.demo" } });
    const personne = (await suiviPar("referent.pole6@cd13.demo")).lignes[5]!;
    const date = new Date(Date.UTC(2030, 0, 15));
    await orienter(responsable, { personneId: personne.id, parcours: "SOCIAL", organismeId: null, referentId: referent.id, date });
    const periodes = await db.periodeReferent.findMany({ where: { personneId: personne.id }, orderBy: { dateDebut: "asc" } });
    expect(periodes.at(-1)!.dateDebut.toISOString().slice(0, 10)).toBe("2030-01-15");
    expect(periodes.at(-2)!.dateFin!.toISOString().slice(0, 10)).toBe("2030-01-14");
    await expect(orienter(await contexteDe(db, "referent.pole6@cd13.demo"), { personneId: personne.id, parcours: "SOCIAL", organismeId: null, referentId: referent.id, date })).rejects.toBeInstanceOf(ErreurPermission);
    await expect(orienter(responsable, { personneId: personne.id, parcours: "SOCIAL", organismeId: null, referentId: referent.id, date })).rejects.toThrow(/Une période commence déjà/);
  });

  it("enregistre un diagnostic de freins avec leur niveau", async () => {
    const ctx = await contexteDe(db, "referent.pole6@cd13.demo");
    const personne = (await suiviPar("referent.pole6@cd13.demo")).lignes[6]!;
    await diagnostiquer(ctx, { personneId: personne.id, date: new Date("2026-11-22"), freins: [{ frein: "MOBILITE", niveau: "FORT" }, { frein: "SANTE", niveau: "SANS_IMPACT" }] });
    const d = await db.diagnostic.findFirstOrThrow({ where: { personneId: personne.id }, include: { freins: true } });
    expect(d.freins.map((f) => `${f.frein}:${f.niveau}`).sort()).toEqual(["MOBILITE:FORT", "SANTE:SANS_IMPACT"]);
    await expect(diagnostiquer(ctx, { personneId: personne.id, date: new Date(), freins: [] })).rejects.toThrow(/au moins un frein/);
  });
});

describe("échéances des contrats", () => {
  it("fait passer en cours les contrats validés commencés, et échus les contrats en cours terminés", async () => {
    const contrats = await db.contratEngagement.findMany({ where: { statut: "EN_COURS" }, take: 2 });
    await db.contratEngagement.update({ where: { id: contrats[0]!.id }, data: { dateDebut: new Date("2025-02-01"), dateFin: new Date("2026-01-31") } });
    await db.contratEngagement.update({ where: { id: contrats[1]!.id }, data: { statut: "VALIDE", dateDebut: new Date("2026-02-01"), dateFin: new Date("2027-01-31") } });
    const r = await actualiserEcheances(db, new Date("2026-02-01T10:00:00Z"));
    expect(r.enCours).toBeGreaterThanOrEqual(1);
    expect((await db.contratEngagement.findUniqueOrThrow({ where: { id: contrats[0]!.id } })).statut).toBe("ECHU");
    expect((await db.contratEngagement.findUniqueOrThrow({ where: { id: contrats[1]!.id } })).statut).toBe("EN_COURS");
  });
});
