import "server-only";
import type { Contexte } from "@/lib/contexte";
import { perimetrePersonnes } from "@/lib/authz/perimetre";
import { exigerPermission } from "@/lib/authz/permissions";
import { ErreurIntrouvable } from "@/lib/errors";
import { journaliser } from "@/lib/audit/journaliser";
import { decider } from "../domain/politique";
import type { StatutContrat } from "../domain/regles";
import { formulaireContrat } from "./formulaire-contrat";

/** L'éditeur d'un contrat existant : s'il n'est plus modifiable (politique), la page renvoie vers le contrat. */
export async function formulaireContratExistant(contexte: Contexte, id: string) {
  const { acteur, db } = contexte;
  exigerPermission(acteur, "contrats:rediger");
  const c = await db.contratEngagement.findFirst({ where: { id, personne: perimetrePersonnes(acteur) }, select: { id: true, personneId: true, statut: true, referentId: true, signataireId: true, rompuLe: true, statutAvantRupture: true } });
  if (!c) throw new ErreurIntrouvable("Contrat");
  const decision = decider(acteur, { ...c, statut: c.statut as StatutContrat, statutAvantRupture: c.statutAvantRupture as StatutContrat | null }, "modifier", { maintenant: new Date(), delaiAnnulationRuptureJours: 0 });
  if (!decision.ok) return { modifiable: false as const };
  await journaliser(db, acteur, { operation: "LECTURE", entite: "ContratEngagement", entiteId: id, details: { personneId: c.personneId } });
  return { modifiable: true as const, formulaire: await formulaireContrat(contexte, c.personneId, id) };
}
