// Suite de sécurité (issue 15) : chaque attaque rapportée est rejouée contre une vraie base.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { creerClient } from "@/tests/setup/base";
import { chargerDemo, acteurDe, contexteDe } from "@/tests/integration/outils";
import { appeler, cacheNeutre, estRefus, session, sessionSimulee } from "./outils";

vi.mock("@/lib/auth/session", () => sessionSimulee);
vi.mock("next/cache", () => cacheNeutre);

const { creerStructureAction } = await import("@/lib/referentiels/actions");
const { creerConventionAction } = await import("@/lib/conventions/actions");
const { engagerCreditsAction } = await import("@/lib/budgets/actions");
const { tableauDeBord, schemaFiltresTableau } = await import("@/lib/tableaux-de-bord/queries/tableau-de-bord");
const { exporterTableauDeBord } = await import("@/lib/tableaux-de-bord/queries/exporter-tableau-de-bord");
const { authentifier } = await import("@/lib/auth/commands/authentifier");
const { listerJournal } = await import("@/lib/administration/queries/lister-journal");
const { dbDepartement } = await import("@/lib/db");
const { dossierPersonne } = await import("@/lib/beneficiaires/queries/dossier-personne");
const { obtenirContrat } = await import("@/lib/contrats/queries/obtenir-contrat");
const { obtenirConvention } = await import("@/lib/conventions/queries/obtenir-convention");
const { prescriptionsOperateur, schemaFiltresPrescriptions } = await import("@/lib/prescriptions/queries/prescriptions-operateur");
const { ErreurIntrouvable, ErreurMetier } = await import("@/lib/errors");
const { enregistrerContrat } = await import("@/lib/contrats/commands/enregistrer-contrat");
const { schemaContrat } = await import("@/lib/contrats/schemas");
const { listerStructures, schemaFiltresStructures } = await import("@/lib/referentiels/queries/lister-structures");
const { pageCatalogue } = await import("@/lib/catalogue/queries/page-catalogue");
const { schemaFiltresCatalogue } = await import("@/lib/catalogue/schemas");
const { listerConventions } = await import("@/lib/conventions/queries/lister-conventions");
const { schemaFiltresConventions } = await import("@/lib/conventions/schemas");
const { fileActive, schemaFiltresFileActive } = await import("@/lib/beneficiaires/queries/file-active");
const { enregistrerBilanAction } = await import("@/lib/conventions/actions");

let db: PrismaClient;
beforeAll(async () => {
  db = creerClient();
  await chargerDemo(db);
});
afterAll(async () => db.$disconnect());

const structure = (nom: string) => ({ nom, categorie: "ASSOCIATION", sigle: "", siret: "", adresse: "", codePostal: "", commune: "", telephone: "", courriel: "", territoireId: "" });

describe("intégrité des créations", () => {
  it("deux structures de même nom (casse différente) envoyées en même temps : une seule créée, l'autre reçoit un message en français", async () => {
    session.acteur = await acteurDe(db, "admin@cd13.demo");
    const reponses = await Promise.all([appeler(creerStructureAction, structure("Atelier Sécurité")), appeler(creerStructureAction, structure("atelier sécurité"))]);
    expect(reponses.filter((r) => r.statut === "redirection")).toHaveLength(1);
    const erreur = reponses.find((r) => r.statut === "erreur");
    expect(erreur && "message" in erreur ? erreur.message : "").toMatch(/Une structure porte déjà ce nom/); // le même message que la course soit tranchée par le contrôle ou par l'index unique
    expect(await db.structure.count({ where: { nom: { equals: "atelier sécurité", mode: "insensitive" } } })).toBe(1);
  });

  it("un formulaire de convention envoyé deux fois (même clé) ne crée qu'une convention", async () => {
    session.acteur = await acteurDe(db, "charge.mission@cd13.demo");
    const titulaire = await db.structure.findFirstOrThrow({ where: { departementId: session.acteur.departementId } });
    const champs = { type: "SUBVENTION", structureId: titulaire.id, objet: "Convention double envoi", dateDebut: "2026-01-01", dateFin: "2026-12-31", montant: "10 000,00", _idempotence: "cle-de-test-0123456789" };
    const reponses = await Promise.all([appeler(creerConventionAction, champs), appeler(creerConventionAction, champs)]);
    expect(reponses.map((r) => r.statut)).toEqual(["redirection", "redirection"]);
    expect(new Set(reponses.map((r) => ("url" in r ? r.url : "")))).toHaveProperty("size", 1);
    expect(await db.convention.count({ where: { objet: "Convention double envoi" } })).toBe(1);
    // une nouvelle clé (nouvelle saisie) crée bien une seconde convention
    await appeler(creerConventionAction, { ...champs, _idempotence: "autre-cle-0123456789" });
    expect(await db.convention.count({ where: { objet: "Convention double envoi" } })).toBe(2);
  });
});

describe("autorisation dans l'action et journal des refus", () => {
  it("un lecteur qui engage des crédits est refusé, rien n'est écrit et le refus est journalisé", async () => {
    const lecteur = await acteurDe(db, "lecteur@cd13.demo");
    session.acteur = lecteur;
    const ligne = await db.ligneBudgetaire.findFirstOrThrow({ where: { departementId: lecteur.departementId } });
    const avant = await db.engagement.count();
    const r = await appeler(engagerCreditsAction, { ligneId: ligne.id, montant: "1,00", libelle: "Tentative", dateEngagement: "2026-03-01" });
    expect(estRefus(r)).toBe(true);
    expect(await db.engagement.count()).toBe(avant);
    const refus = await db.journalAudit.findFirst({ where: { utilisateurId: lecteur.id, operation: "ACCES_REFUSE" }, orderBy: { id: "desc" } });
    expect(refus?.details).toMatchObject({ motif: "permission", permission: "budgets:modifier" });
    expect(await db.journalAudit.count({ where: { utilisateurId: lecteur.id, operation: "CREATION" } })).toBe(0);
  });

  it("un échec de connexion avec un courriel inconnu est visible des administrateurs", async () => {
    await authentifier(db, { courriel: "inconnu.attaquant@exemple.fr", motDePasse: "x", ip: "203.0.113.5" });
    for (const admin of ["admin@cd13.demo", "admin@orne.demo"]) {
      const journal = await listerJournal(await contexteDe(db, admin), { operation: "ECHEC_CONNEXION", entite: "", page: 1 });
      expect(journal.lignes.some((l) => (l.details as { courriel?: string } | null)?.courriel === "inconnu.attaquant@exemple.fr" && l.ip === "203.0.113.5")).toBe(true);
    }
  });
});

describe("secret statistique (lecteur)", () => {
  const effectifs = (t: unknown): number[] => {
    const t2 = t as Record<string, unknown>;
    const sortie: number[] = [];
    const parcourir = (v: unknown, cle = ""): void => {
      if (["offre", "references", "rafraichissement", "annee", "territoire", "mois"].includes(cle)) return;
      if (typeof v === "number" && Number.isInteger(v)) sortie.push(v);
      else if (Array.isArray(v)) v.forEach((x) => parcourir(x));
      else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) parcourir(x, k);
    };
    parcourir(t2);
    return sortie;
  };

  it("la commune de Trun ne montre au lecteur aucun effectif de 1 à 10 ni aucun taux sur moins de 11 personnes, ni orientation santé", async () => {
    const trun = await db.territoire.findFirstOrThrow({ where: { code: "TRUN" } });
    const filtres = schemaFiltresTableau.parse({ territoire: trun.id, annee: "2024" });
    const admin = await tableauDeBord(await contexteDe(db, "admin@orne.demo"), filtres);
    // la commune est bien petite : sans secret, l'administrateur voit des effectifs de 1 à 10
    expect(effectifs(admin).some((n) => n >= 1 && n <= 10)).toBe(true);
    const lecteur = await tableauDeBord(await contexteDe(db, "lecteur@orne.demo"), filtres);
    expect(effectifs(lecteur).filter((n) => n >= 1 && n <= 10)).toEqual([]);
    if (lecteur.population.personnes === null || lecteur.population.personnes < 11) {
      expect(lecteur.contrats.tauxContractualisation).toBeNull();
      expect(lecteur.pyramide.ageMoyen).toBeNull();
    }
    expect(lecteur.sorties.map((s) => s.type)).not.toContain("ORIENTATION_SANTE");
  });

  it("l'export CSV du lecteur applique le même secret", async () => {
    const trun = await db.territoire.findFirstOrThrow({ where: { code: "TRUN" } });
    const csv = (await exporterTableauDeBord(await contexteDe(db, "lecteur@orne.demo"), schemaFiltresTableau.parse({ territoire: trun.id, annee: "2024" }), "csv")).contenu.toString("utf8");
    const nombres = csv.split(/\r?\n/).flatMap((l) => l.split(";").slice(1)).filter((c) => /^\d+$/.test(c)).map(Number);
    expect(nombres.filter((n) => n >= 1 && n <= 10)).toEqual([]);
  });
});

describe("cloisonnement dans PostgreSQL (RLS)", () => {
  it("la connexion de l'application n'est ni superutilisateur ni exemptée de la RLS", async () => {
    const d = await db.departement.findFirstOrThrow({ where: { code: "13" } });
    const [r] = await dbDepartement(d.id).$queryRaw<{ utilisateur: string; su: boolean; bypass: boolean }[]>`
      SELECT current_user AS utilisateur, rolsuper AS su, rolbypassrls AS bypass FROM pg_roles WHERE rolname = current_user`;
    expect(r).toEqual({ utilisateur: "pilote_app", su: false, bypass: false });
  });

  it("chaque table qui porte un departement_id a la RLS active et une politique", async () => {
    const tables = await db.$queryRaw<{ nom: string; rls: boolean; politiques: number }[]>`
      SELECT c.relname AS nom, c.relrowsecurity AS rls, (SELECT count(*)::int FROM pg_policy p WHERE p.polrelid = c.oid) AS politiques
      FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace AND s.nspname = 'public'
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'departement_id' AND NOT a.attisdropped
      WHERE c.relkind = 'r' ORDER BY 1`;
    expect(tables.length).toBeGreaterThanOrEqual(10);
    expect(tables.filter((t) => !t.rls || t.politiques === 0)).toEqual([]);
  });

  it("une requête qui oublie son filtre ne lit que le département de la connexion, et ne peut pas écrire chez l'autre", async () => {
    const cd13 = await db.departement.findFirstOrThrow({ where: { code: "13" } });
    const orne = await db.departement.findFirstOrThrow({ where: { code: "61" } });
    const app = dbDepartement(cd13.id);
    for (const [modele, total] of [
      ["structure", await db.structure.count({ where: { departementId: cd13.id } })],
      ["foyer", await db.foyer.count({ where: { departementId: cd13.id } })],
      ["convention", await db.convention.count({ where: { departementId: cd13.id } })],
      ["utilisateur", await db.utilisateur.count({ where: { departementId: cd13.id } })],
    ] as const) {
      // volontairement sans clause where
      const n = await (app[modele] as unknown as { count: () => Promise<number> }).count();
      expect(n, modele).toBe(total);
    }
    expect(await app.structure.count({ where: { departementId: orne.id } })).toBe(0);
    expect(await app.actionInsertion.findMany({ where: { departementId: orne.id } })).toEqual([]);
    await expect(app.structure.create({ data: { departementId: orne.id, nom: "Intrusion", categorie: "ASSOCIATION" } })).rejects.toThrow();
    const etape = await db.structure.findFirstOrThrow({ where: { departementId: orne.id } });
    expect(await app.structure.updateMany({ where: { id: etape.id }, data: { nom: "Piratée" } })).toEqual({ count: 0 });
  });
});

describe("cloisonnement entre départements (bénéficiaires, contrats, prescriptions, conventions, tableaux de bord)", () => {
  const departement = async (code: string) => (await db.departement.findUniqueOrThrow({ where: { code } })).id;

  it("le dossier et le contrat d'une personne de l'Orne sont introuvables pour l'administrateur des Bouches-du-Rhône", async () => {
    const orne = await departement("61");
    const contrat = await db.contratEngagement.findFirstOrThrow({ where: { personne: { foyer: { departementId: orne } } } });
    const ctx = await contexteDe(db, "admin@cd13.demo");
    await expect(dossierPersonne(ctx, contrat.personneId)).rejects.toBeInstanceOf(ErreurIntrouvable);
    await expect(obtenirContrat(ctx, contrat.id)).rejects.toBeInstanceOf(ErreurIntrouvable);
    // et par la connexion cloisonnée : même chose
    await expect(dossierPersonne({ ...ctx, db: dbDepartement(ctx.acteur.departementId) }, contrat.personneId)).rejects.toBeInstanceOf(ErreurIntrouvable);
  });

  it("une convention des Bouches-du-Rhône est introuvable depuis l'Orne", async () => {
    const convention = await db.convention.findFirstOrThrow({ where: { departementId: await departement("13") } });
    await expect(obtenirConvention(await contexteDe(db, "admin@orne.demo"), convention.id)).rejects.toBeInstanceOf(ErreurIntrouvable);
  });

  it("l'opérateur de l'Orne ne suit aucune prescription d'une action des Bouches-du-Rhône", async () => {
    const ctx = await contexteDe(db, "operateur.etape@orne.demo");
    const lectures = () => db.journalAudit.count({ where: { utilisateurId: ctx.acteur.id, operation: "LECTURE", entite: "ListePrescriptions" } });
    const avant = await lectures();
    const page = await prescriptionsOperateur(ctx, schemaFiltresPrescriptions.parse({ page: "1" }));
    // la liste porte noms et dates de naissance : sa consultation est journalisée
    expect(await lectures()).toBe(avant + 1);
    const ids = page.lignes.map((l) => l.action.id);
    expect(await db.actionInsertion.count({ where: { id: { in: ids }, departementId: { not: ctx.acteur.departementId } } })).toBe(0);
  });

  it("le tableau de bord d'un territoire de l'Orne est introuvable pour le lecteur des Bouches-du-Rhône", async () => {
    const trun = await db.territoire.findFirstOrThrow({ where: { code: "TRUN" } });
    await expect(tableauDeBord(await contexteDe(db, "lecteur@cd13.demo"), schemaFiltresTableau.parse({ territoire: trun.id }))).rejects.toBeInstanceOf(ErreurIntrouvable);
  });
});

describe("saisies hostiles : jamais d'erreur 500, jamais d'écriture à moitié", () => {
  it("un octet NUL ou un caractère de contrôle dans un filtre de liste est ignoré au lieu de faire échouer la requête", async () => {
    const ctx = await contexteDe(db, "admin@cd13.demo");
    const hostile = { q: "emploi\u0000' OR 1=1", territoire: "\u0000", porteur: "%E0%A4%A", page: "99999999999999" };
    await expect(listerStructures(ctx, schemaFiltresStructures.parse(hostile))).resolves.toHaveProperty("total");
    await expect(pageCatalogue(ctx, schemaFiltresCatalogue.parse(hostile))).resolves.toBeTruthy();
    await expect(listerConventions(ctx, schemaFiltresConventions.parse(hostile))).resolves.toBeTruthy();
    await expect(fileActive(ctx, schemaFiltresFileActive.parse(hostile))).resolves.toBeTruthy();
    expect(schemaFiltresStructures.parse(hostile).page).toBe(1);
  });

  it("un nombre de sorties « 0,5 » et une date au 31 février sont refusés avec un message sur le champ", async () => {
    session.acteur = await acteurDe(db, "charge.mission@cd13.demo");
    const convention = await db.convention.findFirstOrThrow({ where: { departementId: session.acteur.departementId } });
    const avant = await db.bilan.count();
    const r = await appeler(enregistrerBilanAction, { conventionId: convention.id, type: "ANNUEL", periodeDebut: "2026-02-31", periodeFin: "2026-06-30", participants: "12", sortie_EMPLOI_DURABLE: "0,5" });
    expect(r.statut).toBe("erreur");
    const champs = "erreursChamps" in r ? r.erreursChamps : {};
    expect(champs.periodeDebut?.[0]).toMatch(/date valide/);
    expect(champs.sortie_EMPLOI_DURABLE?.[0]).toMatch(/entier/);
    expect(await db.bilan.count()).toBe(avant);
  });

  it("un entier au-delà de 2^31 (version, participants) est refusé par le schéma, pas par PostgreSQL", async () => {
    session.acteur = await acteurDe(db, "charge.mission@cd13.demo");
    const convention = await db.convention.findFirstOrThrow({ where: { departementId: session.acteur.departementId } });
    const r = await appeler(enregistrerBilanAction, { conventionId: convention.id, type: "ANNUEL", periodeDebut: "2026-01-01", periodeFin: "2026-06-30", participants: "99999999999" });
    expect(r.statut).toBe("erreur");
    expect("erreursChamps" in r ? r.erreursChamps.participants?.[0] : "").toMatch(/compris entre/);
  });

  it("un contrat qui cite une action ou un frein de l'autre département est refusé", async () => {
    const ctx = await contexteDe(db, "referent.pole1@cd13.demo");
    const personne = await db.personne.findFirstOrThrow({ where: { referents: { some: { referentId: ctx.acteur.id, dateFin: null } } } });
    const orne = await db.departement.findUniqueOrThrow({ where: { code: "61" } });
    const actionOrne = await db.actionInsertion.findFirstOrThrow({ where: { departementId: orne.id } });
    // le formulaire tel que le navigateur l'envoie (champs imbriqués), avec l'identifiant d'une action de l'Orne
    const donnees = schemaContrat.parse({
      personneId: personne.id,
      dateDebut: "2026-01-05",
      dateFin: "2026-06-30",
      "objectifs[0].libelle": "Emploi",
      "objectifs[0].frein": "SANTE",
      "objectifs[0].activites[0].libelle": "Atelier",
      "objectifs[0].activites[0].categorie": "PROFESSIONNELLE",
      "objectifs[0].activites[0].mode": "ACCOMPAGNEE",
      "objectifs[0].activites[0].heuresHebdo": "15",
      "objectifs[0].activites[0].actionId": actionOrne.id,
    });
    const avant = await db.contratEngagement.count({ where: { personneId: personne.id } });
    const erreur = await enregistrerContrat(ctx, donnees).catch((e: unknown) => e);
    expect(erreur).toBeInstanceOf(ErreurMetier);
    expect((erreur as InstanceType<typeof ErreurMetier>).erreursChamps).toHaveProperty(["objectifs.0.activites.0.actionId"]);
    expect(await db.contratEngagement.count({ where: { personneId: personne.id } })).toBe(avant);
  });
});
