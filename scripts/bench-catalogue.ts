// Banc d'essai de la recherche du catalogue : données de démonstration + 2 000 actions synthétiques
// (déterministes), puis latence de rechercherActions (requête SQL + Prisma, côté serveur) par scénario.
//   npm run bench        (base PostgreSQL jetable si DATABASE_URL n'est pas défini)
import { applyMigrations } from "./apply-migrations.mjs";
import { creerClient } from "@/lib/db-script";
import { generateur } from "@/tests/factories/aleatoire";
import { seed } from "@/prisma/seed";
import { rechercherActions } from "@/lib/catalogue/queries/rechercher-actions";
import { schemaFiltresCatalogue } from "@/lib/catalogue/schemas";
import { CODES_PUBLICS } from "@/lib/catalogue/domain/libelles";
import type { Acteur } from "@/lib/authz/acteur";

const NB_SYNTHETIQUES = Number(process.env.BENCH_ACTIONS ?? 2000);
const REPETITIONS = Number(process.env.BENCH_REPETITIONS ?? 200);

const db = creerClient();
await applyMigrations({ url: process.env.DATABASE_URL, log: () => {} });
await seed(db);

const cd13 = await db.departement.findUniqueOrThrow({ where: { code: "13" } });
const territoires = await db.territoire.findMany({ where: { departementId: cd13.id }, select: { id: true, code: true } });
const structures = await db.structure.findMany({ where: { departementId: cd13.id }, select: { id: true } });
const freins = (await db.nomenclature.findMany({ where: { liste: "FREIN", departementId: null } })).map((f) => f.code);
const alea = generateur(2026);
const THEMES = ["mobilité", "garde d'enfants", "santé mentale", "emploi", "formation qualifiante", "remobilisation", "numérique", "logement", "savoir-être", "langue française", "création d'entreprise", "chantier d'insertion"];
const FORMES = ["Atelier", "Accompagnement", "Plateforme", "Parcours", "Dispositif", "Permanence", "Chantier"];
const PUBLICS = ["des jeunes", "des seniors", "des femmes", "des familles monoparentales", "des travailleurs indépendants", "des allocataires isolés"];

console.log(`Insertion de ${NB_SYNTHETIQUES} actions synthétiques…`);
const t0 = performance.now();
for (let debut = 0; debut < NB_SYNTHETIQUES; debut += 250) {
  await db.$transaction(async (tx) => {
    for (let i = debut; i < Math.min(NB_SYNTHETIQUES, debut + 250); i++) {
      const theme = alea.choix(THEMES);
      const capacite = alea.suivant() < 0.6 ? alea.entier(5, 120) : null;
      await tx.actionInsertion.create({
        data: {
          departementId: cd13.id,
          code: `S.${Math.floor(i / 100)}.${i % 100}`,
          intitule: `${alea.choix(FORMES)} ${theme} pour ${alea.choix(PUBLICS)} n° ${i}`,
          objectifs: `Lever les freins liés à ${alea.choix(THEMES)} et à ${theme} ; construire un projet d'insertion sociale et professionnelle.`,
          visee: alea.choix(["SOCIALE", "SOCIO_PROFESSIONNELLE", "PROFESSIONNELLE", "SANTE", "LEVEE_FREINS"] as const),
          freins: alea.plusieurs(freins, alea.entier(0, 3)),
          publics: alea.plusieurs(CODES_PUBLICS, alea.entier(0, 2)),
          structureId: alea.choix(structures).id,
          toutDepartement: alea.suivant() < 0.1,
          capacite,
          uniteCapacite: capacite ? "PLACES" : null,
          participantsEnCours: capacite ? alea.entier(0, capacite) : 0,
          dateDebut: new Date("2024-01-01T00:00:00Z"),
          dateFin: new Date(alea.suivant() < 0.8 ? "2026-12-31T00:00:00Z" : "2023-12-31T00:00:00Z"),
          territoires: { create: alea.plusieurs(territoires, alea.entier(1, 3)).map((t) => ({ territoireId: t.id })) },
        },
      });
    }
  });
}
await db.$executeRawUnsafe("ANALYZE");
const total = await db.actionInsertion.count({ where: { departementId: cd13.id } });
console.log(`${total} actions dans le catalogue des Bouches-du-Rhône (insertion : ${((performance.now() - t0) / 1000).toFixed(1)} s)\n`);

const referent = await db.utilisateur.findUniqueOrThrow({ where: { courriel: "referent.pole6@cd13.demo" }, include: { territoire: true } });
const acteur: Acteur = {
  id: referent.id,
  role: referent.role,
  departementId: referent.departementId,
  territoireId: referent.territoireId,
  cheminTerritoire: referent.territoire?.chemin ?? null,
  structureId: null,
  nomComplet: "bench",
};
const id = (code: string) => territoires.find((t) => t.code === code)!.id;
const SCENARIOS: [string, Record<string, string>][] = [
  ["liste complète, tri par code", {}],
  ["texte « mobilité »", { q: "mobilité" }],
  ["texte « garde d'enfants »", { q: "garde d'enfants" }],
  ["texte préfixe « form »", { q: "form" }],
  ["texte + territoire (commune d'Aix)", { q: "emploi", territoire: id("13001") }],
  ["territoire (pôle III) + frein", { territoire: id("POLE-III"), frein: "MOBILITE" }],
  ["public + places disponibles", { public: "JEUNES", places: "1" }],
  ["texte + tri par places, page 3", { q: "accompagnement", tri: "places", page: "3" }],
];

const centile = (valeurs: number[], p: number) => {
  const tries = [...valeurs].sort((a, b) => a - b);
  return tries[Math.min(tries.length - 1, Math.ceil((p / 100) * tries.length) - 1)]!;
};
const toutes: number[] = [];
console.log("scénario".padEnd(40), "résultats".padStart(9), "p50 ms".padStart(8), "p95 ms".padStart(8), "max ms".padStart(8));
for (const [nom, parametres] of SCENARIOS) {
  const filtres = schemaFiltresCatalogue.parse(parametres);
  for (let i = 0; i < 10; i++) await rechercherActions({ acteur, db }, filtres); // chauffe
  const durees: number[] = [];
  let resultats = 0;
  for (let i = 0; i < REPETITIONS; i++) {
    const debut = performance.now();
    const page = await rechercherActions({ acteur, db }, filtres);
    durees.push(performance.now() - debut);
    resultats = page.total;
  }
  toutes.push(...durees);
  console.log(nom.padEnd(40), String(resultats).padStart(9), centile(durees, 50).toFixed(1).padStart(8), centile(durees, 95).toFixed(1).padStart(8), Math.max(...durees).toFixed(1).padStart(8));
}
console.log(`\nensemble (${toutes.length} recherches) : p50 ${centile(toutes, 50).toFixed(1)} ms, p95 ${centile(toutes, 95).toFixed(1)} ms, p99 ${centile(toutes, 99).toFixed(1)} ms (objectif p95 < 100 ms)`);
await db.$disconnect();
