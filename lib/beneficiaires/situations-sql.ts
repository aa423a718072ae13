// Les alertes de la file active en SQL, construites à partir des constantes de domain/delais.ts (un
// seul endroit pour les seuils) et lues dans la projection situation_personne (alias `s`). Le jour est
// un paramètre : les alertes qui dépendent de la date sont évaluées à la lecture, sur des colonnes indexées.
import { Prisma } from "@/lib/generated/prisma/client";
import { ALERTE_ECHEANCE_JOURS, DELAI_CONTRAT_JOURS, DELAI_ORIENTATION_JOURS, type Alerte } from "./domain/delais";

export const ALERTES = ["SANS_CONTRAT", "ECHEANCE_PROCHE", "DELAI_ORIENTATION_DEPASSE", "DELAI_CONTRAT_DEPASSE", "PRESCRIPTION_REFUSEE"] as const satisfies readonly Alerte[];

/** Condition SQL de l'alerte au jour donné (même règle que alertes() de domain/delais.ts). */
export function conditionAlerte(alerte: Alerte, jour: string): Prisma.Sql {
  const vivant = Prisma.sql`contrat_vivant(s.contrat_statut, s.fin_contrat, ${jour}::date)`;
  switch (alerte) {
    case "SANS_CONTRAT":
      return Prisma.sql`NOT ${vivant}`;
    case "ECHEANCE_PROCHE":
      return Prisma.sql`(${vivant} AND s.fin_contrat <= ${jour}::date + ${ALERTE_ECHEANCE_JOURS}::int)`;
    case "DELAI_ORIENTATION_DEPASSE":
      return Prisma.sql`(s.premiere_orientation IS NULL AND s.date_ouverture < ${jour}::date - ${DELAI_ORIENTATION_JOURS}::int)`;
    case "DELAI_CONTRAT_DEPASSE":
      return Prisma.sql`(s.premier_contrat IS NULL AND s.date_ouverture < ${jour}::date - ${DELAI_CONTRAT_JOURS}::int)`;
    case "PRESCRIPTION_REFUSEE":
      return Prisma.sql`s.prescription_refusee`;
  }
}

/** Les cinq alertes en colonnes booléennes nommées comme les codes d'alerte. */
export function expressionsAlertes(jour: string): Prisma.Sql {
  return Prisma.join(ALERTES.map((a) => Prisma.sql`${conditionAlerte(a, jour)} AS ${Prisma.raw(`"${a}"`)}`));
}
