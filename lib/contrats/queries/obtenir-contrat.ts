import "server-only";
import type { Contexte } from "@/lib/contexte";
import { journaliser } from "@/lib/audit/journaliser";
import { perimetrePersonnes } from "@/lib/authz/perimetre";
import { perimetreSituationsSql } from "@/lib/authz/perimetre-sql";
import { exigerPermission, peut } from "@/lib/authz/permissions";
import { ErreurIntrouvable } from "@/lib/errors";
import { heuresHebdomadaires, transition, type StatutContrat } from "../domain/regles";
import { decider, evenementsPermis } from "../domain/politique";
import { lireParametresContrat } from "../parametres";
import { actionsPrescriptibles } from "@/lib/prescriptions/queries/actions-prescriptibles";

/** Contrat d'engagement (partie du dossier individuel : lecture journalisée). */
export async function obtenirContrat({ acteur, db }: Contexte, id: string, maintenant = new Date()) {
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
  await journaliser(db, acteur, { operation: "LECTURE", entite: "ContratEngagement", entiteId: id, details: { personneId: contrat.personneId } });
  const statut = contrat.statut as StatutContrat;
  const parametres = await lireParametresContrat(db, acteur.departementId);
  const politique = { ...contrat, statut, statutAvantRupture: contrat.statutAvantRupture as StatutContrat | null };
  const contexte = { maintenant, delaiAnnulationRuptureJours: parametres.delaiAnnulationRuptureJours };
  const permis = evenementsPermis(acteur, politique, contexte);
  // actions du catalogue choisies dans le plan, et où en est la personne sur chacune
  const actionIds = [...new Set(contrat.objectifs.flatMap((o) => o.activites.map((a) => a.actionId)).filter((x): x is string => x !== null))];
  const [actions, prescriptions, prescriptibles] = actionIds.length
    ? await Promise.all([
        db.actionInsertion.findMany({ where: { id: { in: actionIds }, departementId: acteur.departementId }, select: { id: true, code: true, intitule: true, porteur: { select: { nom: true } } } }),
        db.prescription.findMany({ where: { personneId: contrat.personneId, actionId: { in: actionIds }, statut: { in: ["PROPOSEE", "ACCEPTEE", "ENTREE"] } }, select: { actionId: true, statut: true } }),
        actionsPrescriptibles(db, acteur.departementId, { ids: actionIds, aujourdHui: maintenant }),
      ])
    : [[], [], []];
  const enCours = new Map(prescriptions.map((p) => [p.actionId, p.statut]));
  // le bouton « Prescrire » n'est offert que si l'action peut recevoir la prescription ; sinon, la raison
  const motifs = new Map(prescriptibles.map((a) => [a.id, a.motif]));
  const validationRefusee = peut(acteur, "contrats:valider") && transition(statut, "valider").ok && !permis.valider ? decider(acteur, politique, "valider", contexte) : null;
  return {
    contrat,
    heures: heuresHebdomadaires(contrat),
    parametres,
    actions: new Map(actions.map((a) => [a.id, { ...a, prescription: enCours.get(a.id) ?? null, nonPrescriptible: motifs.get(a.id) ?? null }])),
    droits: {
      modifier: permis.modifier,
      signer: permis.signer,
      valider: permis.valider,
      rompre: permis.rompre,
      annulerRupture: permis.annulerRupture,
      renouveler: permis.renouveler,
      prescrire: peut(acteur, "prescriptions:prescrire") && ["BROUILLON", "SIGNE", "VALIDE", "EN_COURS"].includes(statut),
    },
    /** pourquoi le bouton « Valider » n'est pas proposé à ce responsable (quatre yeux) */
    motifNonValidation: validationRefusee && !validationRefusee.ok ? validationRefusee.message : null,
  };
}

/** Contrats signés qui attendent la validation du territoire du responsable. */
export async function contratsAValider({ acteur, db }: Contexte) {
  exigerPermission(acteur, "contrats:valider");
  // le périmètre par la projection (index du chemin ou du département) plutôt que par la relation
  // personne → foyer → territoire que Prisma évaluerait sur chaque contrat signé
  const ids = await db.$queryRaw<{ id: string }[]>`
    SELECT c.id FROM contrat_engagement c JOIN situation_personne s ON s.personne_id = c.personne_id
    WHERE c.statut = 'SIGNE' AND ${perimetreSituationsSql(acteur)}
    ORDER BY c.date_signature LIMIT 100`;
  return db.contratEngagement.findMany({
    where: { id: { in: ids.map((x) => x.id) } },
    orderBy: { dateSignature: "asc" },
    take: 100,
    select: { id: true, dateSignature: true, dateDebut: true, personne: { select: { id: true, nom: true, prenom: true } }, referent: { select: { prenom: true, nom: true } } },
  });
}
