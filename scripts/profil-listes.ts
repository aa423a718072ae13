// Profil des listes : durée de chaque requête des pages de listes (file active, prescriptions, commissions), par compte,
// au rôle applicatif cloisonné (pilote_app, RLS), comme les pages.   npm run bench:listes
import { dbDepartement } from "@/lib/db";
import { temps as mesurer } from "./profil-outils";

const temps = <T,>(nom: string, f: () => Promise<T>) => mesurer(nom, f, 48);
import { creerClient } from "@/lib/db-script";
import type { Acteur } from "@/lib/authz/acteur";
import { fileActive, schemaFiltresFileActive } from "@/lib/beneficiaires/queries/file-active";
import { pageBeneficiaires } from "@/lib/beneficiaires/queries/page-beneficiaires";
import { contratsAValider } from "@/lib/contrats/queries/obtenir-contrat";
import { pagePrescriptions } from "@/lib/prescriptions/queries/page-prescriptions";
import { schemaFiltresPrescriptions } from "@/lib/prescriptions/queries/prescriptions-operateur";
import { pageCommissions } from "@/lib/droits-devoirs/queries/page-commissions";
import { schemaFiltresSituations } from "@/lib/droits-devoirs/schemas";
import { peut } from "@/lib/authz/permissions";

const admin = creerClient();
for (const courriel of ["charge.mission@cd13.demo", "responsable.pole3@cd13.demo", "referent.pole1@cd13.demo"]) {
  const u = await admin.utilisateur.findUniqueOrThrow({ where: { courriel }, include: { territoire: { select: { chemin: true } } } });
  const acteur: Acteur = { id: u.id, role: u.role, departementId: u.departementId, territoireId: u.territoireId, cheminTerritoire: u.territoire?.chemin ?? null, structureId: u.structureId, nomComplet: courriel };
  const ctx = { acteur, db: dbDepartement(acteur.departementId) };
  console.log(`\n— ${courriel}`);
  const filtres = schemaFiltresFileActive.parse({});
  await temps("fileActive", () => fileActive(ctx, filtres));
  await temps("pageBeneficiaires (file, filtres, à valider)", () => pageBeneficiaires(ctx, filtres));
  if (acteur.role === "RESPONSABLE_TERRITOIRE") await temps("contratsAValider", () => contratsAValider(ctx));
  await temps("pagePrescriptions", () => pagePrescriptions(ctx, schemaFiltresPrescriptions.parse({})));
  await temps("pagePrescriptions (tri personne, recherche)", () => pagePrescriptions(ctx, schemaFiltresPrescriptions.parse({ tri: "personne", q: "mar" })));
  if (peut(acteur, "droits-devoirs:lire")) await temps("pageCommissions (situations ouvertes)", () => pageCommissions(ctx, schemaFiltresSituations.parse({})));
}
await admin.$disconnect();
process.exit(0);
