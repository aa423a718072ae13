// Issue 14 : intégrité du contrat d'engagement (un seul contrat vivant, dates plausibles, quatre yeux,
// rupture annulable, renouvellement, exemption et minoration) et version de l'action à l'entrée/sortie.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { creerClient } from "@/tests/setup/base";
import { ErreurMetier, ErreurPermission } from "@/lib/errors";
import { enregistrerContrat } from "@/lib/contrats/commands/enregistrer-contrat";
import { annulerRupture, renouvelerContrat, rompreContrat, signerContrat, validerContrat } from "@/lib/contrats/commands/cycle-contrat";
import { schemaContrat } from "@/lib/contrats/schemas";
import { MESSAGE_CONTRAT_OUVERT_EXISTANT, STATUTS_CONTRAT_OUVERT } from "@/lib/contrats/domain/ouvert";
import { formulaireContrat } from "@/lib/contrats/queries/formulaire-contrat";
import { obtenirContrat } from "@/lib/contrats/queries/obtenir-contrat";
import { prescrire } from "@/lib/prescriptions/commands/prescrire";
import { suivrePrescription } from "@/lib/prescriptions/commands/suivre-prescription";
import { chargerDemo, contexteDe } from "./outils";

let db: PrismaClient;
beforeAll(async () => {
  db = creerClient();
  await chargerDemo(db);
}, 180_000);
afterAll(async () => db.$disconnect());

const JOUR = 86_400_000;
const aujourdhui = () => new Date(new Date().toISOString().slice(0, 10));
const dans = (jours: number) => new Date(aujourdhui().getTime() + jours * JOUR);
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** Formulaire tel que le navigateur l'envoie (champs imbriqués), passé au schéma unique. */
const saisie = (personneId: string, champs: Record<string, string> = {}, heures: number[] = [8, 7]) =>
  schemaContrat.parse({
    personneId,
    dateDebut: iso(aujourdhui()),
    dateFin: iso(dans(300)),
    "objectifs[0].libelle": "Accéder à un emploi d'aide à domicile",
    "objectifs[0].frein": "MOBILITE",
    ...Object.fromEntries(
      heures.flatMap((h, i) => [
        [`objectifs[0].activites[${i}].libelle`, `Activité ${i + 1}`],
        [`objectifs[0].activites[${i}].categorie`, "SOCIALE"],
        [`objectifs[0].activites[${i}].mode`, "COLLECTIVE"],
        [`objectifs[0].activites[${i}].heuresHebdo`, String(h).replace(".", ",")],
      ]),
    ),
    ...champs,
  });

/** Une personne suivie par ce référent, sans contrat vivant, droits ouverts depuis au moins 30 jours. */
async function personneLibre(courriel: string, rang = 0) {
  const referent = await db.utilisateur.findUniqueOrThrow({ where: { courriel } });
  const personnes = await db.personne.findMany({
    where: { referents: { some: { referentId: referent.id } }, contrats: { none: { statut: { in: [...STATUTS_CONTRAT_OUVERT] } } }, foyer: { dateOuvertureDroits: { lte: dans(-30) } } },
    orderBy: { id: "asc" },
    include: { foyer: true },
  });
  const p = personnes[rang];
  if (!p) throw new Error(`pas assez de personnes libres pour ${courriel}`);
  return p;
}

// pas de délai négatif : tests/integration/delais-periode-droits.int.test.ts

describe("un seul contrat vivant par personne", () => {
  it("PostgreSQL refuse un second contrat vivant, même écrit sans passer par l'application", async () => {
    const c = await db.contratEngagement.findFirstOrThrow({ where: { statut: "EN_COURS" } });
    await expect(db.contratEngagement.create({ data: { personneId: c.personneId, referentId: c.referentId, dateDebut: c.dateDebut, dateFin: c.dateFin } })).rejects.toThrow(/contrat_un_seul_vivant|23P01/);
    // un contrat terminé ne gêne pas
    const cree = await db.contratEngagement.create({ data: { personneId: c.personneId, referentId: c.referentId, statut: "ECHU", dateDebut: new Date("2024-01-01"), dateFin: new Date("2024-12-31") } });
    await db.contratEngagement.delete({ where: { id: cree.id } });
  });

  it("« nouveau contrat » pour une personne qui en a déjà un : la commande refuse, la page sait où renvoyer", async () => {
    const ctx = await contexteDe(db, "referent.pole6@cd13.demo");
    const p = await personneLibre("referent.pole6@cd13.demo");
    const { id } = await enregistrerContrat(ctx, saisie(p.id));
    const second = await enregistrerContrat(ctx, saisie(p.id)).catch((e) => e);
    expect(second).toBeInstanceOf(ErreurMetier);
    expect(second.messageUtilisateur).toBe(MESSAGE_CONTRAT_OUVERT_EXISTANT);
    expect((await formulaireContrat(ctx, p.id)).vivant).toEqual({ id, statut: "BROUILLON" });
    expect(await db.contratEngagement.count({ where: { personneId: p.id } })).toBe(1);
  });

  it("deux onglets qui enregistrent un nouveau contrat en même temps : un seul est créé", async () => {
    const ctx = await contexteDe(db, "referent.pole6@cd13.demo");
    const p = await personneLibre("referent.pole6@cd13.demo");
    const r = await Promise.allSettled([enregistrerContrat(ctx, saisie(p.id)), enregistrerContrat(ctx, saisie(p.id)), enregistrerContrat(ctx, saisie(p.id))]);
    expect(r.filter((x) => x.status === "fulfilled")).toHaveLength(1);
    expect(await db.contratEngagement.count({ where: { personneId: p.id } })).toBe(1);
  });
});

describe("dates plausibles", () => {
  it("refuse plus de 12 mois, un début avant l'ouverture des droits ; la durée maximale est un paramètre du département", async () => {
    const ctx = await contexteDe(db, "referent.pole6@cd13.demo");
    const p = await personneLibre("referent.pole6@cd13.demo");
    const trop = await enregistrerContrat(ctx, saisie(p.id, { dateFin: iso(new Date(Date.UTC(aujourdhui().getUTCFullYear() + 1, aujourdhui().getUTCMonth(), aujourdhui().getUTCDate()))) })).catch((e) => e);
    expect(trop.erreursChamps.dateFin[0]).toMatch(/au plus 12 mois/);
    const avant = await enregistrerContrat(ctx, saisie(p.id, { dateDebut: iso(new Date(p.foyer.dateOuvertureDroits.getTime() - JOUR)), dateFin: iso(dans(10)) })).catch((e) => e);
    expect(avant.erreursChamps.dateDebut[0]).toMatch(/avant l'ouverture des droits/);

    const departementId = ctx.acteur.departementId;
    await db.parametresContrat.upsert({ where: { departementId }, create: { departementId, dureeMaxMois: 6 }, update: { dureeMaxMois: 6 } });
    try {
      const six = await enregistrerContrat(ctx, saisie(p.id, { dateFin: iso(dans(200)) })).catch((e) => e);
      expect(six.erreursChamps.dateFin[0]).toMatch(/au plus 6 mois/);
    } finally {
      await db.parametresContrat.delete({ where: { departementId } });
    }
    expect(await db.contratEngagement.count({ where: { personneId: p.id } })).toBe(0);
  });

  it("refuse une signature antérieure à la création du contrat ou dans le futur", async () => {
    const ctx = await contexteDe(db, "referent.pole6@cd13.demo");
    const p = await personneLibre("referent.pole6@cd13.demo");
    const { id } = await enregistrerContrat(ctx, saisie(p.id));
    await expect(signerContrat(ctx, { id, version: 1, date: dans(-3) })).rejects.toThrow(/précéder la création/);
    await expect(signerContrat(ctx, { id, version: 1, date: dans(2) })).rejects.toThrow(/futur/);
    await signerContrat(ctx, { id, version: 1, date: aujourdhui() });
    expect((await db.contratEngagement.findUniqueOrThrow({ where: { id } })).statut).toBe("SIGNE");
  });
});

describe("quatre yeux", () => {
  it("l'administrateur qui a rédigé et signé un contrat ne peut pas le valider ; le responsable du territoire, si", async () => {
    const admin = await contexteDe(db, "admin@cd13.demo");
    const p = await personneLibre("referent.pole6@cd13.demo");
    const { id } = await enregistrerContrat(admin, saisie(p.id));
    await signerContrat(admin, { id, version: 1, date: aujourdhui() });
    const refus = await validerContrat(admin, { id, version: 2 }).catch((e) => e);
    expect(refus).toBeInstanceOf(ErreurMetier);
    expect(refus.messageUtilisateur).toMatch(/quatre yeux/);
    expect((await obtenirContrat(admin, id)).droits.valider).toBe(false);
    // en base aussi : validateur = rédacteur refusé
    await expect(db.contratEngagement.update({ where: { id }, data: { validateurId: admin.acteur.id } })).rejects.toThrow(/contrat_quatre_yeux/);
    const responsable = await contexteDe(db, "responsable.pole6@cd13.demo");
    expect((await obtenirContrat(responsable, id)).droits.valider).toBe(true);
    await validerContrat(responsable, { id, version: 2 });
    expect((await db.contratEngagement.findUniqueOrThrow({ where: { id } })).validateurId).toBe(responsable.acteur.id);
  });
});

describe("rupture et renouvellement (commandes)", () => {
  it("rompt un contrat en cours ; le référent ne peut pas annuler ; le responsable l'annule dans le délai, journalisé ; plus après", async () => {
    const referent = await contexteDe(db, "referent.pole6@cd13.demo");
    const responsable = await contexteDe(db, "responsable.pole6@cd13.demo");
    const c = await db.contratEngagement.findFirstOrThrow({ where: { statut: "EN_COURS", referentId: referent.acteur.id } });
    await expect(rompreContrat(referent, { id: c.id, version: c.version, motif: null })).rejects.toThrow(/motif de la rupture/);
    await rompreContrat(referent, { id: c.id, version: c.version, motif: "Déménagement hors du département" });
    const rompu = await db.contratEngagement.findUniqueOrThrow({ where: { id: c.id } });
    expect(rompu).toMatchObject({ statut: "ROMPU", statutAvantRupture: "EN_COURS", rompuParId: referent.acteur.id, motifRupture: "Déménagement hors du département" });

    await expect(annulerRupture(referent, { id: c.id, version: rompu.version, motif: "Erreur" })).rejects.toBeInstanceOf(ErreurPermission);
    const tard = await annulerRupture(responsable, { id: c.id, version: rompu.version, motif: "Erreur de dossier" }, new Date(Date.now() + 8 * JOUR)).catch((e) => e);
    expect(tard.messageUtilisateur).toMatch(/plus de 7 jours/);
    await annulerRupture(responsable, { id: c.id, version: rompu.version, motif: "Erreur de dossier : ce n'était pas cette personne" });
    const retabli = await db.contratEngagement.findUniqueOrThrow({ where: { id: c.id } });
    expect(retabli).toMatchObject({ statut: "EN_COURS", motifRupture: null, rompuLe: null, statutAvantRupture: null });
    const journal = await db.journalAudit.findFirstOrThrow({ where: { entite: "ContratEngagement", entiteId: c.id, utilisateurId: responsable.acteur.id }, orderBy: { id: "desc" } });
    expect(journal.details).toMatchObject({ evenement: "annulerRupture", statut: "EN_COURS", motifRuptureAnnulee: "Déménagement hors du département" });
  });

  it("renouvelle un contrat en cours : le suivant commence le lendemain de la fin, dure 12 mois, reprend le plan ; pas deux fois", async () => {
    const referent = await contexteDe(db, "referent.pole6@cd13.demo");
    const c = await db.contratEngagement.findFirstOrThrow({
      where: { statut: "EN_COURS", referentId: referent.acteur.id, dateFin: { gte: aujourdhui() }, motifExemption: null },
      include: { objectifs: { include: { activites: true } } },
      orderBy: { id: "desc" },
    });
    const { id } = await renouvelerContrat(referent, { id: c.id, bilan: "Objectifs atteints ; poursuivre vers l'emploi." });
    const suivant = await db.contratEngagement.findUniqueOrThrow({ where: { id }, include: { objectifs: { include: { activites: true } } } });
    const lendemain = new Date(c.dateFin.getTime() + JOUR);
    expect(iso(suivant.dateDebut)).toBe(iso(lendemain));
    expect(iso(suivant.dateFin)).toBe(iso(new Date(Date.UTC(lendemain.getUTCFullYear(), lendemain.getUTCMonth() + 12, lendemain.getUTCDate() - 1))));
    expect(suivant).toMatchObject({ statut: "BROUILLON", contratPrecedentId: c.id, bilanPrecedent: "Objectifs atteints ; poursuivre vers l'emploi." });
    expect(suivant.objectifs.flatMap((o) => o.activites.map((a) => a.heuresHebdo)).sort()).toEqual(c.objectifs.flatMap((o) => o.activites.map((a) => a.heuresHebdo)).sort());
    expect((await db.contratEngagement.findUniqueOrThrow({ where: { id: c.id } })).statut).toBe("RENOUVELE");
    await expect(renouvelerContrat(referent, { id: c.id, bilan: "encore" })).rejects.toThrow(/renouvelé/);
  });

  it("renouvelle un contrat échu depuis longtemps : le suivant commence aujourd'hui, jamais dans le passé", async () => {
    const referent = await contexteDe(db, "referent.pole6@cd13.demo");
    const c = await db.contratEngagement.findFirstOrThrow({ where: { statut: "EN_COURS", referentId: referent.acteur.id } });
    await db.contratEngagement.update({ where: { id: c.id }, data: { statut: "ECHU", dateDebut: dans(-500), dateFin: dans(-136) } });
    const { id } = await renouvelerContrat(referent, { id: c.id, bilan: "Reprise après une interruption." });
    expect(iso((await db.contratEngagement.findUniqueOrThrow({ where: { id } })).dateDebut)).toBe(iso(aujourdhui()));
  });
});

describe("exemption et minoration", () => {
  it("enregistre un contrat avec exemption (sans heures) et un avec minoration motivée (10 h)", async () => {
    const ctx = await contexteDe(db, "referent.pole6@cd13.demo");
    const p1 = await personneLibre("referent.pole6@cd13.demo", 0);
    const p2 = await personneLibre("referent.pole6@cd13.demo", 1);
    const exempte = await enregistrerContrat(ctx, saisie(p1.id, { motifExemption: "SANTE" }, [0]));
    const c1 = await db.contratEngagement.findUniqueOrThrow({ where: { id: exempte.id }, include: { objectifs: { include: { activites: true } } } });
    expect(c1.motifExemption).toBe("SANTE");
    expect(c1.objectifs[0]!.activites[0]).toMatchObject({ heuresHebdo: 0, categorie: "SOCIALE", mode: "COLLECTIVE" });
    expect(c1.objectifs[0]!.frein).toBe("MOBILITE");

    await expect(enregistrerContrat(ctx, saisie(p2.id, {}, [4, 6]))).rejects.toThrow(/motif de la minoration/);
    const minore = await enregistrerContrat(ctx, saisie(p2.id, { motifMinoration: "Reprise progressive après une hospitalisation" }, [4, 6]));
    const c2 = await db.contratEngagement.findUniqueOrThrow({ where: { id: minore.id } });
    expect(c2.motifMinoration).toBe("Reprise progressive après une hospitalisation");
    await signerContrat(ctx, { id: c2.id, version: 1, date: aujourdhui() });
  });
});

describe("prescription : version de l'action", () => {
  it("l'entrée puis la sortie incrémentent la version de l'action (un formulaire périmé du catalogue ne réécrit pas l'effectif)", async () => {
    const referent = await contexteDe(db, "referent.pole6@cd13.demo");
    const operateur = await contexteDe(db, "operateur.ares@cd13.demo");
    const ares = await db.actionInsertion.findFirstOrThrow({ where: { code: "2.2.5" } });
    await db.actionInsertion.update({ where: { id: ares.id }, data: { participantsEnCours: 0 } });
    // sans prescription en cours sur l'action (les parcours synthétiques en ont terminé beaucoup)
    const p = await db.personne.findFirstOrThrow({
      where: { referents: { some: { referentId: referent.acteur.id } }, prescriptions: { none: { actionId: ares.id, statut: { in: ["PROPOSEE", "ACCEPTEE", "ENTREE"] } } } },
      orderBy: { id: "desc" },
    });
    const { id } = await prescrire(referent, { personneId: p.id, actionId: ares.id });
    await suivrePrescription(operateur, { id, version: 1, evenement: "accepter", date: new Date(), motif: null, typeSortie: null });
    const v0 = (await db.actionInsertion.findUniqueOrThrow({ where: { id: ares.id } })).version;
    await suivrePrescription(operateur, { id, version: 2, evenement: "entrer", date: new Date(), motif: null, typeSortie: null });
    expect((await db.actionInsertion.findUniqueOrThrow({ where: { id: ares.id } })).version).toBe(v0 + 1);
    await suivrePrescription(operateur, { id, version: 3, evenement: "sortir", date: new Date(), motif: null, typeSortie: "EMPLOI_DURABLE" });
    expect((await db.actionInsertion.findUniqueOrThrow({ where: { id: ares.id } })).version).toBe(v0 + 2);
  });
});

describe("seules les actions prescriptibles sont proposées", () => {
  it("une action complète (acceptations comprises), suspendue ou terminée n'est offerte ni dans l'éditeur ni dans le dossier ; sur le contrat, la raison remplace le bouton", async () => {
    const { pageDossier } = await import("@/lib/beneficiaires/queries/page-dossier");
    const ctx = await contexteDe(db, "referent.pole5@cd13.demo");
    const p = await personneLibre("referent.pole5@cd13.demo", 0);
    const [complete, suspendue, terminee, ouverte] = await Promise.all(["2.2.5", "2.2.1", "1.1.1", "3.1.4"].map((code) => db.actionInsertion.findFirstOrThrow({ where: { code } })));
    // 2.2.5 : 3 places, 1 participant et 2 prescriptions acceptées (qui prennent aussi une place)
    await db.actionInsertion.update({ where: { id: complete!.id }, data: { capacite: 3, uniteCapacite: "PLACES", participantsEnCours: 1, suspendue: false, dateFin: null } });
    const autres = await db.personne.findMany({ where: { id: { not: p.id }, prescriptions: { none: { actionId: complete!.id } } }, take: 2, select: { id: true } });
    const referent = await db.utilisateur.findUniqueOrThrow({ where: { courriel: "referent.pole5@cd13.demo" } });
    for (const a of autres) await db.prescription.create({ data: { personneId: a.id, actionId: complete!.id, prescripteurId: referent.id, statut: "ACCEPTEE", dateProposition: aujourdhui() } });
    await db.actionInsertion.update({ where: { id: suspendue!.id }, data: { suspendue: true, motifSuspension: "Test" } });
    await db.actionInsertion.update({ where: { id: terminee!.id }, data: { suspendue: false, dateFin: dans(-1) } });
    await db.actionInsertion.update({ where: { id: ouverte!.id }, data: { suspendue: false, dateFin: null, capacite: null } });

    const offertes = (await formulaireContrat(ctx, p.id)).options.actions.map((o) => o.valeur);
    const dossier = (await pageDossier(ctx, p.id)).actions.map((o) => o.valeur);
    for (const liste of [offertes, dossier]) {
      expect(liste).toContain(ouverte!.id);
      expect(liste).not.toContain(complete!.id);
      expect(liste).not.toContain(suspendue!.id);
      expect(liste).not.toContain(terminee!.id);
    }
    // la commande dit la même chose que les listes
    await expect(prescrire(ctx, { personneId: p.id, actionId: complete!.id })).rejects.toThrow("Cette action est complète : plus de place disponible.");

    // une action choisie dans un contrat puis devenue complète : le contrat dit pourquoi, sans bouton
    const { id } = await enregistrerContrat(ctx, saisie(p.id, { "objectifs[0].activites[0].actionId": ouverte!.id, "objectifs[0].activites[1].actionId": complete!.id }));
    const vu = await obtenirContrat(ctx, id);
    expect(vu.actions.get(complete!.id)?.nonPrescriptible).toBe("Cette action est complète : plus de place disponible.");
    expect(vu.actions.get(ouverte!.id)?.nonPrescriptible).toBeNull();
    await db.actionInsertion.update({ where: { id: suspendue!.id }, data: { suspendue: false, motifSuspension: null } });
    await db.prescription.deleteMany({ where: { actionId: complete!.id, personneId: { in: autres.map((a) => a.id) } } });
  });
});

describe("liste des prescriptions", () => {
  it("le référent voit ses prescriptions avec le lien vers le dossier ; l'opérateur, les coordonnées des seules prescriptions actives", async () => {
    const { listePrescriptions, schemaFiltresPrescriptions } = await import("@/lib/prescriptions/queries/prescriptions-operateur");
    const referent = await contexteDe(db, "referent.pole6@cd13.demo");
    const page = await listePrescriptions(referent, schemaFiltresPrescriptions.parse({ tri: "personne", ordre: "asc", taille: "50" }));
    expect(page.total).toBeGreaterThan(0);
    expect(page.taillePage).toBe(50);
    expect(page.lignes.every((l) => "dossierId" in l.personne && !("telephone" in l.personne))).toBe(true);
    const noms = page.lignes.map((l) => l.personne.nom);
    expect(noms).toEqual([...noms].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));

    const operateur = await contexteDe(db, "operateur.ares@cd13.demo");
    const vues = await listePrescriptions(operateur, schemaFiltresPrescriptions.parse({ taille: "100" }));
    expect(vues.lignes.length).toBeGreaterThan(0);
    for (const l of vues.lignes) {
      expect("dossierId" in l.personne).toBe(false);
      expect("telephone" in l.personne).toBe(["PROPOSEE", "ACCEPTEE", "ENTREE"].includes(l.statut));
    }
    const lecteur = await contexteDe(db, "lecteur@cd13.demo");
    await expect(listePrescriptions(lecteur, schemaFiltresPrescriptions.parse({}))).rejects.toBeInstanceOf(ErreurPermission);
  });

  it("l'export CSV reprend le filtre, en français (dates jj/mm/aaaa, « ; »), et il est journalisé", async () => {
    const { exporterPrescriptions } = await import("@/lib/prescriptions/queries/exporter-prescriptions");
    const { schemaFiltresPrescriptions } = await import("@/lib/prescriptions/queries/prescriptions-operateur");
    const operateur = await contexteDe(db, "operateur.ares@cd13.demo");
    const { contenu, nom } = await exporterPrescriptions(operateur, schemaFiltresPrescriptions.parse({ statut: "ACCEPTEE" }), "csv");
    const lignes = contenu.toString("utf8").replace(/^\ufeff/, "").trim().split("\r\n");
    expect(lignes[0]).toBe("Nom;Prénom;Date de naissance;Téléphone;Courriel;Code action;Action;Prescripteur;Proposée le;État;Entrée le;Sortie le");
    expect(lignes.slice(1).every((l) => l.includes(";Acceptée;") && /;\d{2}\/\d{2}\/\d{4};/.test(l))).toBe(true);
    expect(nom).toMatch(/^prescriptions-\d{4}\.csv$/);
    expect(await db.journalAudit.count({ where: { operation: "EXPORT", entite: "Prescription", utilisateurId: operateur.acteur.id } })).toBe(1);
  });
});
