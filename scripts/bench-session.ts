// Banc d'essai du contrôle de session à chaque requête : relecture de l'acteur seule (avant les sessions
// côté serveur) et relecture de la session avec son compte en une requête (chargerSession, aujourd'hui),
// sur une table de 100 000 sessions. Affiche p50 / p95 en millisecondes.   npm run bench:session
import { applyMigrations } from "./apply-migrations.mjs";
import { creerClient } from "@/lib/db-script";
import { chargerSession, ouvrirSession } from "@/lib/auth/commands/sessions";

const db = creerClient();
await applyMigrations({ url: process.env.DATABASE_URL, log: () => {} });
const dep = await db.departement.create({ data: { code: `B${Date.now() % 100000}`, nom: "Banc", nomCourt: "Banc" } });
const u = await db.utilisateur.create({ data: { departementId: dep.id, courriel: `banc-${Date.now()}@exemple.fr`, nom: "Banc", prenom: "Essai", role: "REFERENT" } });
// une table de sessions réaliste : 100 000 lignes (dont 90 % révoquées)
await db.$executeRaw`
  INSERT INTO session_utilisateur (id, utilisateur_id, cree_le, revoquee_le)
  SELECT 's' || g, ${u.id}, now() - g * interval '1 minute', CASE WHEN g % 10 = 0 THEN NULL ELSE now() END
  FROM generate_series(1, 100000) g`;
await db.$executeRaw`ANALYZE session_utilisateur`;
const sid = await ouvrirSession(db, { utilisateurId: u.id });

const acteur = () => db.utilisateur.findUnique({ where: { id: u.id }, include: { territoire: { select: { chemin: true } } } });
const centile = (v: number[], p: number) => [...v].sort((a, b) => a - b)[Math.min(v.length - 1, Math.ceil((p / 100) * v.length) - 1)]!;

async function mesurer(nom: string, f: () => Promise<unknown>, n = 2000) {
  for (let i = 0; i < 100; i++) await f(); // chauffe
  const durees: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await f();
    durees.push(performance.now() - t);
  }
  console.log(`${nom.padEnd(46)} p50 ${centile(durees, 50).toFixed(3)} ms   p95 ${centile(durees, 95).toFixed(3)} ms   (${n} requêtes)`);
}

await mesurer("acteur seul (sans session côté serveur)", acteur);
await mesurer("session et compte en une requête (chargerSession)", () => chargerSession(db, sid, u.id));
await db.$disconnect();
