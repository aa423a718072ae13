// Orne en département complet, chiffres publiés (D4) et aides financières : un seul point d'entrée
// appelé par prisma/seed.ts.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ProfilPopulation } from "./seed-population";
import { genererPopulationOrne } from "./seed-orne";
import { chargerAides } from "./seed-aides";
import { chargerChiffresPublies } from "./seed-chiffres";
import { chargerResultatsPlics } from "./seed-resultats-plics";
import { chargerResultatsCd13 } from "./seed-resultats-cd13";
import { chargerResultatsConventions } from "./seed-resultats-conventions";
import { ACTIVITE_RSA_CD13 } from "./donnees/chiffres-cd13";
import { CHIFFRES_AIDES_ORNE, CHIFFRES_ALLOCATAIRES_ORNE, EVALUATIONS_PLICS } from "./donnees/chiffres-orne";

export async function chargerDonneesH10(db: PrismaClient, ids: { cd13: string; orne: string }, profil: ProfilPopulation, etape: (texte: string) => void) {
  let t0 = performance.now();
  const orne = await genererPopulationOrne(db, ids.orne, profil);
  etape(`population synthétique de l'Orne : ${orne.foyers} foyers ajoutés, ${orne.personnes} personnes couvertes (${Math.round(performance.now() - t0)} ms)`);
  const chiffres = await chargerChiffresPublies(db, ids.orne, "D4", [...CHIFFRES_ALLOCATAIRES_ORNE, ...CHIFFRES_AIDES_ORNE, ...EVALUATIONS_PLICS]);
  const chiffres13 = await chargerChiffresPublies(db, ids.cd13, "D2", ACTIVITE_RSA_CD13);
  etape(`chiffres publiés : ${chiffres} de l'Orne (D4), ${chiffres13} sur l'activité du dispositif RSA des Bouches-du-Rhône (D2)`);
  const participations = await chargerResultatsPlics(db, ids.orne);
  etape(`participations 2019 aux actions du PLICS d'Argentan (bilans de D4) : ${participations}`);
  t0 = performance.now();
  const resultats = await chargerResultatsCd13(db, ids.cd13);
  etape(`participations et sorties synthétiques CD13 : ${resultats.prescriptions} prescriptions sur ${resultats.actions} actions (${Math.round(performance.now() - t0)} ms)`);
  t0 = performance.now();
  const conventions = await chargerResultatsConventions(db, ids.cd13);
  etape(`parcours des conventions CD13 (bilans publiés reproduits, ${conventions.bilans} bilans finaux calculés) : ${conventions.parcours} prescriptions (${Math.round(performance.now() - t0)} ms)`);
  t0 = performance.now();
  const aides = await chargerAides(db, ids);
  etape(`aides financières : ${aides.orne2019} aides 2019 de l'Orne (D4), ${aides.cd13} demandes d'aides individuelles CD13 (${Math.round(performance.now() - t0)} ms)`);
}
