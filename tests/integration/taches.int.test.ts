import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { creerClient, viderBase } from "@/lib/db-script";
import { executerEnAttente, executerMaintenant, jourParis, marquerInterrompues, mettreEnFile, planifierQuotidiennes, reclamerProchaine } from "@/lib/taches/file";
import { tacheRafraichirIndicateurs } from "@/lib/tableaux-de-bord/taches/rafraichir";
import { TACHES } from "@/lib/taches/registre";

let db: PrismaClient;

beforeAll(async () => {
  db = creerClient();
  await viderBase(db);
  await db.departement.createMany({ data: [{ code: "13", nom: "Bouches-du-Rhône", nomCourt: "CD13" }, { code: "61", nom: "Orne", nomCourt: "Orne" }] });
});
beforeEach(async () => {
  await db.tacheExecution.deleteMany();
});
afterAll(async () => db.$disconnect());

describe("file des tâches de fond", () => {
  it("exécute une tâche à la demande et trace son résultat et sa durée", async () => {
    const execution = await executerMaintenant(db, { nom: "contrats-echeances" });
    expect(execution.statut).toBe("TERMINEE");
    expect(execution.resultat).toEqual({ enCours: 0, echus: 0 });
    expect(execution.debuteLe).not.toBeNull();
    expect(execution.termineLe!.getTime()).toBeGreaterThanOrEqual(execution.debuteLe!.getTime());
  });

  it("refuse une tâche inconnue", async () => {
    await expect(mettreEnFile(db, { nom: "n-existe-pas" })).rejects.toThrow("Tâche inconnue");
  });

  it("écrit l'échec d'une tâche au lieu de le perdre", async () => {
    const espion = vi.spyOn(tacheRafraichirIndicateurs, "executer").mockRejectedValueOnce(new Error("vue absente"));
    const execution = await executerMaintenant(db, { nom: "indicateurs-rafraichir" });
    espion.mockRestore();
    expect(execution.statut).toBe("ECHOUEE");
    expect(execution.erreur).toBe("vue absente");
  });

  it("ne lance jamais deux exécutions d'une même tâche pour un même département, même en concurrence", async () => {
    const dep = await db.departement.findFirstOrThrow({ where: { code: "13" } });
    const autre = await db.departement.findFirstOrThrow({ where: { code: "61" } });
    await mettreEnFile(db, { nom: "contrats-echeances", departementId: dep.id });
    await mettreEnFile(db, { nom: "contrats-echeances", departementId: dep.id });
    await mettreEnFile(db, { nom: "contrats-echeances", departementId: autre.id });
    const reclamees = await Promise.all([reclamerProchaine(db), reclamerProchaine(db), reclamerProchaine(db), reclamerProchaine(db)]);
    const prises = reclamees.filter((e) => e !== null);
    // une pour le 13, une pour l'Orne ; la seconde du 13 attend la fin de la première
    expect(prises.map((e) => e!.departementId).sort()).toEqual([dep.id, autre.id].sort());
    expect(await db.tacheExecution.count({ where: { statut: "EN_ATTENTE" } })).toBe(1);
  });

  it("exécute toute la file, dans l'ordre d'arrivée", async () => {
    await mettreEnFile(db, { nom: "contrats-echeances" });
    await mettreEnFile(db, { nom: "indicateurs-rafraichir" });
    expect(await executerEnAttente(db)).toBe(2);
    const faites = await db.tacheExecution.findMany({ orderBy: { debuteLe: "asc" } });
    expect(faites.map((e) => [e.nom, e.statut])).toEqual([
      ["contrats-echeances", "TERMINEE"],
      ["indicateurs-rafraichir", "TERMINEE"],
    ]);
  });

  it("planifie chaque tâche quotidienne une fois par jour de Paris", async () => {
    const quotidiennes = TACHES.filter((t) => t.quotidienne);
    const attendu = quotidiennes.reduce((n, t) => n + (t.parDepartement ? 2 : 1), 0);
    const midi = new Date("2026-11-30T11:00:00Z");
    expect(await planifierQuotidiennes(db, midi)).toBe(attendu);
    expect(await planifierQuotidiennes(db, midi)).toBe(0);
    expect(jourParis(new Date("2026-11-30T23:30:00Z"))).toBe("2026-12-01");
  });

  it("marque échouée une exécution restée en cours sans battement (serveur arrêté)", async () => {
    await db.tacheExecution.create({ data: { nom: "contrats-echeances", statut: "EN_COURS", battement: new Date(Date.now() - 3_600_000) } });
    await db.tacheExecution.create({ data: { nom: "indicateurs-rafraichir", statut: "EN_COURS", battement: new Date() } });
    expect(await marquerInterrompues(db)).toBe(1);
    const interrompue = await db.tacheExecution.findFirstOrThrow({ where: { nom: "contrats-echeances" } });
    expect(interrompue.statut).toBe("ECHOUEE");
    expect(interrompue.erreur).toContain("Interrompue");
  });
});
