// Matrice d'autorisation (issue 15) : chaque action serveur exportée par lib/*/actions.ts est appelée
// comme le navigateur l'appelle (FormData), par chaque rôle. La matrice attendue est écrite ici, à la
// main : c'est l'oracle, indépendant de lib/authz/permissions.ts. Une action nouvelle sans ligne dans
// la matrice fait échouer le test. Puis chaque écriture réussie laisse exactement sa ligne de journal,
// et une écriture refusée ou annulée n'en laisse aucune.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Acteur, Role } from "@/lib/authz/acteur";
import { creerClient } from "@/tests/setup/base";
import { acteurDe, chargerDemo } from "@/tests/integration/outils";
import { appeler, cacheNeutre, estRefus, session, sessionSimulee, type Action, type Reponse } from "./outils";

vi.mock("@/lib/auth/session", () => sessionSimulee);
vi.mock("next/cache", () => cacheNeutre);

const modules = import.meta.glob<Record<string, unknown>>("../../lib/*/actions*.ts");
// l'authentification elle-même (connexion, déconnexion) n'est pas une écriture métier
// ni « Mon compte » (chacun pour soi, ou par lien à usage unique), testé dans securite-comptes.int.test.ts
const HORS_MATRICE = new Set([
  "seConnecter",
  "seDeconnecter",
  "seConnecterAvecProConnect",
  "definirMotDePasseAction",
  "confirmerSecondFacteurAction",
  "desactiverSecondFacteurAction",
  "changerMotDePasseAction",
]);

const PILOTAGE: Role[] = ["ADMIN", "CHARGE_MISSION"];
const MATRICE: Record<string, Role[]> = {
  orienterAction: ["ADMIN", "RESPONSABLE_TERRITOIRE"],
  diagnostiquerAction: ["ADMIN", "REFERENT"],
  engagerCreditsAction: PILOTAGE,
  deplacerCreditsAction: PILOTAGE,
  enregistrerActionInsertion: ["ADMIN", "CHARGE_MISSION", "OPERATEUR"],
  suspendreActionInsertion: ["ADMIN", "CHARGE_MISSION", "OPERATEUR"],
  reactiverActionInsertion: ["ADMIN", "CHARGE_MISSION", "OPERATEUR"],
  enregistrerContratAction: ["ADMIN", "REFERENT"],
  evenementContratAction: ["ADMIN", "CHARGE_MISSION", "RESPONSABLE_TERRITOIRE", "REFERENT"],
  renouvelerContratAction: ["ADMIN", "REFERENT"],
  creerConventionAction: PILOTAGE,
  ajouterAvenantAction: PILOTAGE,
  programmerPaiementAction: PILOTAGE,
  mandaterPaiementAction: PILOTAGE,
  changerStatutAction: PILOTAGE,
  enregistrerBilanAction: ["ADMIN", "CHARGE_MISSION", "OPERATEUR"],
  prescrireAction: ["ADMIN", "REFERENT"],
  suivrePrescriptionAction: ["ADMIN", "CHARGE_MISSION", "OPERATEUR"],
  enregistrerPresenceAction: ["ADMIN", "CHARGE_MISSION", "OPERATEUR"],
  creerStructureAction: PILOTAGE,
  modifierStructureAction: PILOTAGE,
  lancerTacheAction: ["ADMIN"],
  deposerFichierAction: PILOTAGE,
  // comptes et paramètres de sécurité : l'administrateur seul
  creerCompteAction: ["ADMIN"],
  modifierCompteAction: ["ADMIN"],
  genererLienAction: ["ADMIN"],
  fermerSessionsAction: ["ADMIN"],
  retirerSecondFacteurAction: ["ADMIN"],
  enregistrerParametresAction: ["ADMIN"],
  // aides financières : le référent demande, le chargé de mission instruit et décide
  demanderAideAction: ["ADMIN", "REFERENT"],
  faireAvancerAideAction: PILOTAGE,
  // bilans en ligne : la structure soumet, le chargé de mission valide ou renvoie
  faireAvancerBilanAction: ["ADMIN", "CHARGE_MISSION", "OPERATEUR"],
  // droits et devoirs
  planifierRendezVousAction: ["ADMIN", "REFERENT"],
  resultatRendezVousAction: ["ADMIN", "REFERENT"],
  signalerManquementAction: ["ADMIN", "RESPONSABLE_TERRITOIRE", "REFERENT"],
  creerSessionAction: ["ADMIN", "CHARGE_MISSION", "RESPONSABLE_TERRITOIRE"],
  inscrireSituationAction: ["ADMIN", "CHARGE_MISSION", "RESPONSABLE_TERRITOIRE"],
  informerPersonneAction: ["ADMIN", "CHARGE_MISSION", "RESPONSABLE_TERRITOIRE"],
  observationsAction: ["ADMIN", "CHARGE_MISSION", "RESPONSABLE_TERRITOIRE"],
  avisAction: ["ADMIN", "CHARGE_MISSION", "RESPONSABLE_TERRITOIRE"],
  classerAction: ["ADMIN", "CHARGE_MISSION", "RESPONSABLE_TERRITOIRE"],
  deciderAction: ["ADMIN", "RESPONSABLE_TERRITOIRE"],
  remobilisationAction: ["ADMIN", "RESPONSABLE_TERRITOIRE", "REFERENT"],
  transmissionAction: PILOTAGE,
  parametresAction: ["ADMIN"],
};

const COMPTES: Record<Role, string> = {
  ADMIN: "admin@cd13.demo",
  CHARGE_MISSION: "charge.mission@cd13.demo",
  RESPONSABLE_TERRITOIRE: "responsable.pole1@cd13.demo",
  REFERENT: "referent.pole1@cd13.demo",
  OPERATEUR: "operateur.ares@cd13.demo",
  LECTEUR: "lecteur@cd13.demo",
};

let db: PrismaClient;
const actions = new Map<string, Action>();
const acteurs = {} as Record<Role, Acteur>;

beforeAll(async () => {
  db = creerClient();
  await chargerDemo(db);
  for (const charger of Object.values(modules)) {
    for (const [nom, exporte] of Object.entries(await charger())) if (typeof exporte === "function") actions.set(nom, exporte as Action);
  }
  for (const [role, courriel] of Object.entries(COMPTES)) acteurs[role as Role] = await acteurDe(db, courriel);
});
afterAll(async () => db.$disconnect());

const ecrituresDe = (utilisateurId: string) => db.journalAudit.count({ where: { utilisateurId, operation: { in: ["CREATION", "MODIFICATION", "SUPPRESSION"] } } });

describe("matrice d'autorisation des actions serveur", () => {
  it("chaque action exportée par lib/*/actions.ts figure dans la matrice", () => {
    const noms = [...actions.keys()].filter((n) => !HORS_MATRICE.has(n)).sort();
    expect(noms.length).toBeGreaterThanOrEqual(20);
    expect(noms.filter((n) => !(n in MATRICE))).toEqual([]);
  });

  it("chaque rôle est refusé exactement là où la matrice le dit, sans rien écrire, et le refus est journalisé", async () => {
    const ecarts: string[] = [];
    for (const [nom, autorises] of Object.entries(MATRICE)) {
      const action = actions.get(nom)!;
      for (const role of Object.keys(COMPTES) as Role[]) {
        session.acteur = acteurs[role];
        const ecrituresAvant = await ecrituresDe(acteurs[role].id);
        const refusAvant = await db.journalAudit.count({ where: { utilisateurId: acteurs[role].id, operation: "ACCES_REFUSE" } });
        // saisie vide : un rôle autorisé passe la permission puis bute sur la validation
        const r = await appeler(action, {});
        const refuse = estRefus(r);
        if (refuse === autorises.includes(role)) ecarts.push(`${nom} × ${role} : ${refuse ? "refusé" : "accepté"}`);
        expect(await ecrituresDe(acteurs[role].id)).toBe(ecrituresAvant);
        if (refuse) expect(await db.journalAudit.count({ where: { utilisateurId: acteurs[role].id, operation: "ACCES_REFUSE" } })).toBe(refusAvant + 1);
      }
    }
    expect(ecarts).toEqual([]);
  });
});

describe("journal d'audit de chaque écriture", () => {
  /** Appelle l'action ; succès ⇒ exactement une ligne d'écriture de plus au journal, erreur ⇒ aucune. */
  async function verifierJournal(nom: string, role: Role, champs: Record<string, string | string[]>): Promise<Reponse> {
    session.acteur = acteurs[role];
    const avant = await ecrituresDe(acteurs[role].id);
    const r = await appeler(actions.get(nom)!, champs);
    const apres = await ecrituresDe(acteurs[role].id);
    expect(apres - avant, `${nom} (${r.statut}${"message" in r ? ` : ${r.message} ${JSON.stringify("erreursChamps" in r ? r.erreursChamps : {})}` : ""})`).toBe(r.statut === "erreur" ? 0 : 1);
    return r;
  }
  const reussi = (r: Reponse) => {
    if (r.statut === "erreur") console.info(`[refus attendu ou non] ${r.message} ${JSON.stringify(r.erreursChamps)}`);
    return r.statut === "succes" || r.statut === "redirection";
  };

  it("structures, conventions, avenants, paiements, bilans : une ligne par écriture réussie, aucune pour une écriture annulée", async () => {
    const cd13 = acteurs.ADMIN.departementId;
    const structure = { nom: "Structure auditée", categorie: "ASSOCIATION" };
    expect(reussi(await verifierJournal("creerStructureAction", "ADMIN", structure))).toBe(true);
    const s = await db.structure.findFirstOrThrow({ where: { nom: "Structure auditée" } });
    expect(reussi(await verifierJournal("modifierStructureAction", "CHARGE_MISSION", { ...structure, id: s.id, sigle: "SA" }))).toBe(true);
    // doublon : refusé par la base, annulé, rien au journal
    expect(reussi(await verifierJournal("creerStructureAction", "ADMIN", { ...structure, nom: "STRUCTURE AUDITÉE" }))).toBe(false);

    const conv = { type: "SUBVENTION", structureId: s.id, objet: "Convention auditée", dateDebut: "2026-01-01", dateFin: "2026-12-31", montant: "1 000,00" };
    expect(reussi(await verifierJournal("creerConventionAction", "CHARGE_MISSION", conv))).toBe(true);
    const c = await db.convention.findFirstOrThrow({ where: { objet: "Convention auditée", departementId: cd13 } });
    expect(reussi(await verifierJournal("ajouterAvenantAction", "CHARGE_MISSION", { conventionId: c.id, dateSignature: "2026-02-01", objet: "Avenant audité", montant: "100,00" }))).toBe(true);
    expect(reussi(await verifierJournal("changerStatutAction", "CHARGE_MISSION", { conventionId: c.id, version: String((await db.convention.findUniqueOrThrow({ where: { id: c.id } })).version), statut: "VOTEE", cpDate: "2026-01-15", cpRapport: "R-1" }))).toBe(true);
    expect(reussi(await verifierJournal("programmerPaiementAction", "CHARGE_MISSION", { conventionId: c.id, type: "ACOMPTE", libelle: "Acompte", montant: "500,00" }))).toBe(true);
    // dépasse le montant de la convention : la commande lève dans sa transaction, rien n'est journalisé
    expect(reussi(await verifierJournal("programmerPaiementAction", "CHARGE_MISSION", { conventionId: c.id, type: "SOLDE", libelle: "Trop", montant: "99 999,00" }))).toBe(false);
    // un paiement ne se mandate qu'une fois la convention signée (issue 14)
    expect(reussi(await verifierJournal("changerStatutAction", "CHARGE_MISSION", { conventionId: c.id, version: String((await db.convention.findUniqueOrThrow({ where: { id: c.id } })).version), statut: "SIGNEE", dateSignature: "2026-02-01" }))).toBe(true);
    const p = await db.paiement.findFirstOrThrow({ where: { conventionId: c.id } });
    expect(reussi(await verifierJournal("mandaterPaiementAction", "CHARGE_MISSION", { paiementId: p.id, conventionId: c.id, dateMandatement: "2026-03-01" }))).toBe(true);
    expect(reussi(await verifierJournal("enregistrerBilanAction", "CHARGE_MISSION", { conventionId: c.id, type: "ANNUEL", periodeDebut: "2026-01-01", periodeFin: "2026-06-30", participants: "12" }))).toBe(true);
  });

  it("budget, catalogue, parcours : une ligne par écriture réussie", async () => {
    const cd13 = acteurs.ADMIN.departementId;
    const [l1, l2] = await db.$queryRaw<{ id: string }[]>`
      SELECT v.id FROM v_etat_ligne v JOIN ligne_budgetaire l ON l.id = v.id
      WHERE l.departement_id = ${cd13} AND v.prevu + v.entrants - v.sortants - v.engage > 1000 ORDER BY l.programme_id, l.exercice LIMIT 2`;
    expect(reussi(await verifierJournal("engagerCreditsAction", "CHARGE_MISSION", { ligneId: l1!.id, montant: "1,00", libelle: "Engagement audité", dateEngagement: "2026-03-01" }))).toBe(true);
    await verifierJournal("deplacerCreditsAction", "CHARGE_MISSION", { type: "REDEPLOIEMENT", sourceId: l1!.id, cibleId: l2!.id, montant: "1,00", motif: "Audit", dateMouvement: "2026-03-02" });

    const action = { code: "SEC-01", intitule: "Action auditée", visee: "SOCIALE", objectifs: "Vérifier le journal", toutDepartement: "1" };
    expect(reussi(await verifierJournal("enregistrerActionInsertion", "CHARGE_MISSION", action))).toBe(true);
    const a = await db.actionInsertion.findFirstOrThrow({ where: { code: "SEC-01", departementId: cd13 } });
    expect(reussi(await verifierJournal("suspendreActionInsertion", "CHARGE_MISSION", { id: a.id, motif: "Audit" }))).toBe(true);
    expect(reussi(await verifierJournal("reactiverActionInsertion", "CHARGE_MISSION", { id: a.id }))).toBe(true);

    const referent = acteurs.REFERENT;
    const aujourdhui = new Date().toISOString().slice(0, 10);
    // une personne dont aucune période d'orientation ne commence aujourd'hui ou après : la réorienter aujourd'hui est possible
    const personne = await db.personne.findFirstOrThrow({
      where: { referents: { some: { referentId: referent.id, dateFin: null } }, orientations: { none: { dateDebut: { gte: new Date(aujourdhui) } } } },
    });
    expect(reussi(await verifierJournal("diagnostiquerAction", "REFERENT", { personneId: personne.id, date: "2026-03-01", frein_SANTE: "FORT" }))).toBe(true);
    expect(reussi(await verifierJournal("prescrireAction", "REFERENT", { personneId: personne.id, actionId: a.id }))).toBe(true);
    // tâche de l'instance (sans département) : la politique RLS de tache_execution l'autorise
    expect(reussi(await verifierJournal("lancerTacheAction", "ADMIN", { nom: "indicateurs-rafraichir" }))).toBe(true);
    expect(reussi(await verifierJournal("lancerTacheAction", "ADMIN", { nom: "contrats-echeances" }))).toBe(true);
    expect(reussi(await verifierJournal("orienterAction", "ADMIN", { personneId: personne.id, parcours: "SOCIAL", referentId: referent.id, date: aujourdhui }))).toBe(true);
  });
});
