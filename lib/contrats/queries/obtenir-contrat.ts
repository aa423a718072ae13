import "server-only";
import type { Contexte } from "@/lib/contexte";
import { journaliser } from "@/lib/audit/journaliser";
import { perimetrePersonnes } from "@/lib/authz/perimetre";
import { exigerPermission, peut } from "@/lib/authz/permissions";
import { ErreurIntrouvable } from "@/lib/errors";
import { heuresHebdomadaires, modifiable, type StatutContrat } from "../domain/regles";

/** Contrat d'engagement (partie du dossier individuel : lecture journalisée). */
export async function obtenirContrat({ acteur, db }: Contexte, id: string) {
  exigerPermission(acteur, "beneficiaires:lire");
  const contrat = await db.contratEngagement.findFirst({
    where: { id, personne: perimetrePersonnes(acteur) },
    include: {
      personne: { select: { id: true, nom: true, prenom: true, dateNaissance: true, nirMasque: true, foyer: { select: { numeroAllocataire: true, territoire: { select: { nom: true } } } } } },
      referent: { select: { prenom: true, nom: true, structure: { select: { nom: true } } } },
      objectifs: { orderBy: { ordre: "asc" }, include: { activites: { orderBy: { ordre: "asc" } } } },
      aides: true,
      contratPrecedent: { select: { id: true, dateDebut: true, dateFin: true } },
    },
  });
  if (!contrat) throw new ErreurIntrouvable("Contrat");
  await journaliser(db, acteur, { operation: "LECTURE", entite: "ContratEngagement", entiteId: id });
  const statut = contrat.statut as StatutContrat;
  return {
    contrat,
    heures: heuresHebdomadaires(contrat),
    droits: {
      modifier: modifiable(statut) && peut(acteur, "contrats:rediger"),
      signer: statut === "BROUILLON" && peut(acteur, "contrats:rediger"),
      valider: statut === "SIGNE" && peut(acteur, "contrats:valider"),
      rompre: ["SIGNE", "VALIDE", "EN_COURS"].includes(statut) && peut(acteur, "contrats:rediger"),
      renouveler: ["EN_COURS", "ECHU"].includes(statut) && peut(acteur, "contrats:rediger"),
    },
  };
}

/** Contrats signés qui attendent la validation du territoire du responsable. */
export async function contratsAValider({ acteur, db }: Contexte) {
  exigerPermission(acteur, "contrats:valider");
  return db.contratEngagement.findMany({
    where: { statut: "SIGNE", personne: perimetrePersonnes(acteur) },
    orderBy: { dateSignature: "asc" },
    take: 100,
    select: { id: true, dateSignature: true, dateDebut: true, personne: { select: { id: true, nom: true, prenom: true } }, referent: { select: { prenom: true, nom: true } } },
  });
}
