// Coût du cloisonnement RLS (decisions/1201) : mêmes requêtes par la connexion du propriétaire (sans RLS)
// et par la connexion de l'application (rôle pilote_app, politiques actives), en alternance.
//   npm run bench:rls                    (population réduite, 1/50e)
//   BENCH_POPULATION=complet npm run bench:rls   (échelle des Bouches-du-Rhône ; sous flock)
import { applyMigrations } from "./apply-migrations.mjs";
import { creerClient } from "@/lib/db-script";
import { dbDepartement } from "@/lib/db";
import { seed } from "@/prisma/seed";
import type { Acteur } from "@/lib/authz/acteur";
import type { Db } from "@/lib/db";
import { tableauDeBord, schemaFiltresTableau } from "@/lib/tableaux-de-bord/queries/tableau-de-bord";
import { listerStructures, schemaFiltresStructures } from "@/lib/referentiels/queries/lister-structures";
import { rechercherActions } from "@/lib/catalogue/queries/rechercher-actions";
import { schemaFiltresCatalogue } from "@/lib/catalogue/schemas";
import { listerConventions } from "@/lib/conventions/queries/lister-conventions";
import { schemaFiltresConventions } from "@/lib/conventions/schemas";

const population = process.env.BENCH_POPULATION === "complet" ? "complet" : "test";
const proprietaire = creerClient();
await applyMigrations({ url: process.env.DATABASE_URL, log: () => {} });
const log = console.log;
console.log = () => {};
await seed(proprietaire, { population });
console.log = log;

const admin = await proprietaire.utilisateur.findUniqueOrThrow({ where: { courriel: "admin@cd13.demo" } });
const acteur: Acteur = { id: admin.id, role: admin.role, departementId: admin.departementId, territoireId: null, cheminTerritoire: null, structureId: null, nomComplet: "bench" };
const application = dbDepartement(acteur.departementId);
const pole3 = await proprietaire.territoire.findFirstOrThrow({ where: { code: "POLE-III" } });
const centile = (v: number[], p: number) => [...v].sort((a, b) => a - b)[Math.min(v.length - 1, Math.ceil((p / 100) * v.length) - 1)]!;

const scenarios: [string, (db: Db) => Promise<unknown>][] = [
  ["tableau de bord du pôle III", (db) => tableauDeBord({ acteur, db }, schemaFiltresTableau.parse({ territoire: pole3.id, annee: "2026" }))],
  ["tableau de bord du département", (db) => tableauDeBord({ acteur, db }, schemaFiltresTableau.parse({ annee: "2026" }))],
  ["liste des structures", (db) => listerStructures({ acteur, db }, schemaFiltresStructures.parse({}))],
  ["recherche « emploi » au catalogue", (db) => rechercherActions({ acteur, db }, schemaFiltresCatalogue.parse({ q: "emploi" }))],
  ["liste des conventions", (db) => listerConventions({ acteur, db }, schemaFiltresConventions.parse({}))],
];

console.log(`population : ${population}`);
console.log("requête".padEnd(36), "sans RLS p50".padStart(13), "avec RLS p50".padStart(13), "sans p95".padStart(9), "avec p95".padStart(9), "écart p50".padStart(10));
for (const [nom, executer] of scenarios) {
  for (let i = 0; i < 3; i++) {
    await executer(proprietaire);
    await executer(application);
  }
  const sans: number[] = [];
  const avec: number[] = [];
  for (let i = 0; i < 30; i++) {
    for (const [db, serie] of [[proprietaire, sans], [application, avec]] as const) {
      const t0 = performance.now();
      await executer(db);
      serie.push(performance.now() - t0);
    }
  }
  const [s50, a50] = [centile(sans, 50), centile(avec, 50)];
  console.log(nom.padEnd(36), s50.toFixed(1).padStart(13), a50.toFixed(1).padStart(13), centile(sans, 95).toFixed(1).padStart(9), centile(avec, 95).toFixed(1).padStart(9), `${(((a50 - s50) / s50) * 100).toFixed(0)} %`.padStart(10));
}
await proprietaire.$disconnect();
await application.$disconnect();
