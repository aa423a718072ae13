import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { creerClient } from "@/tests/setup/base";
import { ErreurIntrouvable, ErreurMetier } from "@/lib/errors";
import { enregistrerStructure } from "@/lib/referentiels/commands/enregistrer-structure";
import { schemaStructure } from "@/lib/referentiels/schemas";
import { authentifier } from "@/lib/auth/commands/authentifier";
import { MOT_DE_PASSE_DEMO } from "@/prisma/donnees/comptes";
import { chargerDemo, contexteDe } from "./outils";

let db: PrismaClient;

beforeAll(async () => {
  db = creerClient();
  await chargerDemo(db);
});
afterAll(async () => db.$disconnect());

describe("enregistrer une structure", () => {
  it("crée la structure dans le département de l'acteur et l'inscrit au journal d'audit", async () => {
    const ctx = await contexteDe(db, "charge.mission@cd13.demo");
    const donnees = schemaStructure.parse({ nom: "Association test insertion", categorie: "ASSOCIATION", codePostal: "13003" });
    const creee = await enregistrerStructure(ctx, donnees);
    expect(creee.departementId).toBe(ctx.acteur.departementId);
    const audit = await db.journalAudit.findFirst({ where: { entite: "Structure", entiteId: creee.id, operation: "CREATION" } });
    expect(audit?.utilisateurId).toBe(ctx.acteur.id);
  });

  it("refuse un doublon de nom avec une erreur sur le champ, sans rien écrire", async () => {
    const ctx = await contexteDe(db, "charge.mission@cd13.demo");
    const avant = await db.structure.count();
    const erreur = await enregistrerStructure(ctx, schemaStructure.parse({ nom: "heda", categorie: "ASSOCIATION" })).catch((e) => e);
    expect(erreur).toBeInstanceOf(ErreurMetier);
    expect(erreur.erreursChamps).toEqual({ nom: ["Une structure porte déjà ce nom."] });
    expect(await db.structure.count()).toBe(avant);
  });

  it("ne modifie pas une structure d'un autre département : introuvable, et rien n'est écrit", async () => {
    const ctx = await contexteDe(db, "charge.mission@cd13.demo");
    const etape = await db.structure.findFirstOrThrow({ where: { nom: "L'Etape" } });
    const journalAvant = await db.journalAudit.count();
    await expect(enregistrerStructure(ctx, { ...schemaStructure.parse({ nom: "Piratée", categorie: "AUTRE" }), id: etape.id })).rejects.toBeInstanceOf(
      ErreurIntrouvable,
    );
    expect((await db.structure.findUniqueOrThrow({ where: { id: etape.id } })).nom).toBe("L'Etape");
    expect(await db.journalAudit.count()).toBe(journalAvant);
  });

  it("refuse un territoire d'un autre département", async () => {
    const ctx = await contexteDe(db, "charge.mission@cd13.demo");
    const flers = await db.territoire.findFirstOrThrow({ where: { code: "FLERS" } });
    const erreur = await enregistrerStructure(ctx, schemaStructure.parse({ nom: "Nouvelle structure", categorie: "AUTRE", territoireId: flers.id })).catch((e) => e);
    expect(erreur).toBeInstanceOf(ErreurMetier);
    expect(erreur.erreursChamps.territoireId).toBeDefined();
  });
});

describe("authentification", () => {
  it("accepte le bon mot de passe et trace la connexion", async () => {
    const r = await authentifier(db, { courriel: "Admin@CD13.demo ", motDePasse: MOT_DE_PASSE_DEMO, ip: "127.0.0.10" });
    expect(r.statut).toBe("ok");
    const u = await db.utilisateur.findUniqueOrThrow({ where: { courriel: "admin@cd13.demo" } });
    expect(u.derniereConnexion).not.toBeNull();
    expect(await db.journalAudit.count({ where: { utilisateurId: u.id, operation: "CONNEXION" } })).toBe(1);
  });

  it("refuse un mauvais mot de passe et un compte inconnu de la même façon", async () => {
    expect((await authentifier(db, { courriel: "lecteur@cd13.demo", motDePasse: "faux", ip: "127.0.0.11" })).statut).toBe("refuse");
    expect((await authentifier(db, { courriel: "personne@cd13.demo", motDePasse: "faux", ip: "127.0.0.11" })).statut).toBe("refuse");
    expect(await db.journalAudit.count({ where: { operation: "ECHEC_CONNEXION" } })).toBe(2);
  });

  it("bloque le compte après 5 échecs en 15 minutes, même avec le bon mot de passe", async () => {
    const courriel = "referent.pole1@cd13.demo";
    for (let i = 0; i < 5; i++) expect((await authentifier(db, { courriel, motDePasse: "mauvais", ip: `10.0.0.${i}` })).statut).toBe("refuse");
    expect((await authentifier(db, { courriel, motDePasse: MOT_DE_PASSE_DEMO, ip: "10.0.0.99" })).statut).toBe("bloque");
    // seize minutes plus tard, la fenêtre est passée
    const plusTard = new Date(Date.now() + 16 * 60_000);
    expect((await authentifier(db, { courriel, motDePasse: MOT_DE_PASSE_DEMO, ip: "10.0.0.99" }, plusTard)).statut).toBe("ok");
  });

  it("refuse un compte désactivé", async () => {
    await db.utilisateur.update({ where: { courriel: "referent.pole2@cd13.demo" }, data: { actif: false } });
    expect((await authentifier(db, { courriel: "referent.pole2@cd13.demo", motDePasse: MOT_DE_PASSE_DEMO, ip: null })).statut).toBe("refuse");
  });
});
