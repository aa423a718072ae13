import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { creerClient } from "@/tests/setup/base";
import { ErreurIntrouvable, ErreurMetier } from "@/lib/errors";
import { tableauFinancier } from "@/lib/budgets/queries/tableau-financier";
import { etatLigne } from "@/lib/budgets/queries/etat-ligne";
import { engagerCredits } from "@/lib/budgets/commands/engager-credits";
import { deplacerCredits } from "@/lib/budgets/commands/deplacer-credits";
import { obtenirConvention } from "@/lib/conventions/queries/obtenir-convention";
import { listerConventions } from "@/lib/conventions/queries/lister-conventions";
import { programmerPaiement } from "@/lib/conventions/commands/programmer-paiement";
import { ajouterAvenant } from "@/lib/conventions/commands/ajouter-avenant";
import { changerStatut } from "@/lib/conventions/commands/changer-statut";
import { enregistrerBilan } from "@/lib/conventions/commands/enregistrer-bilan";
import { schemaFiltresConventions } from "@/lib/conventions/schemas";
import { chargerDemo, contexteDe } from "./outils";

let db: PrismaClient;
const E = (euros: number) => euros * 100;

beforeAll(async () => {
  db = creerClient();
  await chargerDemo(db);
});
afterAll(async () => db.$disconnect());

const programme = () => db.programme.findFirstOrThrow({ where: { code: "CALPAE-2019" } });
const ligne = async (fiche: string, exercice: number) =>
  db.ligneBudgetaire.findFirstOrThrow({ where: { exercice, fiche: { code: fiche, programme: { code: "CALPAE-2019" } } } });

describe("tableau financier D1", () => {
  it("reproduit les totaux à l'euro près : 5 218 310 / 3 790 164 / 1 428 146", async () => {
    const t = await tableauFinancier(await contexteDe(db, "charge.mission@cd13.demo"), (await programme()).id, 2019);
    const total = t.find((l) => l.niveau === "total")!;
    expect(total.prevu).toBe(E(5_218_310));
    expect(total.engage).toBe(E(3_790_164));
    expect(total.prevu - total.engage).toBe(E(1_428_146));
  });

  it("donne les sous-totaux par axe et chaque fiche", async () => {
    const t = await tableauFinancier(await contexteDe(db, "lecteur@cd13.demo"), (await programme()).id, 2019);
    const axes = t.filter((l) => l.niveau === "axe").map((l) => [l.axeCode, l.prevu / 100, l.engage / 100, (l.prevu - l.engage) / 100]);
    expect(axes).toEqual([
      ["Axe 1", 1_338_310, 1_244_286, 94_024],
      ["Axe 2", 380_000, 143_690, 236_310],
      ["Axe 3", 3_500_000, 2_402_188, 1_097_812],
    ]);
    const fiches = t.filter((l) => l.niveau === "ligne");
    expect(fiches).toHaveLength(18);
    const f32 = fiches.find((l) => l.ficheCode === "3-2")!;
    expect([f32.prevu, f32.engage, f32.sortants]).toEqual([E(1_000_000), E(650_000), E(350_000)]);
    expect(fiches.find((l) => l.ficheCode === "1-2")!.mandate).toBe(E(400_000));
  });

  it("les redéploiements de 3-2 alimentent 3-3 et 3-5 en 2020", async () => {
    expect((await etatLigne(db, (await ligne("3-3", 2020)).id)).entrants).toBe(E(110_000));
    expect((await etatLigne(db, (await ligne("3-5", 2020)).id)).entrants).toBe(E(240_000));
    expect((await etatLigne(db, (await ligne("3-2", 2019)).id)).sortants).toBe(E(350_000));
  });

  it("l'Orne ne voit pas le tableau des Bouches-du-Rhône", async () => {
    const t = await tableauFinancier(await contexteDe(db, "admin@orne.demo"), (await programme()).id, 2019);
    expect(t.filter((l) => l.niveau === "ligne")).toHaveLength(0);
  });
});

describe("engagements", () => {
  it("des engagements simultanés ne dépassent jamais la ligne", async () => {
    const ctx = await contexteDe(db, "charge.mission@cd13.demo");
    const l = await ligne("2-1", 2019); // 220 000 prévus, 70 000 engagés : 150 000 disponibles
    const tentatives = Array.from({ length: 8 }, (_, i) =>
      engagerCredits(ctx, { ligneId: l.id, montantCentimes: E(40_000), libelle: `Engagement concurrent ${i}`, dateEngagement: new Date("2020-01-10"), conventionId: null, numeroEngagement: null }),
    );
    const resultats = await Promise.allSettled(tentatives);
    const reussis = resultats.filter((r) => r.status === "fulfilled").length;
    expect(reussis).toBe(3); // 3 × 40 000 = 120 000 ≤ 150 000 ; un quatrième dépasserait
    for (const r of resultats.filter((r) => r.status === "rejected")) {
      expect((r as PromiseRejectedResult).reason).toBeInstanceOf(ErreurMetier);
      expect((r as PromiseRejectedResult).reason.messageUtilisateur).toMatch(/^Crédits insuffisants : il reste 30\u00a0000,00\u00a0€/);
    }
    const etat = await etatLigne(db, l.id);
    expect(etat.engage).toBe(E(70_000 + 120_000));
    expect(etat.engage).toBeLessThanOrEqual(etat.prevu);
  });

  it("un redéploiement ne prend que des crédits non engagés", async () => {
    const ctx = await contexteDe(db, "charge.mission@cd13.demo");
    const source = await ligne("3-2", 2019); // disponible 0 après les redéploiements
    const cible = await ligne("3-7", 2019);
    const erreur = await deplacerCredits(ctx, { type: "REDEPLOIEMENT", sourceId: source.id, cibleId: cible.id, montantCentimes: 100, motif: "test", dateMouvement: new Date() }).catch((e) => e);
    expect(erreur).toBeInstanceOf(ErreurMetier);
    expect(erreur.erreursChamps.montant[0]).toMatch(/non engagés/);
  });

  it("un engagement sur une ligne d'un autre département est introuvable", async () => {
    const l = await ligne("1-1", 2019);
    await expect(
      engagerCredits(await contexteDe(db, "charge.mission@orne.demo"), { ligneId: l.id, montantCentimes: 100, libelle: "x", dateEngagement: new Date(), conventionId: null, numeroEngagement: null }),
    ).rejects.toBeInstanceOf(ErreurIntrouvable);
  });
});

describe("conventions", () => {
  const ares = () => db.convention.findFirstOrThrow({ where: { cpRapport: "35" } });

  it("la convention ARES (rapport n° 35) cite les bilans final et intermédiaire précédents", async () => {
    const { convention, montantCourant, bilansPrecedents } = await obtenirConvention(await contexteDe(db, "charge.mission@cd13.demo"), (await ares()).id);
    expect(montantCourant).toBe(E(67_550));
    expect(convention.volume).toBe(40);
    expect(bilansPrecedents.map((b) => [b.type, b.participants, b.pctFemmes])).toEqual([
      ["FINAL", 61, 72],
      ["INTERMEDIAIRE", 51, 77],
    ]);
  });

  it("l'avenant de la fiche 1-1 porte le montant à 442 998 €", async () => {
    const fjt = await db.convention.findFirstOrThrow({ where: { objet: { contains: "foyers de jeunes travailleurs" } } });
    expect((await obtenirConvention(await contexteDe(db, "lecteur@cd13.demo"), fjt.id)).montantCourant).toBe(E(442_998));
  });

  it("des paiements simultanés ne dépassent jamais le montant de la convention", async () => {
    const ctx = await contexteDe(db, "charge.mission@cd13.demo");
    const c = await ares();
    const resultats = await Promise.allSettled(
      Array.from({ length: 4 }, (_, i) =>
        programmerPaiement(ctx, { conventionId: c.id, type: "ACOMPTE", libelle: `Acompte ${i}`, montantCentimes: E(30_000), datePrevue: null, mandate: false, dateMandatement: null, engagementId: null }),
      ),
    );
    expect(resultats.filter((r) => r.status === "fulfilled")).toHaveLength(2); // 60 000 ≤ 67 550
    const { programme } = await obtenirConvention(ctx, c.id);
    expect(programme).toBe(E(60_000));
  });

  it("un avenant numérote à la suite et ne descend pas sous les paiements programmés", async () => {
    const ctx = await contexteDe(db, "charge.mission@cd13.demo");
    const c = await ares();
    const erreur = await ajouterAvenant(ctx, { conventionId: c.id, dateSignature: new Date("2019-03-01"), objet: "Réduction", deltaMontantCentimes: -E(10_000), nouvelleDateFin: null, deltaVolume: null }).catch((e) => e);
    expect(erreur.erreursChamps.montant[0]).toMatch(/paiements déjà programmés/);
    const a = await ajouterAvenant(ctx, { conventionId: c.id, dateSignature: new Date("2019-03-01"), objet: "Prolongation", deltaMontantCentimes: E(5_000), nouvelleDateFin: new Date("2019-12-31"), deltaVolume: 5 });
    expect(a.numero).toBe(1);
    const lu = await obtenirConvention(ctx, c.id);
    expect(lu.montantCourant).toBe(E(72_550));
    expect(lu.convention.volume).toBe(45);
    expect(lu.convention.dateFin.toISOString().slice(0, 10)).toBe("2019-12-31");
  });

  it("le cycle de vie refuse de sauter une étape, et détecte une version périmée", async () => {
    const ctx = await contexteDe(db, "charge.mission@cd13.demo");
    const c = await ares();
    await expect(changerStatut(ctx, { conventionId: c.id, version: c.version, statut: "SOLDEE", cpDate: null, cpRapport: null, dateSignature: null })).rejects.toThrow(/ne peut pas passer/);
    await expect(changerStatut(ctx, { conventionId: c.id, version: c.version - 1, statut: "SIGNEE", cpDate: null, cpRapport: null, dateSignature: new Date("2018-10-01") })).rejects.toThrow(/modifiée entre-temps/);
    await changerStatut(ctx, { conventionId: c.id, version: c.version, statut: "SIGNEE", cpDate: null, cpRapport: null, dateSignature: new Date("2018-10-01") });
    expect((await db.convention.findUniqueOrThrow({ where: { id: c.id } })).statut).toBe("SIGNEE");
  });

  it("l'opérateur ne voit que les conventions de sa structure et y saisit un bilan justifié", async () => {
    const ctx = await contexteDe(db, "operateur.ares@cd13.demo");
    const liste = await listerConventions(ctx, schemaFiltresConventions.parse({}));
    expect(liste.total).toBe(3);
    expect(liste.lignes.every((l) => l.titulaire === "Association régionale en économie sociale")).toBe(true);
    const boost = await db.convention.findFirstOrThrow({ where: { type: "ACCORD_CADRE" } });
    await expect(obtenirConvention(ctx, boost.id)).rejects.toBeInstanceOf(ErreurIntrouvable);

    const c = await ares();
    const parcours = await db.indicateur.findFirstOrThrow({ where: { conventionId: c.id, nom: "Parcours d'insertion" } });
    const bilan = {
      conventionId: c.id,
      type: "FINAL" as const,
      periodeDebut: new Date("2018-10-01"),
      periodeFin: new Date("2019-09-30"),
      participants: 38,
      pctFemmes: 70,
      pctSansQualification: 40,
      pointsPositifs: null,
      pointsAAmeliorer: null,
      perspectives: null,
      sorties: [{ typeSortie: "EMPLOI_DURABLE", nombre: 3, detail: null }],
      valeurs: [{ indicateurId: parcours.id, valeur: 38, justificationEcart: null }],
    };
    // la démonstration porte déjà les bilans calculés de la convention : on compte ce qui s'ajoute
    const bilansAvant = await db.bilan.count({ where: { conventionId: c.id } });
    const erreur = await enregistrerBilan(ctx, bilan).catch((e) => e);
    expect(erreur.erreursChamps[`justification_${parcours.id}`][0]).toMatch(/expliquez l'écart/);
    await enregistrerBilan(ctx, { ...bilan, valeurs: [{ ...bilan.valeurs[0]!, justificationEcart: "Deux entrées reportées" }] });
    expect(await db.bilan.count({ where: { conventionId: c.id } })).toBe(bilansAvant + 1);
    await expect(enregistrerBilan(ctx, { ...bilan, conventionId: boost.id })).rejects.toBeInstanceOf(ErreurIntrouvable);
  });

  it("l'opérateur mandataire d'un lot voit l'accord-cadre", async () => {
    // OMI Formation et Métier est mandataire du lot 2 de Boost emploi
    const omi = await db.structure.findFirstOrThrow({ where: { nom: "OMI Formation et Métier" } });
    const ctx = await contexteDe(db, "operateur.ares@cd13.demo");
    const liste = await listerConventions({ ...ctx, acteur: { ...ctx.acteur, structureId: omi.id } }, schemaFiltresConventions.parse({}));
    expect(liste.lignes.map((l) => l.type)).toEqual(["ACCORD_CADRE"]);
  });
});
