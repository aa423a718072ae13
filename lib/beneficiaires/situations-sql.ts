// Les alertes de la file active en SQL, construites à partir des constantes de domain/delais.ts (un
// seul endroit pour les seuils) et lues dans la projection situation_personne (alias `s`). Le jour est
// un paramètre : les alertes qui dépendent de la date sont évaluées à la lecture, sur des colonnes indexées.
import { Prisma } from "@/lib/generated/prisma/client";
import { ALERTE_ECHEANCE_JOURS, type Alerte } from "./domain/delais";

export const ALERTES = ["SANS_CONTRAT", "ECHEANCE_PROCHE", "DELAI_ORIENTATION_DEPASSE", "DELAI_CONTRAT_DEPASSE", "PRESCRIPTION_REFUSEE"] as const satisfies readonly Alerte[];

/** Condition SQL de l'alerte au jour donné (même règle que alertes() de domain/delais.ts). */
// La projection porte les dates de bascule (fin du contrat vivant, ouverture + 15 j sans orientation,
// ouverture + 30 j sans contrat signé, calculées par la vue avec les fonctions de règle) : une alerte est
// une comparaison de date, indexée. ALERTE_ECHEANCE_JOURS vient de domain/delais.ts.
export function conditionAlerte(alerte: Alerte, jour: string): Prisma.Sql {
  switch (alerte) {
    case "SANS_CONTRAT":
      return Prisma.sql`(s.fin_vivant IS NULL OR s.fin_vivant < ${jour}::date)`;
    case "ECHEANCE_PROCHE":
      return Prisma.sql`(s.fin_vivant BETWEEN ${jour}::date AND ${jour}::date + ${ALERTE_ECHEANCE_JOURS}::int)`;
    case "DELAI_ORIENTATION_DEPASSE":
      return Prisma.sql`s.echeance_orientation < ${jour}::date`;
    case "DELAI_CONTRAT_DEPASSE":
      return Prisma.sql`s.echeance_contrat < ${jour}::date`;
    case "PRESCRIPTION_REFUSEE":
      return Prisma.sql`s.prescription_refusee`;
  }
}

/** Les cinq alertes en colonnes booléennes nommées comme les codes d'alerte. */
export function expressionsAlertes(jour: string): Prisma.Sql {
  return Prisma.join(ALERTES.map((a) => Prisma.sql`${conditionAlerte(a, jour)} AS ${Prisma.raw(`"${a}"`)}`));
}
