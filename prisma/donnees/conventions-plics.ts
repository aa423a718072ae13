// Conventions, budgets et bilans des actions du PLICS de la commission RSA d'Argentan (D4).
//
// Ce que D4 donne, repris tel quel (avec sa ligne) : le titulaire et l'action, le volume conventionné
// (places, parcours, postes ou ETP), le mode de contractualisation (marché public 2019-2021 de la Primo
// professionnelle, L512 ; conventions référent RSA du CCAS et de la MSA, L1388 ; objectifs « fixés dans
// la convention » des ACI, L665), les objectifs et les résultats 2019 de chaque évaluation.
//
// Ce que D4 ne donne pas : aucun montant conventionné. Les montants sont des valeurs de démonstration,
// calculées par une règle fixe et signalées comme telles dans les observations de chaque convention :
// - accompagnement (place, parcours, poste) : 1 689 € par unité conventionnée, le coût par parcours de la
//   convention ARES des Bouches-du-Rhône (D0 : 67 550 € pour 40 parcours) ;
// - atelier et chantier d'insertion : 9 409 € par ETP conventionné, le coût par poste de la fiche 3-4 du
//   plan pauvreté (D1 L968 : 414 000 € engagés pour 44 postes) ;
// - référent social du CCAS : 3 assistants sociaux (D4 L1414) à 45 000 € (hypothèse de démonstration) ;
// - plateforme mobilité (sans volume conventionné) : forfait de 25 000 € (hypothèse de démonstration).
// La répartition des sorties dynamiques par type (emploi durable, de transition, sortie positive) n'est pas
// publiée (graphiques perdus) : celle de prisma/donnees/resultats-plics.ts est reprise, qui suit l'objectif
// conventionné 20 / 15 / 15 (D4 L667-671).
import type { UniteCapacite } from "@/lib/generated/prisma/enums";

export const COUT_PARCOURS = 1_689; // D0 : 67 550 € / 40 parcours (arrondi à l'euro)
export const COUT_ETP_ACI = 9_409; // D1 L968 : 414 000 € / 44 postes (arrondi à l'euro)
export const COUT_ASSISTANT_SOCIAL = 45_000; // hypothèse de démonstration
export const FORFAIT_PLATEFORME_MOBILITE = 25_000; // hypothèse de démonstration

export interface IndicateurPlics {
  nom: string;
  unite: string;
  cible: number | null;
  /** ligne de D4 d'où vient la cible */
  ligneCible?: number;
  /** résultat 2019 (bilan), avec sa ligne dans D4 */
  valeur?: number;
  ligne?: number;
}

export interface SortiePlics {
  type: "EMPLOI_DURABLE" | "EMPLOI_TRANSITION" | "SORTIE_POSITIVE" | "ABANDON" | "AUTRE";
  nombre: number;
  detail: string;
}

export interface BilanPlics {
  type: "FINAL" | "ANNUEL";
  debut: string;
  fin: string;
  participants: number;
  /** ligne de D4 où figurent les participants */
  ligne: number;
  pctFemmes: number | null;
  sorties: SortiePlics[];
  appreciation: string;
}

export interface ConventionPlics {
  cle: string;
  action: string;
  structure: string;
  type: "SUBVENTION" | "MARCHE_PUBLIC";
  objet: string;
  nature: "NOUVELLE" | "RENOUVELLEMENT";
  debut: string;
  fin: string;
  /** volume conventionné tel que D4 l'écrit (null : pas de volume, forfait) */
  volume: number | null;
  unite: UniteCapacite | null;
  /** ligne de D4 où figure le volume conventionné */
  ligneVolume: number | null;
  /** montant de démonstration, en euros, pour toute la durée */
  montant: number;
  /** exercices et montants engagés chaque année (somme = montant) */
  exercices: Record<number, number>;
  /** convention de l'année précédente que celle-ci renouvelle */
  precedente?: string;
  indicateurs: IndicateurPlics[];
  bilan?: BilanPlics;
  regle: string;
}

const parcours = (volume: number) => volume * COUT_PARCOURS;
const etp = (volume: number) => Math.round(volume * COUT_ETP_ACI);
const R_PARCOURS = `montant de démonstration : ${COUT_PARCOURS.toLocaleString("fr-FR")} € par unité conventionnée (coût par parcours de la convention ARES, D0)`;
const R_ETP = `montant de démonstration : ${COUT_ETP_ACI.toLocaleString("fr-FR")} € par ETP conventionné (coût par poste de la fiche 3-4 du plan pauvreté, D1)`;

const annuelle = (annee: number) => ({ debut: `${annee}-01-01`, fin: `${annee}-12-31` });
const sorties2019 = (fin: string) => ({ type: "FINAL" as const, debut: "2019-01-01", fin });

/** Les ACI : convention 2019 (évaluée), puis 2020 avec les objectifs de l'année (D4 L654-676). */
function aci(
  code: string,
  structure: string,
  objet: string,
  v2019: number,
  v2020: number,
  l: { volume: number; volume2020: number; objectifs: [number, number, number, number, number, number] },
  bilan: BilanPlics,
  resultats: IndicateurPlics[],
): ConventionPlics[] {
  const [entretiens, immersion, durable, transition, positive, dyn] = l.objectifs;
  return [
    {
      cle: `${code}-2019`,
      action: code,
      structure,
      type: "SUBVENTION",
      objet: `${objet} – 2019`,
      nature: "RENOUVELLEMENT",
      ...annuelle(2019),
      volume: v2019,
      unite: "ETP",
      ligneVolume: l.volume,
      montant: etp(v2019),
      exercices: { 2019: etp(v2019) },
      indicateurs: resultats,
      bilan,
      regle: R_ETP,
    },
    {
      cle: `${code}-2020`,
      action: code,
      structure,
      type: "SUBVENTION",
      objet: `${objet} – 2020`,
      nature: "RENOUVELLEMENT",
      ...annuelle(2020),
      volume: v2020,
      unite: "ETP",
      ligneVolume: l.volume2020,
      montant: etp(v2020),
      exercices: { 2020: etp(v2020) },
      precedente: `${code}-2019`,
      indicateurs: [
        { nom: "Sorties dynamiques", unite: "%", cible: 50, ligneCible: dyn },
        { nom: "dont emploi durable", unite: "%", cible: 20, ligneCible: durable },
        { nom: "dont emploi de transition", unite: "%", cible: 15, ligneCible: transition },
        { nom: "dont sorties positives", unite: "%", cible: 15, ligneCible: positive },
        { nom: "Bénéficiaires ayant au moins 2 entretiens par mois", unite: "%", cible: 70, ligneCible: entretiens },
        { nom: "Bénéficiaires ayant réalisé une immersion dans l'année", unite: "%", cible: 80, ligneCible: immersion },
      ],
      regle: R_ETP,
    },
  ];
}

/** Une action d'accompagnement : convention 2019 évaluée, renouvelée en 2020 au même volume. */
function accompagnement(
  code: string,
  structure: string,
  objet: string,
  volume: number,
  unite: UniteCapacite,
  ligneVolume: number,
  bilan: BilanPlics,
  resultats: IndicateurPlics[],
  objectifs2020: IndicateurPlics[] = [],
): ConventionPlics[] {
  return [
    { cle: `${code}-2019`, action: code, structure, type: "SUBVENTION", objet: `${objet} – 2019`, nature: "RENOUVELLEMENT", ...annuelle(2019), volume, unite, ligneVolume, montant: parcours(volume), exercices: { 2019: parcours(volume) }, indicateurs: resultats, bilan, regle: R_PARCOURS },
    { cle: `${code}-2020`, action: code, structure, type: "SUBVENTION", objet: `${objet} – 2020`, nature: "RENOUVELLEMENT", ...annuelle(2020), volume, unite, ligneVolume, montant: parcours(volume), exercices: { 2020: parcours(volume) }, precedente: `${code}-2019`, indicateurs: [{ nom: "Participants", unite: "personnes", cible: volume, ligneCible: ligneVolume }, ...objectifs2020], regle: R_PARCOURS },
  ];
}

const GRAPHIQUE_PERDU = "répartition des situations à la sortie non publiée (graphique perdu à l'extraction de D4)";

export const CONVENTIONS_PLICS: ConventionPlics[] = [
  ...accompagnement(
    "PLICS-C1", "La Maison des mots", "Accompagnement spécifique RSA au sein du parcours socle de compétences", 40, "PARCOURS", 275,
    { ...sorties2019("2019-12-31"), participants: 38, ligne: 275, pctFemmes: 50, sorties: [], appreciation: "38 participants pour 40 conventionnés (D4 L275) ; 50 % de femmes, 61 % de plus de 36 ans." },
    [{ nom: "Participants", unite: "personnes", cible: 40, ligneCible: 275, valeur: 38, ligne: 275 }],
  ),
  ...accompagnement(
    "PLICS-C2", "La Maison des mots", "Français et intégration sur le territoire", 9, "PLACES", 363,
    { ...sorties2019("2019-12-31"), participants: 17, ligne: 363, pctFemmes: 47, sorties: [], appreciation: "17 bénéficiaires pour 9 conventionnés (D4 L363) ; deux groupes ont terminé leur parcours vers l'OFII ou le CAP langue française ; 53 % d'hommes (47 % de femmes)." },
    [
      { nom: "Participants", unite: "personnes", cible: 9, ligneCible: 363, valeur: 17, ligne: 363 },
      { nom: "Groupes ayant terminé leur parcours", unite: "groupes", cible: null, valeur: 2, ligne: 376 },
    ],
  ),
  ...accompagnement(
    "PLICS-C3", "La Maison des mots", "Ateliers vie quotidienne et numérique : éviter les ruptures de parcours", 12, "PLACES", 478,
    { ...sorties2019("2019-12-31"), participants: 19, ligne: 438, pctFemmes: 84, sorties: [], appreciation: "19 bénéficiaires entrés en 2019 (D4 L438) ; 84 % de femmes, 74 % en quartier prioritaire." },
    [{ nom: "Participants", unite: "personnes", cible: 12, ligneCible: 478, valeur: 19, ligne: 438 }],
  ),
  {
    cle: "PLICS-A1-2019",
    action: "PLICS-A1",
    structure: "L'Etape",
    type: "MARCHE_PUBLIC",
    objet: "Primo professionnelle – marché public 2019-2021",
    nature: "NOUVELLE",
    debut: "2019-01-01",
    fin: "2021-12-31",
    volume: 26,
    unite: "PARCOURS",
    ligneVolume: 550,
    montant: 3 * parcours(26),
    exercices: { 2019: parcours(26), 2020: parcours(26), 2021: parcours(26) },
    indicateurs: [
      { nom: "Participants", unite: "personnes", cible: 26, ligneCible: 516, valeur: 27, ligne: 516 },
      { nom: "Sortants ayant engagé une suite de parcours", unite: "%", cible: 50, ligneCible: 540 },
    ],
    bilan: {
      type: "ANNUEL",
      debut: "2019-01-01",
      fin: "2019-12-31",
      participants: 27,
      ligne: 516,
      pctFemmes: 27,
      sorties: [{ type: "AUTRE", nombre: 17, detail: `17 sorties au 31/12/2019 (D4 L517) ; ${GRAPHIQUE_PERDU}` }],
      appreciation: "27 bénéficiaires entrés pour 26 prévus ; 17 sorties au 31 décembre 2019 (D4 L516-517).",
    },
    regle: `${R_PARCOURS}, 26 parcours par an pendant 3 ans`,
  },
  ...aci(
    "PLICS-A2", "ACI Développement", "Atelier et chantier d'insertion ACI Développement (Argentan, Vimoutiers, Gacé)", 30, 30.68,
    { volume: 622, volume2020: 676, objectifs: [656, 657, 669, 670, 671, 643] },
    {
      ...sorties2019("2019-12-31"),
      participants: 99,
      ligne: 622,
      pctFemmes: 48,
      sorties: [
        { type: "EMPLOI_DURABLE", nombre: 11, detail: "répartition de démonstration des 28 sorties dynamiques (D4 L643)" },
        { type: "EMPLOI_TRANSITION", nombre: 8, detail: "répartition de démonstration des 28 sorties dynamiques" },
        { type: "SORTIE_POSITIVE", nombre: 9, detail: "répartition de démonstration des 28 sorties dynamiques" },
        { type: "ABANDON", nombre: 2, detail: "abandons en cours d'action (D4 L630)" },
        { type: "AUTRE", nombre: 22, detail: `autres sorties parmi les 52 sorties au 30/09/2019 (D4 L626) ; ${GRAPHIQUE_PERDU}` },
      ],
      appreciation: "99 entrées, 31,11 ETP réalisés pour 30 conventionnés ; 28 sorties dynamiques sur 52 sorties au 30/09/2019, soit 54 % (pour 50 % conventionnés).",
    },
    [
      { nom: "ETP réalisés", unite: "ETP", cible: 30, ligneCible: 622, valeur: 31.11, ligne: 622 },
      { nom: "Sorties dynamiques", unite: "%", cible: 50, ligneCible: 643, valeur: 54, ligne: 643 },
      { nom: "Périodes en immersion", unite: "périodes", cible: null, valeur: 40, ligne: 635 },
      { nom: "Salariés ayant eu au moins 2 entretiens par mois", unite: "salariés", cible: null, valeur: 40, ligne: 639 },
    ],
  ),
  ...aci(
    "PLICS-A3", "AIPAA", "Atelier et chantier d'insertion AIPAA (environnement, bâtiment, Trun)", 8.91, 8.91,
    { volume: 714, volume2020: 768, objectifs: [748, 749, 761, 762, 763, 735] },
    {
      ...sorties2019("2019-12-31"),
      participants: 31,
      ligne: 714,
      pctFemmes: 3,
      sorties: [
        { type: "EMPLOI_DURABLE", nombre: 4, detail: "répartition de démonstration des 10 sorties dynamiques (D4 L735)" },
        { type: "EMPLOI_TRANSITION", nombre: 3, detail: "répartition de démonstration des 10 sorties dynamiques" },
        { type: "SORTIE_POSITIVE", nombre: 3, detail: "répartition de démonstration des 10 sorties dynamiques" },
        { type: "ABANDON", nombre: 1, detail: "un bénéficiaire a abandonné en cours d'action (D4 L722)" },
        { type: "AUTRE", nombre: 7, detail: `autres sorties parmi les 18 sorties au 30/09/2019 (D4 L718) ; ${GRAPHIQUE_PERDU}` },
      ],
      appreciation: "31 entrées, 9,43 ETP pour 8,91 conventionnés ; 10 sorties dynamiques, soit 62 % selon D4 (10 sur 18 sorties font 56 %) ; 97 % d'hommes.",
    },
    [
      { nom: "ETP réalisés", unite: "ETP", cible: 8.91, ligneCible: 714, valeur: 9.43, ligne: 714 },
      { nom: "Sorties dynamiques", unite: "%", cible: 50, ligneCible: 735, valeur: 62, ligne: 735 },
      { nom: "Périodes en immersion", unite: "périodes", cible: null, valeur: 16, ligne: 727 },
      { nom: "Salariés ayant eu au moins 2 entretiens par mois", unite: "salariés", cible: null, valeur: 11, ligne: 731 },
    ],
  ),
  ...aci(
    "PLICS-A4", "Jardins dans la ville", "Chantier d'insertion maraîchage Jardins dans la ville", 6.72, 5.8,
    { volume: 797, volume2020: 849, objectifs: [829, 830, 842, 843, 844, 814] },
    {
      ...sorties2019("2019-12-31"),
      participants: 16,
      ligne: 797,
      pctFemmes: 44,
      sorties: [
        { type: "EMPLOI_DURABLE", nombre: 3, detail: "répartition de démonstration des 8 sorties dynamiques (D4 L814)" },
        { type: "EMPLOI_TRANSITION", nombre: 2, detail: "répartition de démonstration des 8 sorties dynamiques" },
        { type: "SORTIE_POSITIVE", nombre: 3, detail: "répartition de démonstration des 8 sorties dynamiques" },
        { type: "AUTRE", nombre: 3, detail: `autres sorties parmi les 11 sorties au 30/09/2019 (D4 L801) ; ${GRAPHIQUE_PERDU}` },
      ],
      appreciation: "16 entrées, 6,5 ETP pour 6,72 conventionnés ; 8 sorties dynamiques sur 11 sorties, soit 73 % (pour 50 % conventionnés).",
    },
    [
      { nom: "ETP réalisés", unite: "ETP", cible: 6.72, ligneCible: 797, valeur: 6.5, ligne: 797 },
      { nom: "Sorties dynamiques", unite: "%", cible: 50, ligneCible: 814, valeur: 73, ligne: 814 },
      { nom: "Périodes en immersion", unite: "périodes", cible: null, valeur: 8, ligne: 806 },
      { nom: "Salariés ayant eu au moins 2 entretiens par mois", unite: "salariés", cible: null, valeur: 6, ligne: 810 },
    ],
  ),
  ...accompagnement(
    "PLICS-A5", "Secours populaire", "Accompagnement socioprofessionnel de salariés en parcours emploi compétences", 8, "POSTES", 930,
    {
      ...sorties2019("2019-12-31"),
      participants: 17,
      ligne: 930,
      pctFemmes: 47,
      sorties: [
        { type: "EMPLOI_DURABLE", nombre: 2, detail: "répartition de démonstration des 5 sorties vers l'emploi ou la formation (D4 L942)" },
        { type: "EMPLOI_TRANSITION", nombre: 1, detail: "répartition de démonstration des 5 sorties vers l'emploi ou la formation" },
        { type: "SORTIE_POSITIVE", nombre: 2, detail: "répartition de démonstration des 5 sorties vers l'emploi ou la formation" },
        { type: "AUTRE", nombre: 2, detail: "autres fins d'action parmi les 7 personnes ayant terminé (D4 L939) ; aucun abandon" },
      ],
      appreciation: "17 entrées pour 8 postes conventionnés ; 7 fins d'action, 5 sorties vers l'emploi ou la formation, soit 71 % de sorties positives ; aucun abandon.",
    },
    [
      { nom: "Participants", unite: "personnes", cible: 8, ligneCible: 930, valeur: 17, ligne: 930 },
      { nom: "Sorties positives", unite: "%", cible: null, valeur: 71, ligne: 942 },
    ],
  ),
  ...accompagnement(
    "PLICS-A6", "Argentan Solidarité Insertion", "Accompagnement spécifique des bénéficiaires en association intermédiaire", 30, "PLACES", 1053,
    {
      ...sorties2019("2019-12-31"),
      participants: 36,
      ligne: 1053,
      pctFemmes: 44,
      sorties: [
        { type: "EMPLOI_TRANSITION", nombre: 1, detail: "sortie vers l'emploi en intérim (D4 L1057)" },
        { type: "ABANDON", nombre: 2, detail: "abandons en 2019 (D4 L1055)" },
        { type: "AUTRE", nombre: 10, detail: `autres sorties parmi les 13 sorties au 30/11/2019 (D4 L1057) ; ${GRAPHIQUE_PERDU}` },
      ],
      appreciation: "36 personnes pour 30 places ; 7 887 heures travaillées, 219 heures par personne en moyenne (objectif : au moins 200) ; 13 sorties dont une vers l'emploi.",
    },
    [
      { nom: "Participants", unite: "personnes", cible: 30, ligneCible: 1053, valeur: 36, ligne: 1053 },
      { nom: "Heures de mise à disposition par personne", unite: "heures", cible: 200, ligneCible: 1072, valeur: 219, ligne: 1055 },
      { nom: "Heures travaillées", unite: "heures", cible: null, valeur: 7887, ligne: 1055 },
    ],
  ),
  {
    cle: "PLICS-B1-2019",
    action: "PLICS-B1",
    structure: "Mobyliis",
    type: "SUBVENTION",
    objet: "Plateforme mobilité Mobyliis – 2019",
    nature: "RENOUVELLEMENT",
    ...annuelle(2019),
    volume: null,
    unite: null,
    ligneVolume: null,
    montant: FORFAIT_PLATEFORME_MOBILITE,
    exercices: { 2019: FORFAIT_PLATEFORME_MOBILITE },
    indicateurs: [
      { nom: "Bénéficiaires du RSA accueillis", unite: "personnes", cible: null, valeur: 31, ligne: 1173 },
      { nom: "Locations", unite: "locations", cible: null, valeur: 7, ligne: 1175 },
      { nom: "Jours de location", unite: "jours", cible: null, valeur: 648, ligne: 1175 },
      { nom: "Actions d'animation", unite: "actions", cible: null, valeur: 3, ligne: 1177 },
    ],
    bilan: { ...sorties2019("2019-12-31"), participants: 31, ligne: 1173, pctFemmes: 65, sorties: [], appreciation: "31 bénéficiaires du RSA accueillis, 7 locations pour 648 jours, 3 animations (données au 30/11/2019, D4 L1171-1177)." },
    regle: `montant de démonstration : forfait de ${FORFAIT_PLATEFORME_MOBILITE.toLocaleString("fr-FR")} € (hypothèse, la plateforme n'a pas de volume conventionné)`,
  },
  {
    cle: "PLICS-B1-2020",
    action: "PLICS-B1",
    structure: "Mobyliis",
    type: "SUBVENTION",
    objet: "Plateforme mobilité Mobyliis – 2020",
    nature: "RENOUVELLEMENT",
    ...annuelle(2020),
    volume: null,
    unite: null,
    ligneVolume: null,
    montant: FORFAIT_PLATEFORME_MOBILITE,
    exercices: { 2020: FORFAIT_PLATEFORME_MOBILITE },
    precedente: "PLICS-B1-2019",
    indicateurs: [{ nom: "Locations", unite: "locations", cible: null }],
    regle: `montant de démonstration : forfait de ${FORFAIT_PLATEFORME_MOBILITE.toLocaleString("fr-FR")} € (hypothèse, la plateforme n'a pas de volume conventionné)`,
  },
  ...accompagnement(
    "PLICS-B2", "Mobyliis", "Accompagnement au permis B", 24, "PLACES", 1242,
    {
      ...sorties2019("2019-12-31"),
      participants: 24,
      ligne: 1242,
      pctFemmes: null,
      sorties: [
        { type: "ABANDON", nombre: 2, detail: "deux personnes ont abandonné (D4 L1246)" },
        { type: "AUTRE", nombre: 1, detail: "une personne a déménagé avant d'avoir obtenu son permis (D4 L1258)" },
      ],
      appreciation: "24 entrées pour 24 places (20 bénéficiaires du RSA et 4 jeunes) ; code : 22 sur 22 ; permis : 3 jeunes sur 3, 11 bénéficiaires du RSA sur 12 (92 %).",
    },
    [
      { nom: "Participants", unite: "personnes", cible: 24, ligneCible: 1242, valeur: 24, ligne: 1242 },
      { nom: "Réussite au code", unite: "%", cible: null, valeur: 100, ligne: 1252 },
      { nom: "Réussite au permis (bénéficiaires du RSA)", unite: "%", cible: null, valeur: 92, ligne: 1262 },
      { nom: "Réussite au permis (jeunes)", unite: "%", cible: null, valeur: 100, ligne: 1260 },
    ],
    [{ nom: "Heures complémentaires de conduite", unite: "heures", cible: 47, ligneCible: 1300 }],
  ),
  {
    cle: "PLICS-C4-2019",
    action: "PLICS-C4",
    structure: "CCAS d'Argentan",
    type: "SUBVENTION",
    objet: "Convention référent RSA – CCAS d'Argentan – 2019",
    nature: "RENOUVELLEMENT",
    ...annuelle(2019),
    volume: null,
    unite: null,
    ligneVolume: null,
    montant: 3 * COUT_ASSISTANT_SOCIAL,
    exercices: { 2019: 3 * COUT_ASSISTANT_SOCIAL },
    indicateurs: [
      { nom: "Bénéficiaires du RSA accompagnés", unite: "personnes", cible: null, valeur: 296, ligne: 1414 },
      { nom: "Contrats d'engagements réciproques réalisés", unite: "contrats", cible: null, valeur: 333, ligne: 1419 },
      { nom: "Ateliers collectifs", unite: "ateliers", cible: null, valeur: 22, ligne: 1444 },
    ],
    bilan: { ...sorties2019("2019-12-31"), participants: 296, ligne: 1414, pctFemmes: null, sorties: [], appreciation: "296 bénéficiaires accompagnés par 3 assistants sociaux ; 333 contrats réalisés ; 22 ateliers collectifs pour 17 bénéficiaires (D4 L1414-1444)." },
    regle: `montant de démonstration : 3 assistants sociaux (D4 L1414) à ${COUT_ASSISTANT_SOCIAL.toLocaleString("fr-FR")} € (hypothèse)`,
  },
  {
    cle: "PLICS-C4-2020",
    action: "PLICS-C4",
    structure: "CCAS d'Argentan",
    type: "SUBVENTION",
    objet: "Convention référent RSA – CCAS d'Argentan – 2020",
    nature: "RENOUVELLEMENT",
    ...annuelle(2020),
    volume: null,
    unite: null,
    ligneVolume: null,
    montant: 3 * COUT_ASSISTANT_SOCIAL,
    exercices: { 2020: 3 * COUT_ASSISTANT_SOCIAL },
    precedente: "PLICS-C4-2019",
    indicateurs: [{ nom: "Contrats d'engagements réciproques réalisés", unite: "contrats", cible: null }],
    regle: `montant de démonstration : 3 assistants sociaux (D4 L1414) à ${COUT_ASSISTANT_SOCIAL.toLocaleString("fr-FR")} € (hypothèse)`,
  },
  ...accompagnement(
    "PLICS-C5", "Mutualité sociale agricole", "Convention référent RSA – MSA", 10, "PARCOURS", 1447,
    {
      ...sorties2019("2019-12-31"),
      participants: 10,
      ligne: 1447,
      pctFemmes: null,
      sorties: [
        { type: "AUTRE", nombre: 1, detail: "sortie pour retraite (D4 L1471)" },
        { type: "AUTRE", nombre: 1, detail: "sortie par choix (D4 L1472)" },
      ],
      appreciation: "10 allocataires suivis, 19 contrats d'engagements réciproques réalisés (D4 L1447-1452).",
    },
    [
      { nom: "Allocataires suivis", unite: "personnes", cible: null, valeur: 10, ligne: 1447 },
      { nom: "Contrats d'engagements réciproques réalisés", unite: "contrats", cible: null, valeur: 19, ligne: 1452 },
    ],
  ),
  ...(["PLICS-C6", "PLICS-C7"] as const).map(
    (code): ConventionPlics => ({
      cle: `${code}-2020`,
      action: code,
      structure: "L'Etape",
      type: "SUBVENTION",
      objet: `Marchons pour mieux communiquer – ${code === "PLICS-C6" ? "Putanges" : "Vimoutiers"} – 2020 (expérimentation)`,
      nature: "NOUVELLE",
      ...annuelle(2020),
      volume: 8,
      unite: "PLACES",
      ligneVolume: code === "PLICS-C6" ? 1490 : 1549,
      montant: parcours(8),
      exercices: { 2020: parcours(8) },
      indicateurs: [
        { nom: "Participants", unite: "personnes", cible: 8, ligneCible: code === "PLICS-C6" ? 1490 : 1549 },
        { nom: "Séances", unite: "séances", cible: 8, ligneCible: code === "PLICS-C6" ? 1494 : 1553 },
      ],
      regle: R_PARCOURS,
    }),
  ),
  {
    cle: "PLICS-C8-2019",
    action: "PLICS-C8",
    structure: "L'Etape",
    type: "MARCHE_PUBLIC",
    objet: "Primo insertion sociale – marché public",
    nature: "NOUVELLE",
    debut: "2019-01-01",
    fin: "2021-12-31",
    volume: 33,
    unite: "PLACES",
    ligneVolume: 1608,
    montant: 3 * parcours(33),
    exercices: { 2019: parcours(33), 2020: parcours(33), 2021: parcours(33) },
    indicateurs: [{ nom: "Participants", unite: "personnes", cible: 33, ligneCible: 1608, valeur: 29, ligne: 1594 }],
    bilan: {
      type: "ANNUEL",
      debut: "2019-01-01",
      fin: "2019-12-31",
      participants: 29,
      ligne: 1594,
      pctFemmes: 69,
      sorties: [{ type: "AUTRE", nombre: 20, detail: `20 sorties (D4 L1595, qui écrit « au 31 décembre 2020 » pour 2019) ; ${GRAPHIQUE_PERDU}` }],
      appreciation: "29 personnes entrées au 31/12/2019, 20 sorties ; 69 % de femmes, 90 % sans voiture. La durée du marché n'est pas publiée (« poursuite du marché », L1635) : 2019-2021 comme la Primo professionnelle.",
    },
    regle: `${R_PARCOURS}, 33 places par an pendant 3 ans`,
  },
];
