// Banc d'essai des tableaux de bord à l'échelle des Bouches-du-Rhône (~72 000 personnes) : temps serveur
// de tableauDeBord (toutes les requêtes SQL d'une page) pour un pôle et pour le département, à 1 et à 10
// utilisateurs simultanés.   npm run bench:tableaux
import { applyMigrations } from "./apply-migrations.mjs";
import { creerClient } from "@/lib/db-script";
import { seed } from "@/prisma/seed";
import { tableauDeBord, schemaFiltresTableau } from "@/lib/tableaux-de-bord/queries/tableau-de-bord";
import type { Acteur } from "@/lib/authz/acteur";

const db = creerClient();
await applyMigrations({ url: process.env.DATABASE_URL, log: () => {} });
const log = console.log;
console.log = () => {};
await seed(db, { population: "complet" });
console.log = log;

const admin = await db.utilisateur.findUniqueOrThrow({ where: { courriel: "admin@cd13.demo" } });
const acteur: Acteur = { id: admin.id, role: admin.role, departementId: admin.departementId, territoireId: null, cheminTerritoire: null, structureId: null, nomComplet: "bench" };
const pole3 = await db.territoire.findFirstOrThrow({ where: { code: "POLE-III" } });
const pole10 = await db.territoire.findFirstOrThrow({ where: { code: "POLE-X" } });
const centile = (v: number[], p: number) => [...v].sort((a, b) => a - b)[Math.min(v.length - 1, Math.ceil((p / 100) * v.length) - 1)]!;

async function mesurer(territoire: string, concurrence: number, parUtilisateur: number) {
  const filtres = schemaFiltresTableau.parse({ territoire, annee: "2026" });
  for (let i = 0; i < 3; i++) await tableauDeBord({ acteur, db }, filtres); // chauffe
  const durees: number[] = [];
  const debut = performance.now();
  await Promise.all(
    Array.from({ length: concurrence }, async () => {
      for (let i = 0; i < parUtilisateur; i++) {
        const t0 = performance.now();
        await tableauDeBord({ acteur, db }, filtres);
        durees.push(performance.now() - t0);
      }
    }),
  );
  return { p50: centile(durees, 50), p95: centile(durees, 95), debit: (durees.length / (performance.now() - debut)) * 1000 };
}

console.log("page".padEnd(38), "utilisateurs".padStart(12), "p50 ms".padStart(8), "p95 ms".padStart(8), "pages/s".padStart(8));
for (const [nom, id] of [
  ["pôle III (12 354 personnes)", pole3.id],
  ["pôle X (2 748 personnes)", pole10.id],
  ["département (71 719 personnes)", ""],
] as const) {
  for (const concurrence of [1, 10]) {
    const r = await mesurer(id, concurrence, concurrence === 1 ? 30 : 5);
    console.log(nom.padEnd(38), String(concurrence).padStart(12), r.p50.toFixed(0).padStart(8), r.p95.toFixed(0).padStart(8), r.debit.toFixed(1).padStart(8));
  }
}
console.log("\nobjectif : p95 < 300 ms par page de territoire");
await db.$disconnect();
