import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { creerClient } from "@/lib/db-script";
import { ErreurIntrouvable, ErreurMetier, ErreurPermission } from "@/lib/errors";
import { demanderAide } from "@/lib/aides/commands/demander-aide";
import { faireAvancerAide } from "@/lib/aides/commands/faire-avancer-aide";
import { obtenirAide } from "@/lib/aides/queries/obtenir-aide";
import { listerAides } from "@/lib/aides/queries/lister-aides";
import { statistiquesAides } from "@/lib/aides/queries/statistiques-aides";
import { chargerDemo, contexteDe } from "./outils";

let db: PrismaClient;
const AUJOURDHUI = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate()));

// le chargement de la démonstration approche la minute sur une machine chargée : marge explicite
beforeAll(async () => {
  db = creerClient();
  await chargerDemo(db);
}, 180_000);
afterAll(async () => db.$disconnect());

/** Une personne de la file active du référent d'Argentan, avec ou sans contrat vivant. */
async function personneSuivie(avecContrat: boolean) {
  const ref = await db.utilisateur.findUniqueOrThrow({ where: { courriel: "referent.argentan@orne.demo" } });
  return db.personne.findFirstOrThrow({
    where: { referents: { some: { referentId: ref.id } }, contrats: avecContrat ? { some: { statut: "EN_COURS" } } : { none: {} } },
    orderBy: { id: "asc" },
  });
}

const demande = (personneId: string, montantCentimes = 30_000) => ({
  personneId,
  fonds: "FSI" as const,
  typeAide: "FSI",
  objet: "Frais de formation CACES",
  montantCentimes,
  dateDemande: AUJOURDHUI,
  derogationFormation: false,
});

describe("aide financière : de la demande au versement", () => {
  it("le référent demande, le chargé de mission instruit, accorde et verse ; chaque étape est journalisée", async () => {
    const referent = await contexteDe(db, "referent.argentan@orne.demo");
    const charge = await contexteDe(db, "charge.mission@orne.demo");
    const p = await personneSuivie(true);
    const { id } = await demanderAide(referent, demande(p.id));
    const a0 = await db.demandeAide.findUniqueOrThrow({ where: { id } });
    expect(a0.contratId).not.toBeNull(); // le contrat vivant est rattaché d'office
    const territoire = await db.territoire.findUniqueOrThrow({ where: { id: a0.territoireId } });
    expect(territoire.code).toBe("CRSA-ARGENTAN");

    await faireAvancerAide(charge, { id, version: 1, evenement: "instruire", date: AUJOURDHUI, montantCentimes: null, motif: "Devis joint" });
    await faireAvancerAide(charge, { id, version: 2, evenement: "accorder", date: AUJOURDHUI, montantCentimes: 25_000, motif: null });
    await faireAvancerAide(charge, { id, version: 3, evenement: "verser", date: AUJOURDHUI, montantCentimes: null, motif: null });
    const a = await db.demandeAide.findUniqueOrThrow({ where: { id } });
    expect([a.statut, a.montantAccordeCentimes, a.montantVerseCentimes]).toEqual(["VERSEE", 25_000n, 25_000n]);
    const journal = await db.journalAudit.findMany({ where: { entite: "DemandeAide", entiteId: id }, orderBy: { id: "asc" } });
    expect(journal.map((j) => j.operation)).toEqual(["CREATION", "MODIFICATION", "MODIFICATION", "MODIFICATION"]);
  });

  it("refuse un accord sans instruction, un accord au-delà de la demande et un refus sans motif", async () => {
    const referent = await contexteDe(db, "referent.argentan@orne.demo");
    const charge = await contexteDe(db, "charge.mission@orne.demo");
    const { id } = await demanderAide(referent, demande((await personneSuivie(true)).id, 20_000));
    await expect(faireAvancerAide(charge, { id, version: 1, evenement: "accorder", date: AUJOURDHUI, montantCentimes: 10_000, motif: null })).rejects.toThrow(/ne peut pas être/);
    await faireAvancerAide(charge, { id, version: 1, evenement: "instruire", date: AUJOURDHUI, montantCentimes: null, motif: null });
    await expect(faireAvancerAide(charge, { id, version: 2, evenement: "accorder", date: AUJOURDHUI, montantCentimes: 20_001, motif: null })).rejects.toMatchObject({ erreursChamps: { montant: [expect.stringMatching(/ne peut pas dépasser le montant demandé/)] } });
    await expect(faireAvancerAide(charge, { id, version: 2, evenement: "refuser", date: AUJOURDHUI, montantCentimes: null, motif: null })).rejects.toMatchObject({ erreursChamps: { motif: ["Indiquez le motif du refus."] } });
    await faireAvancerAide(charge, { id, version: 2, evenement: "ajourner", date: AUJOURDHUI, montantCentimes: null, motif: "Attestation de formation manquante" });
    expect((await db.demandeAide.findUniqueOrThrow({ where: { id } })).statut).toBe("AJOURNEE");
  });

  it("n'accorde pas au-delà de l'enveloppe annuelle, même en parallèle", async () => {
    const referent = await contexteDe(db, "referent.argentan@orne.demo");
    const charge = await contexteDe(db, "charge.mission@orne.demo");
    const p = await personneSuivie(true);
    const aide = await db.demandeAide.findFirstOrThrow({ where: { personneId: p.id, statut: "VERSEE", dateDecision: { gte: new Date(Date.UTC(AUJOURDHUI.getUTCFullYear(), 0, 1)) } } });
    // l'enveloppe FSI de l'année est ramenée à ce qui est déjà accordé + 500 €
    const [somme] = await db.$queryRaw<{ engage: bigint }[]>`SELECT COALESCE(SUM(montant_accorde_centimes), 0)::bigint AS engage FROM demande_aide WHERE territoire_id = ${aide.territoireId} AND fonds = 'FSI' AND statut IN ('ACCORDEE', 'VERSEE') AND EXTRACT(YEAR FROM date_decision) = ${AUJOURDHUI.getUTCFullYear()}`;
    await db.enveloppeAide.update({ where: { territoireId_fonds_annee: { territoireId: aide.territoireId, fonds: "FSI", annee: AUJOURDHUI.getUTCFullYear() } }, data: { montantCentimes: somme!.engage + 50_000n } });
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) {
      const { id } = await demanderAide(referent, demande(p.id, 20_000));
      await faireAvancerAide(charge, { id, version: 1, evenement: "instruire", date: AUJOURDHUI, montantCentimes: null, motif: null });
      ids.push(id);
    }
    const resultats = await Promise.allSettled(ids.map((id) => faireAvancerAide(charge, { id, version: 2, evenement: "accorder", date: AUJOURDHUI, montantCentimes: 20_000, motif: null })));
    expect(resultats.filter((r) => r.status === "fulfilled")).toHaveLength(2); // 2 × 200 € ≤ 500 € < 3 × 200 €
    const echec = resultats.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(echec.reason).toBeInstanceOf(ErreurMetier);
    expect(echec.reason.messageUtilisateur).toMatch(/^Enveloppe insuffisante : il reste 100,00\u00a0€/);
  });

  it("refuse une aide individuelle sans contrat vivant et un FAJD hors de 18-25 ans", async () => {
    const referent = await contexteDe(db, "referent.argentan@orne.demo");
    const sans = await personneSuivie(false);
    await expect(demanderAide(referent, { ...demande(sans.id), fonds: "AIDE_INDIVIDUELLE", typeAide: "AI_PERMIS" })).rejects.toMatchObject({ erreursChamps: { contratId: [expect.any(String)] } });
    const avec = await personneSuivie(true);
    await db.personne.update({ where: { id: avec.id }, data: { dateNaissance: new Date("1970-01-01") } });
    await expect(demanderAide(referent, { ...demande(avec.id), fonds: "FAJD", typeAide: "FAJD" })).rejects.toMatchObject({ erreursChamps: { fonds: [expect.stringMatching(/18 à 25 ans/)] } });
  });
});

describe("aides : cloisonnement", () => {
  it("un référent ne demande pas pour une personne qu'il ne suit pas, ni l'autre département", async () => {
    const alencon = await contexteDe(db, "referent.alencon@orne.demo");
    const cd13 = await contexteDe(db, "referent.pole1@cd13.demo");
    const p = await personneSuivie(true);
    await expect(demanderAide(alencon, demande(p.id))).rejects.toBeInstanceOf(ErreurIntrouvable);
    await expect(demanderAide(cd13, demande(p.id))).rejects.toBeInstanceOf(ErreurIntrouvable);
  });

  it("le référent ne décide pas ; une aide de l'Orne est introuvable depuis les Bouches-du-Rhône", async () => {
    const aide = await db.demandeAide.findFirstOrThrow({ where: { departement: { code: "61" } } });
    await expect(faireAvancerAide(await contexteDe(db, "referent.argentan@orne.demo"), { id: aide.id, version: aide.version, evenement: "instruire", date: AUJOURDHUI, montantCentimes: null, motif: null })).rejects.toBeInstanceOf(ErreurPermission);
    await expect(obtenirAide(await contexteDe(db, "charge.mission@cd13.demo"), aide.id)).rejects.toBeInstanceOf(ErreurIntrouvable);
    await expect(faireAvancerAide(await contexteDe(db, "charge.mission@cd13.demo"), { id: aide.id, version: aide.version, evenement: "instruire", date: AUJOURDHUI, montantCentimes: null, motif: null })).rejects.toBeInstanceOf(ErreurIntrouvable);
    await expect(listerAides(await contexteDe(db, "lecteur@orne.demo"), { page: 1 })).rejects.toBeInstanceOf(ErreurPermission);
  });
});

describe("aides 2019 de l'Orne : la synthèse reproduit le tableau publié (D4 L1665-1692)", () => {
  // [fonds, département : somme €, nombre, moyenne € | Argentan : somme €, nombre, moyenne €, ligne]
  const D4: [string, number, number, number, number, number, number][] = [
    ["FSI", 83_952, 337, 249, 29_453, 106, 278],
    ["FSL", 240_680, 1_981, 121.49, 88_441, 457, 194],
    ["FAJD", 39_977, 326, 122.63, 8_937, 49, 182],
  ];
  it.each(D4)("%s : somme, nombre et montant moyen du département et d'Argentan", async (fonds, somme, nombre, moyenne, sommeA, nombreA, moyenneA) => {
    const stats = await statistiquesAides(await contexteDe(db, "lecteur@orne.demo"), 2019);
    const dep = stats.lignes.find((l) => l.fonds === fonds && l.territoireId === null)!;
    const arg = stats.lignes.find((l) => l.fonds === fonds && l.territoire === "Commission RSA d'Argentan")!;
    expect([dep.totalCentimes, dep.nombre]).toEqual([somme * 100, nombre]);
    expect([arg.totalCentimes, arg.nombre]).toEqual([sommeA * 100, nombreA]);
    // moyennes publiées arrondies à l'euro (ou au centime pour FSL et FAJD du département)
    expect(Math.abs(dep.moyenneCentimes! / 100 - moyenne)).toBeLessThan(0.5);
    expect(Math.abs(arg.moyenneCentimes! / 100 - moyenneA)).toBeLessThan(0.5);
    // et les chiffres publiés sont rendus à côté
    expect(stats.publies.filter((p) => p.fonds === fonds)).toHaveLength(6);
  });

  it("le responsable d'Argentan voit son territoire et le département, pas les autres commissions", async () => {
    const stats = await statistiquesAides(await contexteDe(db, "responsable.argentan@orne.demo"), 2019);
    expect(new Set(stats.lignes.map((l) => l.territoire))).toEqual(new Set(["Commission RSA d'Argentan", "Tout le département"]));
  });
});
