// Profil des cartes des tableaux de bord : durée de chaque requête de carte (département et pôle III), au
// rôle applicatif cloisonné (pilote_app, RLS), comme les pages.   npm run bench:cartes
import { dbDepartement } from "@/lib/db";
import { temps } from "./profil-outils";
import { creerClient } from "@/lib/db-script";
import type { Acteur } from "@/lib/authz/acteur";
import { schemaFiltresTableau } from "@/lib/tableaux-de-bord/queries/tableau-de-bord";
import { enteteTableau } from "@/lib/tableaux-de-bord/queries/page-tableau";
import * as cartes from "@/lib/tableaux-de-bord/queries/cartes";
import { resultatsConventions } from "@/lib/tableaux-de-bord/queries/resultats-conventions";
import { budgetDepartement } from "@/lib/tableaux-de-bord/queries/budget-departement";
import { fluxParMois } from "@/lib/imports/queries/evenements";
import { comparerChiffresPublies } from "@/lib/chiffres-publies/queries/comparer-chiffres";
import { comparerTerritoires } from "@/lib/tableaux-de-bord/queries/comparer-territoires";

const admin = creerClient();
const u = await admin.utilisateur.findUniqueOrThrow({ where: { courriel: "charge.mission@cd13.demo" } });
const pole3 = await admin.territoire.findFirstOrThrow({ where: { code: "POLE-III" } });
const acteur: Acteur = { id: u.id, role: u.role, departementId: u.departementId, territoireId: null, cheminTerritoire: null, structureId: null, nomComplet: "profil" };
const ctx = { acteur, db: dbDepartement(acteur.departementId) };
const annee = String(new Date().getFullYear() - 1);

for (const [titre, territoire] of [["département", ""], ["pôle III", pole3.id]] as const) {
  console.log(`\n— ${titre}`);
  const filtres = schemaFiltresTableau.parse({ territoire, annee });
  const { portee } = await enteteTableau(ctx, filtres);
  await temps("enteteTableau", () => enteteTableau(ctx, filtres));
  for (const nom of ["carteContrats", "cartePyramide", "carteRepartitions", "carteEntrees", "carteDelais", "carteOffre", "carteSorties", "carteReferences"] as const) {
    await temps(nom, () => (cartes[nom] as (c: typeof ctx, p: typeof portee) => Promise<unknown>)(ctx, portee));
  }
  await temps("resultatsConventions", () => resultatsConventions(ctx, portee));
  await temps("comparerChiffresPublies", () => comparerChiffresPublies(ctx, territoire || null));
  await temps("fluxParMois", () => fluxParMois(ctx, portee.territoire?.chemin ?? null, portee.annee));
  if (!territoire) await temps("budgetDepartement", () => budgetDepartement(ctx));
}
console.log("\n— comparaison des territoires");
await temps("comparerTerritoires", () => comparerTerritoires(ctx, Number(annee)));
await admin.$disconnect();
process.exit(0);
