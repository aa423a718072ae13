import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { creerClient } from "@/tests/setup/base";
import { ErreurIntrouvable, ErreurMetier } from "@/lib/errors";
import { authentifier } from "@/lib/auth/commands/authentifier";
import { chargerSession, ouvrirSession, revoquerSession } from "@/lib/auth/commands/sessions";
import { definirMotDePasseParLien } from "@/lib/auth/commands/mot-de-passe";
import { changerMotDePasse, confirmerSecondFacteur, etatSecondFacteur } from "@/lib/auth/commands/second-facteur";
import { codePourPas, decoderBase32, pasDuTemps } from "@/lib/auth/domain/totp";
import { creerCompte, genererLienReinitialisation, modifierCompte } from "@/lib/administration/commands/comptes";
import { enregistrerParametresSecurite } from "@/lib/administration/commands/parametres";
import { schemaCreationCompte, schemaModificationCompte, schemaParametresSecurite } from "@/lib/administration/schemas";
import { MOT_DE_PASSE_DEMO } from "@/prisma/donnees/comptes";
import { chargerDemo, contexteDe } from "./outils";

let db: PrismaClient;

beforeAll(async () => {
  db = creerClient();
  await chargerDemo(db);
});
afterAll(async () => db.$disconnect());

const connecter = async (courriel: string, motDePasse = MOT_DE_PASSE_DEMO, code?: string, maintenant?: Date) =>
  authentifier(db, { courriel, motDePasse, ip: null, code }, maintenant);

async function sessionDe(courriel: string) {
  const r = await connecter(courriel);
  if (r.statut !== "ok") throw new Error(`connexion refusée : ${r.statut}`);
  return r;
}

describe("sessions côté serveur", () => {
  it("la connexion ouvre une session, la déconnexion la révoque : le même identifiant ne vaut plus rien", async () => {
    const r = await sessionDe("lecteur@cd13.demo");
    expect(await chargerSession(db, r.sessionId, r.utilisateurId)).toMatchObject({ totpAConfigurer: false, acteur: { id: r.utilisateurId, role: "LECTEUR" } });
    await revoquerSession(db, r.sessionId, "DECONNEXION");
    expect(await chargerSession(db, r.sessionId, r.utilisateurId)).toBeNull();
    const ligne = await db.sessionUtilisateur.findUniqueOrThrow({ where: { id: r.sessionId } });
    expect(ligne.motifRevocation).toBe("DECONNEXION");
  });

  it("la session relue à chaque requête porte le rôle et le périmètre du compte, en une requête", async () => {
    const r = await sessionDe("responsable.pole3@cd13.demo");
    const u = await db.utilisateur.findUniqueOrThrow({ where: { id: r.utilisateurId }, include: { territoire: true } });
    expect(await chargerSession(db, r.sessionId, r.utilisateurId)).toEqual({
      sessionId: r.sessionId,
      totpAConfigurer: false,
      acteur: { id: u.id, role: "RESPONSABLE_TERRITOIRE", departementId: u.departementId, territoireId: u.territoireId, cheminTerritoire: u.territoire!.chemin, structureId: null, nomComplet: `${u.prenom} ${u.nom}` },
    });
    expect(await chargerSession(db, "session-inconnue", r.utilisateurId)).toBeNull();
  });

  it("une session ne vaut que pour son utilisateur", async () => {
    const r = await sessionDe("lecteur@orne.demo");
    const autre = await db.utilisateur.findUniqueOrThrow({ where: { courriel: "admin@orne.demo" } });
    expect(await chargerSession(db, r.sessionId, autre.id)).toBeNull();
  });

  it("désactiver un compte ferme toutes ses sessions, et l'audit le dit", async () => {
    const admin = await contexteDe(db, "admin@cd13.demo");
    const a = await sessionDe("referent.pole3@cd13.demo");
    const b = await sessionDe("referent.pole3@cd13.demo");
    const u = await db.utilisateur.findUniqueOrThrow({ where: { courriel: "referent.pole3@cd13.demo" } });
    await modifierCompte(
      admin,
      schemaModificationCompte.parse({ id: u.id, nom: u.nom, prenom: u.prenom, role: u.role, territoireId: u.territoireId ?? "", structureId: u.structureId ?? "" }),
    );
    expect(await chargerSession(db, a.sessionId, u.id)).toBeNull();
    expect(await chargerSession(db, b.sessionId, u.id)).toBeNull();
    expect((await db.utilisateur.findUniqueOrThrow({ where: { id: u.id } })).actif).toBe(false);
    const audit = await db.journalAudit.findFirstOrThrow({ where: { entite: "Utilisateur", entiteId: u.id, operation: "MODIFICATION" }, orderBy: { id: "desc" } });
    expect(audit.details).toMatchObject({ champs: ["actif"], sessionsFermees: 2 });
    // et il ne peut plus se connecter
    expect((await connecter("referent.pole3@cd13.demo")).statut).toBe("refuse");
  });

  it("changer son mot de passe ferme les autres sessions, pas la session courante", async () => {
    const courante = await sessionDe("referent.pole5@cd13.demo");
    const autre = await sessionDe("referent.pole5@cd13.demo");
    const ctx = await contexteDe(db, "referent.pole5@cd13.demo");
    const r = await changerMotDePasse(db, ctx.acteur, { actuel: MOT_DE_PASSE_DEMO, nouveau: "Une phrase de passe solide 2026", sessionCourante: courante.sessionId });
    expect(r.sessionsFermees).toBe(1);
    expect(await chargerSession(db, courante.sessionId, ctx.acteur.id)).not.toBeNull();
    expect(await chargerSession(db, autre.sessionId, ctx.acteur.id)).toBeNull();
    expect((await connecter("referent.pole5@cd13.demo")).statut).toBe("refuse");
    expect((await connecter("referent.pole5@cd13.demo", "Une phrase de passe solide 2026")).statut).toBe("ok");
  });

  it("refuse le changement si le mot de passe actuel est faux, sans rien modifier", async () => {
    const ctx = await contexteDe(db, "referent.pole6@cd13.demo");
    const s = await ouvrirSession(db, { utilisateurId: ctx.acteur.id });
    const erreur = await changerMotDePasse(db, ctx.acteur, { actuel: "faux", nouveau: "Autre phrase de passe 2026", sessionCourante: s }).catch((e) => e);
    expect(erreur).toBeInstanceOf(ErreurMetier);
    expect(erreur.erreursChamps).toEqual({ actuel: ["Le mot de passe actuel n'est pas le bon."] });
    expect((await connecter("referent.pole6@cd13.demo")).statut).toBe("ok");
  });
});

describe("administration des comptes", () => {
  it("crée un compte sans mot de passe, avec un lien à usage unique qui le définit et ferme les sessions", async () => {
    const admin = await contexteDe(db, "admin@cd13.demo");
    const pole2 = await db.territoire.findFirstOrThrow({ where: { departementId: admin.acteur.departementId, type: "POLE_INSERTION" }, orderBy: { ordre: "asc" } });
    const { id, jeton } = await creerCompte(admin, schemaCreationCompte.parse({ courriel: "Nouvelle.Referente@cd13.demo", nom: "Martin", prenom: "Léa", role: "REFERENT", territoireId: pole2.id }));
    const cree = await db.utilisateur.findUniqueOrThrow({ where: { id } });
    expect(cree).toMatchObject({ courriel: "nouvelle.referente@cd13.demo", departementId: admin.acteur.departementId, territoireId: pole2.id, motDePasseHash: null });
    expect(await db.journalAudit.count({ where: { entite: "Utilisateur", entiteId: id, operation: "CREATION", utilisateurId: admin.acteur.id } })).toBe(1);
    // le jeton n'est gardé qu'en empreinte
    expect(await db.jetonReinitialisation.count({ where: { empreinte: jeton } })).toBe(0);

    await definirMotDePasseParLien(db, { jeton, motDePasse: "Mon premier mot de passe" });
    expect((await connecter("nouvelle.referente@cd13.demo", "Mon premier mot de passe")).statut).toBe("ok");
    // usage unique
    await expect(definirMotDePasseParLien(db, { jeton, motDePasse: "Un second mot de passe" })).rejects.toMatchObject({ code: "lien-invalide" });
    expect((await connecter("nouvelle.referente@cd13.demo", "Un second mot de passe")).statut).toBe("refuse");
  });

  it("un lien de réinitialisation expire après 24 heures, et un nouveau lien annule l'ancien", async () => {
    const admin = await contexteDe(db, "admin@cd13.demo");
    const u = await db.utilisateur.findUniqueOrThrow({ where: { courriel: "referent.pole7@cd13.demo" } });
    const maintenant = new Date();
    const { jeton } = await genererLienReinitialisation(admin, u.id, maintenant);
    const dans25h = new Date(maintenant.getTime() + 25 * 3_600_000);
    await expect(definirMotDePasseParLien(db, { jeton, motDePasse: "Trop tard pour ce lien" }, dans25h)).rejects.toMatchObject({ code: "lien-invalide" });

    const premier = await genererLienReinitialisation(admin, u.id);
    const second = await genererLienReinitialisation(admin, u.id);
    await expect(definirMotDePasseParLien(db, { jeton: premier.jeton, motDePasse: "Ancien lien annulé" })).rejects.toMatchObject({ code: "lien-invalide" });
    const session = await sessionDe("referent.pole7@cd13.demo");
    await definirMotDePasseParLien(db, { jeton: second.jeton, motDePasse: "Nouveau mot de passe pole 7" });
    // réinitialiser le mot de passe ferme les sessions ouvertes
    expect(await chargerSession(db, session.sessionId, u.id)).toBeNull();
    expect((await connecter("referent.pole7@cd13.demo", "Nouveau mot de passe pole 7")).statut).toBe("ok");
  });

  it("vérifie le périmètre selon le rôle, avec une erreur sur le champ", async () => {
    const admin = await contexteDe(db, "admin@cd13.demo");
    const sansTerritoire = await creerCompte(admin, schemaCreationCompte.parse({ courriel: "x1@cd13.demo", nom: "X", prenom: "Y", role: "RESPONSABLE_TERRITOIRE" })).catch((e) => e);
    expect(sansTerritoire.erreursChamps.territoireId).toEqual(["Ce rôle demande un territoire de rattachement."]);
    const flers = await db.territoire.findFirstOrThrow({ where: { code: "FLERS" } });
    const autreDepartement = await creerCompte(admin, schemaCreationCompte.parse({ courriel: "x2@cd13.demo", nom: "X", prenom: "Y", role: "REFERENT", territoireId: flers.id })).catch((e) => e);
    expect(autreDepartement.erreursChamps.territoireId).toEqual(["Choisissez un territoire du département."]);
    const operateur = await creerCompte(admin, schemaCreationCompte.parse({ courriel: "x3@cd13.demo", nom: "X", prenom: "Y", role: "OPERATEUR" })).catch((e) => e);
    expect(operateur.erreursChamps.structureId).toEqual(["Un opérateur est rattaché à une structure."]);
    const doublon = await creerCompte(admin, schemaCreationCompte.parse({ courriel: "lecteur@cd13.demo", nom: "X", prenom: "Y", role: "LECTEUR" })).catch((e) => e);
    expect(doublon.erreursChamps.courriel).toEqual(["Un compte utilise déjà cette adresse."]);
    expect(await db.utilisateur.count({ where: { courriel: { in: ["x1@cd13.demo", "x2@cd13.demo", "x3@cd13.demo"] } } })).toBe(0);
  });

  it("change le rôle et le périmètre ; refuse de se rétrograder soi-même ; un compte d'un autre département est introuvable", async () => {
    const admin = await contexteDe(db, "admin@cd13.demo");
    const u = await db.utilisateur.findUniqueOrThrow({ where: { courriel: "charge.mission@cd13.demo" } });
    await modifierCompte(admin, schemaModificationCompte.parse({ id: u.id, nom: u.nom, prenom: u.prenom, role: "LECTEUR", actif: "on" }));
    expect((await db.utilisateur.findUniqueOrThrow({ where: { id: u.id } })).role).toBe("LECTEUR");
    await modifierCompte(admin, schemaModificationCompte.parse({ id: u.id, nom: u.nom, prenom: u.prenom, role: "CHARGE_MISSION", actif: "on" }));

    const soi = await modifierCompte(admin, schemaModificationCompte.parse({ id: admin.acteur.id, nom: "A", prenom: "B", role: "LECTEUR", actif: "on" })).catch((e) => e);
    expect(soi).toBeInstanceOf(ErreurMetier);
    expect((await db.utilisateur.findUniqueOrThrow({ where: { id: admin.acteur.id } })).role).toBe("ADMIN");

    const orne = await db.utilisateur.findUniqueOrThrow({ where: { courriel: "lecteur@orne.demo" } });
    await expect(modifierCompte(admin, schemaModificationCompte.parse({ id: orne.id, nom: "X", prenom: "Y", role: "LECTEUR" }))).rejects.toBeInstanceOf(ErreurIntrouvable);
    await expect(genererLienReinitialisation(admin, orne.id)).rejects.toBeInstanceOf(ErreurIntrouvable);
    expect((await db.utilisateur.findUniqueOrThrow({ where: { id: orne.id } })).actif).toBe(true);
  });
});

describe("second facteur (TOTP)", () => {
  const codeA = (secret: string, instant: number) => codePourPas(decoderBase32(secret), pasDuTemps(instant));

  it("sans paramètre, la connexion d'un administrateur n'exige rien (comptes de démonstration)", async () => {
    const r = await sessionDe("admin@orne.demo");
    expect(r.totpAConfigurer).toBe(false);
  });

  it("exigé par le département : la session de l'administrateur est restreinte jusqu'à la configuration, puis le code est demandé", async () => {
    const adminOrne = await contexteDe(db, "admin@orne.demo");
    await enregistrerParametresSecurite(adminOrne, schemaParametresSecurite.parse({ totpObligatoire: "on", conservationMois: "24" }));
    // un référent n'est pas concerné
    expect((await sessionDe("referent.alencon@orne.demo")).totpAConfigurer).toBe(false);

    const premiere = await sessionDe("charge.mission@orne.demo");
    expect(premiere.totpAConfigurer).toBe(true);
    const charge = await contexteDe(db, "charge.mission@orne.demo");
    expect(await chargerSession(db, premiere.sessionId, charge.acteur.id)).toMatchObject({ totpAConfigurer: true });

    const etat = await etatSecondFacteur(db, charge.acteur);
    expect(etat.actif).toBe(false);
    const secret = etat.secretEnAttente!;
    const t0 = Date.now();
    await expect(confirmerSecondFacteur(db, charge.acteur, "000000", new Date(t0))).rejects.toBeInstanceOf(ErreurMetier);
    await confirmerSecondFacteur(db, charge.acteur, codeA(secret, t0), new Date(t0));
    // la session ouverte n'est plus restreinte
    expect(await chargerSession(db, premiere.sessionId, charge.acteur.id)).toMatchObject({ totpAConfigurer: false });

    // connexion suivante : le code est demandé ; faux code = échec compté ; bon code = ok ; rejeu refusé
    const t1 = t0 + 60_000;
    expect((await connecter("charge.mission@orne.demo", MOT_DE_PASSE_DEMO, undefined, new Date(t1))).statut).toBe("code-requis");
    const echecsAvant = await db.tentativeConnexion.count({ where: { courriel: "charge.mission@orne.demo", reussie: false } });
    expect((await connecter("charge.mission@orne.demo", MOT_DE_PASSE_DEMO, "123456", new Date(t1))).statut).toBe("code-invalide");
    expect(await db.tentativeConnexion.count({ where: { courriel: "charge.mission@orne.demo", reussie: false } })).toBe(echecsAvant + 1);
    const bon = codeA(secret, t1);
    const ok = await connecter("charge.mission@orne.demo", MOT_DE_PASSE_DEMO, bon, new Date(t1));
    expect(ok).toMatchObject({ statut: "ok", totpAConfigurer: false });
    expect((await connecter("charge.mission@orne.demo", MOT_DE_PASSE_DEMO, bon, new Date(t1))).statut).toBe("code-invalide");
    // mauvais mot de passe + bon code : refusé
    expect((await connecter("charge.mission@orne.demo", "faux", codeA(secret, t1 + 30_000), new Date(t1 + 30_000))).statut).toBe("refuse");
  });
});
