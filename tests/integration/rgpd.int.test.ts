import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { creerClient } from "@/tests/setup/base";
import { fabriquerContrat, fabriquerFoyerEtPersonne } from "@/tests/factories";
import { ErreurIntrouvable, ErreurPermission } from "@/lib/errors";
import { appliquerConservation, TEXTE_ANONYMISE } from "@/lib/rgpd/conservation";
import { donneesDroitAcces } from "@/lib/rgpd/droit-acces";
import { pdfDroitAcces } from "@/lib/rgpd/pdf-droit-acces";
import { enregistrerParametresSecurite } from "@/lib/administration/commands/parametres";
import { schemaParametresSecurite } from "@/lib/administration/schemas";
import { tableauDeBord } from "@/lib/tableaux-de-bord/queries/tableau-de-bord";
import { rafraichirIndicateurs } from "@/lib/tableaux-de-bord/rafraichir";
import type { Contexte } from "@/lib/contexte";
import { executerMaintenant } from "@/lib/taches/file";
import { chargerDemo, contexteDe } from "./outils";

let db: PrismaClient;
let admin: Contexte;
let communeId: string;
let referentId: string;

const jour = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
const moisAvant = (n: number) => {
  const d = jour(new Date());
  d.setUTCMonth(d.getUTCMonth() - n);
  return d;
};

let numero = 0;
/** Un foyer (demandeur + enfant) ouvert en 2019, avec contrat, période de référent et textes libres. */
async function foyer(nom: string, etat: "OUVERT" | "CLOS" | "RADIE", fin: { droits: Date | null; accompagnement: Date | null }) {
  const { foyer, personne } = await fabriquerFoyerEtPersonne(db, {
    departementId: admin.acteur.departementId,
    territoireId: communeId,
    numeroAllocataire: `RGPD-${++numero}`,
    dateOuvertureDroits: new Date("2019-03-01"),
    nom,
    prenom: "Camille",
    sexe: "F",
    dateNaissance: new Date("1984-06-17"),
  });
  await db.foyer.update({ where: { id: foyer.id }, data: { etatDroit: etat, dateCloture: fin.droits } });
  await db.personne.update({ where: { id: personne.id }, data: { nirMasque: "2 84 06 13 055 *** ** 42" } });
  const enfant = await db.personne.create({ data: { foyerId: foyer.id, role: "PERSONNE_A_CHARGE", nom, prenom: "Noé", sexe: "M", dateNaissance: new Date("2012-02-03") } });
  await db.periodeReferent.create({ data: { personneId: personne.id, referentId, dateDebut: new Date("2019-04-01"), dateFin: fin.accompagnement } });
  const contrat = await fabriquerContrat(db, {
    personneId: personne.id,
    referentId,
    statut: "ECHU",
    dateDebut: new Date("2019-05-01"),
    dateFin: fin.accompagnement ?? new Date("2099-01-01"),
    dateSignature: new Date("2019-05-01"),
    objectifs: [{ libelle: `Logement pour ${nom} près de l'école de Noé`, activites: [{ libelle: `Rendez-vous CCAS de ${nom}`, categorie: "SOCIALE", mode: "ACCOMPAGNEE", heuresHebdo: 15 }] }],
  });
  return { foyer, personne, enfant, contrat };
}

async function instantane() {
  const annees = [2019, new Date().getFullYear()];
  return Promise.all(
    annees.map(async (annee) => {
      const { rafraichissement: _r, ...reste } = await tableauDeBord(admin, { territoire: "", annee });
      return reste;
    }),
  );
}

beforeAll(async () => {
  db = creerClient();
  await chargerDemo(db);
  admin = await contexteDe(db, "admin@cd13.demo");
  communeId = (await db.territoire.findFirstOrThrow({ where: { departementId: admin.acteur.departementId, type: "COMMUNE" }, orderBy: { ordre: "asc" } })).id;
  referentId = (await db.utilisateur.findUniqueOrThrow({ where: { courriel: "referent.pole1@cd13.demo" } })).id;
});
afterAll(async () => db.$disconnect());

describe("conservation : anonymisation quotidienne", () => {
  it("anonymise exactement les foyers éligibles, selon la durée du département, sans changer les tableaux de bord", async () => {
    const eligible = await foyer("DURAND", "CLOS", { droits: moisAvant(36), accompagnement: moisAvant(40) });
    const radieSansSuite = await foyer("PETIT", "RADIE", { droits: moisAvant(30), accompagnement: moisAvant(30) });
    const closRecemment = await foyer("MOREAU", "CLOS", { droits: moisAvant(6), accompagnement: moisAvant(40) });
    const encoreAccompagne = await foyer("LEROY", "CLOS", { droits: moisAvant(36), accompagnement: null });
    const accompagnementRecent = await foyer("ROUX", "CLOS", { droits: moisAvant(36), accompagnement: moisAvant(12) });
    const ouvert = await foyer("FOURNIER", "OUVERT", { droits: null, accompagnement: moisAvant(40) });
    const sansDate = await foyer("GIRARD", "CLOS", { droits: null, accompagnement: moisAvant(40) });
    await rafraichirIndicateurs(db);
    const avant = await instantane();
    const personnesAvant = await db.personne.count();

    // 48 mois : aucun foyer n'a dépassé la durée
    await enregistrerParametresSecurite(admin, schemaParametresSecurite.parse({ conservationMois: "48" }));
    expect(await appliquerConservation(db, admin.acteur.departementId)).toMatchObject({ conservationMois: 48, foyers: 0, personnes: 0 });

    // 24 mois : les deux foyers éligibles (demandeur et enfant) et eux seuls
    await enregistrerParametresSecurite(admin, schemaParametresSecurite.parse({ conservationMois: "24" }));
    const r = await appliquerConservation(db, admin.acteur.departementId, { executionId: "test" });
    expect(r).toMatchObject({ conservationMois: 24, foyers: 2, personnes: 4 });
    const anonymisees = await db.personneAnonymisee.findMany({ select: { personneId: true } });
    expect(anonymisees.map((a) => a.personneId).sort()).toEqual(
      [eligible.personne.id, eligible.enfant.id, radieSansSuite.personne.id, radieSansSuite.enfant.id].sort(),
    );

    const p = await db.personne.findUniqueOrThrow({ where: { id: eligible.personne.id } });
    expect(p).toMatchObject({ nom: "ANONYME", prenom: "", nirMasque: null, sexe: "F", role: "DEMANDEUR" });
    expect(p.dateNaissance.toISOString().slice(0, 10)).toBe("1984-01-01");
    expect((await db.foyer.findUniqueOrThrow({ where: { id: eligible.foyer.id } })).numeroAllocataire).toBe(`ANONYME-${eligible.foyer.id}`);
    const objectif = await db.objectifContrat.findFirstOrThrow({ where: { contratId: eligible.contrat.id }, include: { activites: true } });
    expect(objectif.libelle).toBe(TEXTE_ANONYMISE);
    expect(objectif.activites[0]!.libelle).toBe(TEXTE_ANONYMISE);
    expect(objectif.activites[0]!.heuresHebdo).toBe(15);
    // aucun nom des personnes anonymisées ne subsiste
    expect(await db.personne.count({ where: { nom: { in: ["DURAND", "PETIT"] } } })).toBe(0);
    for (const garde of [closRecemment, encoreAccompagne, accompagnementRecent, ouvert, sansDate]) {
      expect((await db.personne.findUniqueOrThrow({ where: { id: garde.personne.id } })).nom).not.toBe("ANONYME");
    }
    expect(await db.personne.count()).toBe(personnesAvant);

    // tableaux de bord identiques (vue matérialisée rafraîchie et flux de l'année recalculés)
    await rafraichirIndicateurs(db);
    expect(await instantane()).toEqual(avant);

    // une seconde passe ne refait rien ; la passe est inscrite au journal
    expect(await appliquerConservation(db, admin.acteur.departementId)).toMatchObject({ foyers: 0, personnes: 0 });
    const audit = await db.journalAudit.findFirstOrThrow({ where: { entite: "Personne", operation: "MODIFICATION", utilisateurId: null }, orderBy: { id: "desc" } });
    expect(audit.details).toEqual({ anonymisation: { foyers: 2, personnes: 4, executionId: "test" } });
  });

  it("passe par la file des tâches, département par département, sans toucher aux autres", async () => {
    const orne = await db.departement.findUniqueOrThrow({ where: { code: "61" } });
    const execution = await executerMaintenant(db, { nom: "rgpd-conservation", departementId: orne.id });
    expect(execution.statut).toBe("TERMINEE");
    expect(execution.resultat).toMatchObject({ conservationMois: 24, foyers: 0, personnes: 0 });
    expect(await db.personneAnonymisee.count({ where: { departementId: orne.id } })).toBe(0);
  });
});

describe("droit d'accès", () => {
  it("exporte tout ce qui est détenu sur la personne, en JSON et en PDF, et inscrit l'export au journal", async () => {
    const { personne, contrat } = await foyer("BERNARD", "OUVERT", { droits: null, accompagnement: null });
    await db.journalAudit.create({ data: { departementId: admin.acteur.departementId, utilisateurId: referentId, operation: "LECTURE", entite: "Personne", entiteId: personne.id } });
    const d = await donneesDroitAcces(admin, personne.id, "json");
    expect(d.personne).toMatchObject({ identifiant: personne.id, nom: "BERNARD", prenom: "Camille", dateNaissance: "1984-06-17", nirMasque: "2 84 06 13 055 *** ** 42" });
    expect(d.foyer).toMatchObject({ dateOuvertureDroits: "2019-03-01", etatDroit: "OUVERT" });
    expect(d.referents).toHaveLength(1);
    expect(d.contrats).toHaveLength(1);
    expect(d.contrats[0]!.objectifs[0]!.libelle).toBe("Logement pour BERNARD près de l'école de Noé");
    expect(d.consultations).toContainEqual(expect.objectContaining({ operation: "LECTURE", objet: "Personne", par: expect.stringMatching(/\(REFERENT\)$/) }));
    expect(JSON.stringify(d)).toContain(contrat.dateDebut.toISOString().slice(0, 10));
    expect(await db.journalAudit.count({ where: { operation: "EXPORT", entite: "Personne", entiteId: personne.id, utilisateurId: admin.acteur.id, details: { equals: { droitAcces: "json" } } } })).toBe(1);

    const pdf = await pdfDroitAcces(await donneesDroitAcces(admin, personne.id, "pdf"));
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.length).toBeGreaterThan(2000);
    expect(await db.journalAudit.count({ where: { operation: "EXPORT", entiteId: personne.id } })).toBe(2);
  });

  it("réservé à l'administration, dans son périmètre : hors département introuvable, référent refusé, rien n'est journalisé", async () => {
    const { personne } = await foyer("THOMAS", "OUVERT", { droits: null, accompagnement: null });
    const adminOrne = await contexteDe(db, "admin@orne.demo");
    await expect(donneesDroitAcces(adminOrne, personne.id, "json")).rejects.toBeInstanceOf(ErreurIntrouvable);
    const referent = await contexteDe(db, "referent.pole1@cd13.demo");
    await expect(donneesDroitAcces(referent, personne.id, "json")).rejects.toBeInstanceOf(ErreurPermission);
    expect(await db.journalAudit.count({ where: { operation: "EXPORT", entiteId: personne.id } })).toBe(0);
  });
});
