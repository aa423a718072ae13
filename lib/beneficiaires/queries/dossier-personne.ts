import "server-only";
import type { Contexte } from "@/lib/contexte";
import { journaliser } from "@/lib/audit/journaliser";
import { perimetrePersonnes } from "@/lib/authz/perimetre";
import { exigerDroitDossier } from "../politique";
import { ErreurIntrouvable } from "@/lib/errors";
import { delai, DELAI_CONTRAT_JOURS, DELAI_ORIENTATION_JOURS, premierDansPeriodeDroits } from "../domain/delais";

/** Dossier individuel, dans le périmètre de l'acteur ; chaque lecture est inscrite au journal d'audit. */
export async function dossierPersonne({ acteur, db }: Contexte, id: string, aujourdHui = new Date()) {
  exigerDroitDossier(acteur, "lire");
  const personne = await db.personne.findFirst({
    where: { AND: [{ id }, perimetrePersonnes(acteur, aujourdHui)] },
    include: {
      foyer: { include: { territoire: { select: { id: true, nom: true } }, personnes: { select: { id: true, prenom: true, nom: true, role: true, sexe: true, dateNaissance: true } } } },
      orientations: { orderBy: { dateDebut: "asc" }, include: { organisme: { select: { nom: true } } } },
      referents: { orderBy: { dateDebut: "asc" }, include: { referent: { select: { prenom: true, nom: true } } } },
      diagnostics: { orderBy: { date: "desc" }, include: { freins: true } },
      contrats: { orderBy: { dateDebut: "desc" }, select: { id: true, statut: true, dateDebut: true, dateFin: true, dateSignature: true, motifExemption: true } },
      prescriptions: { orderBy: { dateProposition: "desc" }, include: { action: { select: { id: true, code: true, intitule: true } } } },
    },
  });
  if (!personne) throw new ErreurIntrouvable("Dossier");
  await journaliser(db, acteur, { operation: "LECTURE", entite: "Personne", entiteId: id });
  const ouverture = personne.foyer.dateOuvertureDroits;
  // délais mesurés depuis l'ouverture de la période de droits en cours (jamais négatifs, voir domain/delais.ts)
  const premierContrat = premierDansPeriodeDroits(personne.contrats.map((c) => ({ debut: c.dateSignature, fin: c.dateFin })), ouverture);
  const orientation = delai(ouverture, premierDansPeriodeDroits(personne.orientations.map((o) => ({ debut: o.dateDebut, fin: o.dateFin })), ouverture), aujourdHui);
  const contrat = delai(ouverture, premierContrat, aujourdHui);
  return {
    personne,
    delais: {
      orientation: { jours: Math.max(0, orientation.jours), atteint: orientation.atteint, depasse: orientation.depasse(DELAI_ORIENTATION_JOURS) },
      contrat: { jours: Math.max(0, contrat.jours), atteint: contrat.atteint, depasse: contrat.depasse(DELAI_CONTRAT_JOURS) },
    },
  };
}
