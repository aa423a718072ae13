// Projection des situations après le chargement, et population ×10 (SEED_POPULATION=x10) pour mesurer
// la montée en charge : la population synthétique des Bouches-du-Rhône est recopiée 9 fois sur les
// mêmes communes (identifiants et n° d'allocataire suffixés), avec orientations et contrats.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { reprendreSituations, suspendreSituations } from "@/lib/situations/rafraichir";

export async function multiplierPopulation(db: PrismaClient, facteur: number, journal: (m: string) => void = () => {}) {
  for (let k = 2; k <= facteur; k++) {
    const t0 = performance.now();
    const s = `-x${k}`;
    await db.$transaction(
      async (tx) => {
        // déclencheurs suspendus le temps de la copie : la projection est reconstruite à la fin
        await tx.$executeRawUnsafe("SET LOCAL pilote.situations_differees = 'oui'");
        await tx.$executeRaw`
          INSERT INTO foyer (id, departement_id, numero_allocataire, organisme, territoire_id, date_ouverture_droits, soumis_droits_devoirs, etat_droit, situation_familiale)
          SELECT id || ${s}, departement_id, numero_allocataire || ${s}, organisme, territoire_id, date_ouverture_droits, soumis_droits_devoirs, etat_droit, situation_familiale
          FROM foyer WHERE id LIKE 'f13-%' AND id NOT LIKE '%-x%'`;
        await tx.$executeRaw`
          INSERT INTO personne (id, foyer_id, role, nom, prenom, sexe, date_naissance, nir_masque, nir_empreinte, niveau_formation)
          SELECT id || ${s}, foyer_id || ${s}, role, nom, prenom, sexe, date_naissance, nir_masque, md5(nir_empreinte || ${s}), niveau_formation
          FROM personne WHERE foyer_id LIKE 'f13-%' AND foyer_id NOT LIKE '%-x%'`;
        await tx.$executeRaw`
          INSERT INTO periode_orientation (id, personne_id, parcours, organisme_id, date_debut, date_fin)
          SELECT o.id || ${s}, o.personne_id || ${s}, o.parcours, o.organisme_id, o.date_debut, o.date_fin
          FROM periode_orientation o WHERE o.id LIKE 'op13-%' AND o.id NOT LIKE '%-x%'`;
        await tx.$executeRaw`
          INSERT INTO contrat_engagement (id, personne_id, referent_id, statut, date_debut, date_fin, date_signature, date_validation, updated_at)
          SELECT c.id || ${s}, c.personne_id || ${s}, c.referent_id, c.statut, c.date_debut, c.date_fin, c.date_signature, c.date_validation, now()
          FROM contrat_engagement c WHERE c.id LIKE 'cp13-%' AND c.id NOT LIKE '%-x%'`;
        await tx.$executeRaw`
          INSERT INTO objectif_contrat (id, contrat_id, libelle, frein, ordre)
          SELECT oc.id || ${s}, oc.contrat_id || ${s}, oc.libelle, oc.frein, oc.ordre FROM objectif_contrat oc WHERE oc.id LIKE 'occp13-%' AND oc.id NOT LIKE '%-x%'`;
        await tx.$executeRaw`
          INSERT INTO activite_contrat (id, objectif_id, libelle, categorie, mode, heures_hebdo, ordre)
          SELECT a.id || ${s}, a.objectif_id || ${s}, a.libelle, a.categorie, a.mode, a.heures_hebdo, a.ordre FROM activite_contrat a WHERE a.id LIKE 'aoccp13-%' AND a.id NOT LIKE '%-x%'`;
      },
      { timeout: 600_000 },
    );
    journal(`copie ${k}/${facteur} de la population (${Math.round(performance.now() - t0)} ms)`);
  }
}

/** Avant la population synthétique : déclencheurs de la projection suspendus (chargement en masse). */
export async function suspendreSituationsPendantChargement(db: PrismaClient) {
  await suspendreSituations(db, "chargement de la démonstration");
}

/** Rétablit les déclencheurs et reconstruit la projection (après le chargement) ; renvoie lignes et durée. */
export async function chargerSituations(db: PrismaClient) {
  return reprendreSituations(db);
}
