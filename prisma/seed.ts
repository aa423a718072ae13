// Données de démonstration : référentiels réels des deux départements (documents D0-D4) et comptes
// de démonstration. Déterministe : même contenu à chaque exécution. Vide la base avant de charger.
//   npm run db:seed
import { creerClient, viderBase } from "@/lib/db-script";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import {
  fabriquerActionInsertion,
  fabriquerDepartement,
  fabriquerNomenclature,
  fabriquerProgramme,
  fabriquerStructure,
  fabriquerTerritoire,
  fabriquerUtilisateur,
} from "@/tests/factories";
import { COMMISSIONS_ORNE, POLES_CD13, type TerritoireRacineDonnee } from "./donnees/territoires";
import { STRUCTURES_CD13, STRUCTURES_ORNE, type StructureDonnee } from "./donnees/structures";
import { AXES_CALPAE, AXES_PDI_2024, AXES_PLICS_ARGENTAN, DESCRIPTION_PDI_2024 } from "./donnees/programmes";
import { EXTENSIONS_CD13, EXTENSIONS_ORNE, NOMENCLATURES_NATIONALES } from "./donnees/nomenclatures";
import { COMPTES_DEMO, MOT_DE_PASSE_DEMO } from "./donnees/comptes";
import type { ListeNomenclature } from "@/lib/generated/prisma/enums";
import type { ActionDonnee } from "./donnees/catalogue-types";
import { ACTIONS_PDI_2024 } from "./donnees/catalogue-pdi";
import { ACTIONS_PLICS_ARGENTAN } from "./donnees/catalogue-plics";
import { ACTIONS_CALPAE_2019 } from "./donnees/catalogue-calpae";
import { chargerFinances } from "./seed-finances";
import { genererPopulationCd13, type ProfilPopulation } from "./seed-population";
import { chargerParcours, chargerParcoursOrne } from "./seed-parcours";
import { POPULATION_CD13 } from "./donnees/population-cd13";
import { rafraichirIndicateurs } from "@/lib/tableaux-de-bord/rafraichir";
import { actualiserEcheances } from "@/lib/contrats/echeances";
import { chargerSituations, multiplierPopulation, suspendreSituationsPendantChargement } from "./seed-situations";
import { chargerDroitsDevoirs } from "./seed-droits-devoirs";
import { chargerDonneesH10 } from "./seed-h10";
import { chargerCommunesDesDepartements } from "./seed-communes";

const etape = (texte: string) => console.log(`  · ${texte}`);

async function chargerTerritoires(db: PrismaClient, departementId: string, racines: TerritoireRacineDonnee[]) {
  const parCode = new Map<string, string>();
  let ordre = 0;
  for (const r of racines) {
    const racine = await fabriquerTerritoire(db, { departementId, type: r.type, code: r.code, nom: r.nom, ordre: ordre++ });
    parCode.set(r.code, racine.id);
    for (const c of r.communes) {
      const commune = await fabriquerTerritoire(db, { departementId, parent: racine, type: c.type ?? "COMMUNE", code: c.code, nom: c.nom, codeInsee: c.codeInsee, ordre: ordre++ });
      parCode.set(c.code, commune.id);
      for (const q of c.quartiers ?? []) {
        const quartier = await fabriquerTerritoire(db, { departementId, parent: commune, type: "QUARTIER", code: q.code, nom: q.nom, qpv: q.qpv, ordre: ordre++ });
        parCode.set(q.code, quartier.id);
      }
    }
  }
  return parCode;
}

async function chargerStructures(db: PrismaClient, departementId: string, structures: StructureDonnee[], territoires: Map<string, string>) {
  const parNom = new Map<string, string>();
  for (const s of structures) {
    const { territoire, ...champs } = s;
    const cree = await fabriquerStructure(db, { ...champs, departementId, territoireId: territoire ? (territoires.get(territoire) ?? null) : null });
    parNom.set(s.nom, cree.id);
  }
  return parNom;
}

async function chargerNomenclatures(db: PrismaClient, extensions: Record<string, [ListeNomenclature, string, string, string][]>, departements: Map<string, string>) {
  const nationales = new Map<string, string>();
  for (const [liste, valeurs] of Object.entries(NOMENCLATURES_NATIONALES) as [ListeNomenclature, [string, string][]][]) {
    let ordre = 0;
    for (const [code, libelle] of valeurs) {
      const n = await fabriquerNomenclature(db, { liste, code, libelle, ordre: ordre++ });
      nationales.set(`${liste}:${code}`, n.id);
    }
  }
  for (const [codeDep, liste] of Object.entries(extensions)) {
    for (const [l, code, libelle, national] of liste) {
      await fabriquerNomenclature(db, { liste: l, code, libelle, departementId: departements.get(codeDep)!, correspondanceId: nationales.get(`${l}:${national}`)!, ordre: 100 });
    }
  }
}

/** Charge des actions du catalogue rattachées à un programme (axes par code, fiches par code). */
async function chargerCatalogue(
  db: PrismaClient,
  departementId: string,
  programmeId: string,
  actions: ActionDonnee[],
  territoires: Map<string, string>,
  structures: Map<string, string>,
  periodeParDefaut: { debut: string; fin: string },
) {
  const axes = new Map((await db.axeProgramme.findMany({ where: { programmeId } })).map((a) => [a.code, a.id]));
  const fiches = new Map((await db.ficheAction.findMany({ where: { programmeId } })).map((f) => [f.code, f]));
  for (const a of actions) {
    const fiche = a.fiche ? fiches.get(a.fiche) : undefined;
    const inconnus = a.territoires.filter((t) => t !== "DEP" && !territoires.has(t));
    if (inconnus.length) throw new Error(`Territoires inconnus pour ${a.code} : ${inconnus.join(", ")}`);
    if (a.porteur && !structures.has(a.porteur)) throw new Error(`Porteur inconnu pour ${a.code} : ${a.porteur}`);
    await fabriquerActionInsertion(db, {
      departementId,
      programmeId,
      code: a.code,
      intitule: a.intitule,
      structureId: a.porteur ? structures.get(a.porteur)! : null,
      axeId: fiche?.axeId ?? (a.sousAxe ? axes.get(a.sousAxe) : null) ?? null,
      ficheId: fiche?.id ?? null,
      visee: a.visee,
      freins: a.freins,
      publics: a.publics,
      objectifs: a.objectifs,
      publicCible: a.public ?? null,
      secteurGeographique: a.secteur ?? null,
      lieuIntervention: a.lieu ?? null,
      toutDepartement: a.territoires.includes("DEP"),
      territoireIds: a.territoires.filter((t) => t !== "DEP").map((t) => territoires.get(t)!),
      modalites: a.modalites ?? null,
      modeIntervention: a.mode ?? null,
      entreesSortiesPermanentes: a.entreesPermanentes ?? false,
      heuresHebdo: a.heures ?? null,
      duree: a.duree ?? null,
      contacts: a.contacts ?? null,
      capacite: a.capacite ?? null,
      uniteCapacite: a.unite ?? null,
      participantsEnCours: a.participants ?? 0,
      listeAttente: a.listeAttente ?? 0,
      dateDebut: new Date(`${a.debut ?? periodeParDefaut.debut}T00:00:00Z`),
      dateFin: new Date(`${a.fin ?? periodeParDefaut.fin}T00:00:00Z`),
      nature: a.nature ?? null,
    });
  }
  return actions.length;
}

/** Population : « complet » (échelle réelle, défaut), « test » (1/50e), selon l'option ou SEED_POPULATION. */
export async function seed(db: PrismaClient, options: { population?: ProfilPopulation } = {}) {
  const profil: ProfilPopulation = options.population ?? (process.env.SEED_POPULATION === "test" ? "test" : "complet");
  const t0 = performance.now();
  console.log("Chargement des données de démonstration…");
  await viderBase(db);

  const cd13 = await fabriquerDepartement(db, { code: "13", nom: "Département des Bouches-du-Rhône", nomCourt: "CD13" });
  const orne = await fabriquerDepartement(db, { code: "61", nom: "Département de l'Orne", nomCourt: "Orne" });
  const departements = new Map([
    ["13", cd13.id],
    ["61", orne.id],
  ]);

  const territoires13 = await chargerTerritoires(db, cd13.id, POLES_CD13);
  const territoires61 = await chargerTerritoires(db, orne.id, COMMISSIONS_ORNE);
  etape(`territoires : ${territoires13.size} (Bouches-du-Rhône), ${territoires61.size} (Orne)`);

  const structures13 = await chargerStructures(db, cd13.id, STRUCTURES_CD13, territoires13);
  const structures61 = await chargerStructures(db, orne.id, STRUCTURES_ORNE, territoires61);
  etape(`structures : ${structures13.size} + ${structures61.size}`);

  const pdi = await fabriquerProgramme(db, {
    departementId: cd13.id,
    type: "PDI",
    code: "PDI-2024-2026",
    intitule: "Programme départemental d'insertion 2024-2026",
    anneeDebut: 2024,
    anneeFin: 2026,
    description: DESCRIPTION_PDI_2024,
    axes: AXES_PDI_2024,
  });
  const calpae = await fabriquerProgramme(db, {
    departementId: cd13.id,
    type: "CONVENTION_ETAT_DEPARTEMENT",
    code: "CALPAE-2019",
    intitule: "Convention d'appui à la lutte contre la pauvreté et d'accès à l'emploi (plan pauvreté) – année 1 (2019)",
    anneeDebut: 2019,
    anneeFin: 2019,
    description: "Convention État–Département 2019-2023, crédits État et Département à parts égales. Bilan de l'année 1 présenté à la Commission permanente du 14 avril 2020 (rapport n° 11).",
    axes: AXES_CALPAE,
  });
  const plics = await fabriquerProgramme(db, {
    departementId: orne.id,
    territoireId: territoires61.get("CRSA-ARGENTAN"),
    type: "PLICS",
    code: "PLICS-2020-ARGENTAN",
    intitule: "Programme local d'insertion et de cohésion sociale 2020 – Commission RSA d'Argentan",
    anneeDebut: 2020,
    anneeFin: 2020,
    description: "419 mesures mobilisées au 30/11/2019 sur le territoire de la commission RSA d'Argentan.",
    axes: AXES_PLICS_ARGENTAN,
  });
  await fabriquerProgramme(db, {
    departementId: orne.id,
    type: "PTI",
    code: "PTI-2020-2022",
    intitule: "Pacte territorial pour l'insertion de l'Orne 2020-2022",
    anneeDebut: 2020,
    anneeFin: 2022,
    dateVote: new Date("2020-04-03T00:00:00Z"),
    description: "6 axes et 37 fiches actions réparties en 2020, 2021 et 2022 (les intitulés ne figurent pas dans les documents sources).",
  });
  etape("programmes : PDI 2024-2026, convention plan pauvreté 2019, PLICS 2020 Argentan, PTI Orne 2020-2022");

  const nbPdi = await chargerCatalogue(db, cd13.id, pdi.id, ACTIONS_PDI_2024, territoires13, structures13, { debut: "2024-01-01", fin: "2026-12-31" });
  const nbCalpae = await chargerCatalogue(db, cd13.id, calpae.id, ACTIONS_CALPAE_2019, territoires13, structures13, { debut: "2019-01-01", fin: "2019-12-31" });
  const nbPlics = await chargerCatalogue(db, orne.id, plics.id, ACTIONS_PLICS_ARGENTAN, territoires61, structures61, { debut: "2020-01-01", fin: "2020-12-31" });
  etape(`catalogue : ${nbPdi} actions du PDI 2024-2026, ${nbCalpae} du plan pauvreté 2019, ${nbPlics} du PLICS 2020 d'Argentan`);

  const finances = await chargerFinances(db, cd13.id);
  etape(`budgets et conventions : ${finances.lignes} lignes de crédits (tableau financier 2019 et suites 2020), ${finances.conventions} conventions`);

  await chargerNomenclatures(db, { "13": EXTENSIONS_CD13, "61": EXTENSIONS_ORNE }, departements);
  etape("listes de référence nationales et extensions locales");

  for (const c of COMPTES_DEMO) {
    const territoires = c.departement === "13" ? territoires13 : territoires61;
    const structures = c.departement === "13" ? structures13 : structures61;
    await fabriquerUtilisateur(db, {
      departementId: departements.get(c.departement)!,
      courriel: c.courriel,
      prenom: c.prenom,
      nom: c.nom,
      role: c.role,
      motDePasse: MOT_DE_PASSE_DEMO,
      territoireId: c.territoire ? territoires.get(c.territoire) : null,
      structureId: c.structure ? structures.get(c.structure) : null,
    });
  }
  etape(`comptes de démonstration : ${COMPTES_DEMO.length}`);

  etape(`population synthétique des Bouches-du-Rhône (profil ${profil}) :`);
  await suspendreSituationsPendantChargement(db);
  const population = await genererPopulationCd13(db, cd13.id, profil, (m) => console.log(`      ${m}`));
  etape(`${population.foyers} foyers, ${population.personnes} demandeurs et conjoints`);
  const { suivis } = await chargerParcours(db);
  const suivisOrne = await chargerParcoursOrne(db, orne.id);
  etape(`files actives des référents : ${suivis} personnes suivies (Bouches-du-Rhône), ${suivisOrne} (Orne)`);

  // chiffres publiés dans les fiches des pôles (D2 partie 3), affichés à côté des indicateurs calculés
  for (const p of POPULATION_CD13) {
    const valeurs: [string, number][] = [
      ["ARSA", p.arsa],
      ["ENTRANTS_MOYENS", p.entrantsMensuels],
      ["SORTANTS_MOYENS", p.sortantsMensuels],
      ["TAUX_CONTRACTUALISATION", p.tauxContractualisation],
      ["AGE_MOYEN", p.ageMoyen],
      ["PART_45_ET_PLUS", p.part45EtPlus],
    ];
    await db.statistiqueReference.createMany({
      data: valeurs.map(([indicateur, valeur]) => ({ territoireId: territoires13.get(p.pole)!, indicateur, valeur, date: new Date("2023-12-31T00:00:00Z"), source: "PDI 2024-2026, fiche du pôle (D2 partie 3)" })),
    });
  }
  etape(`communes officielles : ${JSON.stringify(await chargerCommunesDesDepartements(db, cd13.id, orne.id))}`);
  await chargerDonneesH10(db, { cd13: cd13.id, orne: orne.id }, profil, etape);
  const echeances = await actualiserEcheances(db);
  etape(`échéances des contrats : ${echeances.enCours} passés en cours, ${echeances.echus} échus`);
  if (process.env.SEED_POPULATION === "x10" && profil === "complet") await multiplierPopulation(db, 10, (m) => console.log(`      ${m}`));
  const situations = await chargerSituations(db);
  etape(`situations des personnes (projection) : ${situations.lignes} lignes en ${situations.dureeMs} ms`);
  const dd = await chargerDroitsDevoirs(db);
  etape(`droits et devoirs : ${dd.situations} situations examinées sur douze mois, ${dd.decisions} décisions (${dd.duree} ms)`);
  const duree = await rafraichirIndicateurs(db);
  etape(`agrégats des tableaux de bord calculés en ${duree} ms`);
  console.log(`Données chargées en ${((performance.now() - t0) / 1000).toFixed(1)} s.`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const db = creerClient();
  seed(db)
    .catch((e) => {
      console.error(e);
      process.exitCode = 1;
    })
    .finally(() => db.$disconnect());
}
