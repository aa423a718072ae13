// Population synthétique de l'Orne au 30/11/2019, construite sur les chiffres publiés de D4 :
// 6 592 ménages (L85), 13 520 personnes couvertes (L95), 53 % de personnes seules et 27 % de familles
// monoparentales (L178), 53 % de femmes (L174), 8,5 % de 18-25 ans et 29,5 % de 26-35 ans (L176),
// 57 % au RSA depuis plus de 36 mois (L182).
// Les ménages PAR commission figuraient dans un graphique perdu à l'extraction : leur répartition
// ci-dessous est un choix de conception (au prorata approximatif de la population des territoires),
// dont la somme est exactement le total publié. Voir docs/decisions/1702.

export const DATE_REFERENCE_ORNE = "2019-11-30";
export const MENAGES_ORNE = 6592;
export const PERSONNES_COUVERTES_ORNE = 13520;

export const MENAGES_PAR_COMMISSION: { commission: string; menages: number }[] = [
  { commission: "CRSA-ALENCON", menages: 2250 },
  { commission: "CRSA-ARGENTAN", menages: 1430 },
  { commission: "CRSA-FLERS", menages: 1850 },
  { commission: "CRSA-MORTAGNE", menages: 1062 },
];

/** Parts des situations familiales des ménages (D4 L178 ; le reste, 20 %, en couple). */
export const PART_SEULS = 53;
export const PART_MONOPARENTAUX = 27;
export const PART_COUPLES_AVEC_ENFANTS = 13;
/** Ancienneté : 57 % au RSA depuis plus de 36 mois (D4 L182). */
export const PART_PLUS_36_MOIS = 57;
