// Files actives des référents de démonstration : orientations, référent, contrats à différents stades,
// prescriptions. Les dates sont relatives au jour du chargement, pour que les alertes (échéance à moins
// de 30 jours, délais dépassés) aient un sens quel que soit le jour de la démonstration.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { fabriquerContrat, fabriquerFoyerEtPersonne } from "@/tests/factories";
import { generateur } from "@/tests/factories/aleatoire";

const JOUR = 86_400_000;
const aujourdhui = () => {
  const d = new Date();
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
};
const decale = (d: Date, jours: number) => new Date(d.getTime() + jours * JOUR);

const PLANS = [
  [
    { libelle: "Accéder à un emploi dans l'aide à domicile", frein: null, activites: [{ libelle: "Ateliers de recherche d'emploi", categorie: "PROFESSIONNELLE", mode: "COLLECTIVE", heuresHebdo: 6 }, { libelle: "Candidatures et relances", categorie: "PROFESSIONNELLE", mode: "AUTONOME", heuresHebdo: 5 }] },
    { libelle: "Lever le frein de la mobilité", frein: "MOBILITE", activites: [{ libelle: "Préparation du code de la route", categorie: "SOCIALE", mode: "ACCOMPAGNEE", heuresHebdo: 4 }] },
  ],
  [
    { libelle: "Stabiliser la situation de logement", frein: "LOGEMENT", activites: [{ libelle: "Constitution du dossier de logement social", categorie: "ADMINISTRATIVE", mode: "ACCOMPAGNEE", heuresHebdo: 3 }] },
    { libelle: "Construire un projet professionnel", frein: null, activites: [{ libelle: "Atelier projet professionnel", categorie: "PROFESSIONNELLE", mode: "COLLECTIVE", heuresHebdo: 9 }, { libelle: "Immersion en entreprise (PMSMP)", categorie: "PROFESSIONNELLE", mode: "ACCOMPAGNEE", heuresHebdo: 4 }] },
  ],
];

export async function chargerParcours(db: PrismaClient) {
  const alea = generateur(13);
  const jour = aujourdhui();
  const referents = await db.utilisateur.findMany({ where: { role: "REFERENT", actif: true, courriel: { endsWith: "@cd13.demo" } }, include: { territoire: true } });
  let suivis = 0;
  for (const referent of referents) {
    if (!referent.territoire) continue;
    const personnes = await db.personne.findMany({
      where: { role: "DEMANDEUR", foyer: { territoire: { chemin: { startsWith: referent.territoire.chemin } } } },
      orderBy: { id: "asc" },
      take: 40,
      include: { foyer: true },
    });
    const actions = await db.actionInsertion.findMany({
      where: { departementId: referent.departementId, suspendue: false, dateFin: { gte: jour }, OR: [{ toutDepartement: true }, { territoires: { some: { territoire: { chemin: { startsWith: referent.territoire.chemin } } } } }] },
      orderBy: { code: "asc" },
      take: 6,
    });
    for (const [i, p] of personnes.entries()) {
      // les cinq premiers viennent d'entrer dans le RSA : délais d'orientation et de contrat à surveiller
      const recent = i < 5;
      if (recent) await db.foyer.update({ where: { id: p.foyerId }, data: { dateOuvertureDroits: decale(jour, -(12 + i * 9)) } });
      // jamais d'orientation ni de contrat avant l'ouverture des droits (pas de délai négatif) : les
      // personnes suivies depuis plus d'un an ont des droits ouverts depuis au moins 420 jours
      const ouvertureAncienne = decale(jour, -420);
      const ouverture = recent ? decale(jour, -(12 + i * 9)) : p.foyer.dateOuvertureDroits > ouvertureAncienne ? ouvertureAncienne : p.foyer.dateOuvertureDroits;
      if (!recent && ouverture !== p.foyer.dateOuvertureDroits) await db.foyer.update({ where: { id: p.foyerId }, data: { dateOuvertureDroits: ouverture } });
      // un foyer qui vient d'entrer dans le RSA : personne du foyer (conjoint compris) n'est encore orienté ni sous contrat
      const qui = recent ? { personne: { foyerId: p.foyerId } } : { personneId: p.id };
      await db.contratEngagement.deleteMany({ where: qui });
      await db.periodeOrientation.deleteMany({ where: qui });
      if (!(recent && i % 2 === 0)) {
        await db.periodeOrientation.create({ data: { personneId: p.id, parcours: alea.choix(["PROFESSIONNEL", "SOCIO_PROFESSIONNEL", "SOCIAL"]), dateDebut: decale(ouverture, recent ? 20 : 8) } });
      }
      await db.periodeReferent.create({ data: { personneId: p.id, referentId: referent.id, dateDebut: recent ? decale(ouverture, 1) : decale(jour, -400) } });
      // coordonnées (fictives) que l'opérateur d'une action prescrite voit pour joindre la personne
      const numero = String(10_000_000 + ((suivis * 7919) % 89_999_999)).padStart(8, "0");
      await db.personne.update({ where: { id: p.id }, data: { telephone: `06 ${numero.replace(/(\d{2})(?=\d)/g, "$1 ")}`, courriel: `${p.prenom}.${p.nom}.${suivis}@exemple.fr`.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[^a-z0-9.@-]/g, "") } });
      suivis++;
      if (recent) continue; // pas encore de contrat
      const plan = PLANS[i % PLANS.length]!;
      if (i % 7 === 0) continue; // sans contrat
      if (i % 7 === 1) {
        await fabriquerContrat(db, { personneId: p.id, referentId: referent.id, statut: "BROUILLON", dateDebut: decale(jour, 7), dateFin: decale(jour, 372), objectifs: plan });
      } else if (i % 7 === 2) {
        // échéance dans moins de 30 jours
        await fabriquerContrat(db, { personneId: p.id, referentId: referent.id, statut: "EN_COURS", dateDebut: decale(jour, -340), dateFin: decale(jour, 20 + (i % 5)), dateSignature: decale(jour, -345), dateValidation: decale(jour, -341), objectifs: plan });
      } else if (i % 7 === 3) {
        await fabriquerContrat(db, { personneId: p.id, referentId: referent.id, statut: "SIGNE", dateDebut: decale(jour, 3), dateFin: decale(jour, 368), dateSignature: decale(jour, -2), objectifs: plan });
      } else if (i % 7 === 4) {
        await fabriquerContrat(db, {
          personneId: p.id,
          referentId: referent.id,
          statut: "EN_COURS",
          dateDebut: decale(jour, -60),
          dateFin: decale(jour, 305),
          dateSignature: decale(jour, -62),
          dateValidation: decale(jour, -61),
          motifExemption: "PARENT_ISOLE",
          objectifs: [{ libelle: "Trouver une solution de garde pour l'enfant de 3 ans", frein: "GARDE_ENFANTS", activites: [{ libelle: "Démarches auprès de la plateforme de garde", categorie: "SOCIALE", mode: "ACCOMPAGNEE", heuresHebdo: 0 }] }],
        });
      } else {
        await fabriquerContrat(db, { personneId: p.id, referentId: referent.id, statut: "EN_COURS", dateDebut: decale(jour, -120), dateFin: decale(jour, 245), dateSignature: decale(jour, -122), dateValidation: decale(jour, -121), objectifs: plan });
      }
      // prescriptions : une proposée, une acceptée, une refusée, une entrée, selon la personne
      const action = actions[i % Math.max(1, actions.length)];
      if (action && i % 3 === 0) {
        const statut = (["PROPOSEE", "ACCEPTEE", "REFUSEE", "ENTREE"] as const)[i % 4]!;
        await db.prescription.create({
          data: {
            personneId: p.id,
            actionId: action.id,
            prescripteurId: referent.id,
            statut,
            dateProposition: decale(jour, -30),
            dateReponse: statut === "PROPOSEE" ? null : decale(jour, -25),
            motifRefus: statut === "REFUSEE" ? "Action complète pour la session en cours" : null,
            dateEntree: statut === "ENTREE" ? decale(jour, -20) : null,
          },
        });
      }
    }
  }
  return { suivis };
}

/** Orne : une file active de 30 bénéficiaires sur le territoire de la commission RSA d'Argentan. */
export async function chargerParcoursOrne(db: PrismaClient, departementId: string) {
  const jour = aujourdhui();
  const alea = generateur(61);
  const referent = await db.utilisateur.findUniqueOrThrow({ where: { courriel: "referent.argentan@orne.demo" } });
  const communes = await db.territoire.findMany({ where: { departementId, type: "COMMUNE", parent: { code: "CRSA-ARGENTAN" } } });
  const prenoms = ["Claire", "Louis", "Nathalie", "Jérôme", "Sandrine", "Patrick", "Aurélie", "Didier", "Céline", "Fabrice"];
  const noms = ["Lebrun", "Hamel", "Lecomte", "Vautier", "Marie", "Leroy", "Guillaume", "Lemonnier", "Duval", "Hébert"];
  for (let i = 0; i < 30; i++) {
    const { personne } = await fabriquerFoyerEtPersonne(db, {
      departementId,
      territoireId: communes[i % communes.length]!.id,
      numeroAllocataire: `61${String(i + 1).padStart(6, "0")}`,
      dateOuvertureDroits: decale(jour, -(420 + alea.entier(0, 1500))), // avant l'orientation (J-400) et le contrat (J-200)
      nom: noms[i % noms.length]!,
      prenom: prenoms[(i * 3) % prenoms.length]!,
      sexe: i % 2 ? "M" : "F",
      dateNaissance: new Date(Date.UTC(1965 + alea.entier(0, 35), alea.entier(0, 11), 1 + alea.entier(0, 27))),
    });
    await db.periodeOrientation.create({ data: { personneId: personne.id, parcours: i % 3 ? "SOCIAL" : "SOCIO_PROFESSIONNEL", dateDebut: decale(jour, -400) } });
    await db.periodeReferent.create({ data: { personneId: personne.id, referentId: referent.id, dateDebut: decale(jour, -400) } });
    if (i % 4 !== 0) {
      await fabriquerContrat(db, { personneId: personne.id, referentId: referent.id, statut: "EN_COURS", dateDebut: decale(jour, -200), dateFin: decale(jour, 165 - i * 5), dateSignature: decale(jour, -201), dateValidation: decale(jour, -200), objectifs: PLANS[i % 2]! });
    }
  }
  return 30;
}
