// Tableau financier des crédits utilisés, année 1 (2019) de la convention plan pauvreté (D1 L1187-1212),
// en euros : prévu (État + CD13, à parts égales), engagements (détaillés quand le document les détaille),
// observations telles qu'imprimées. Totaux attendus : 5 218 310 / 3 790 164 / 1 428 146.

export interface LigneD1 {
  fiche: string;
  objectifs: string;
  prevu: number;
  engagements: { libelle: string; montant: number; date: string; convention?: string }[];
  observations?: string;
}

export const LIGNES_D1_2019: LigneD1[] = [
  {
    fiche: "1-1",
    objectifs: "Renforcer l'accompagnement au projet d'autonomie des jeunes sortant de l'ASE en mobilisant tous les dispositifs d'insertion par l'emploi et en permettant un accès au logement.",
    prevu: 442_998,
    engagements: [
      { libelle: "Convention initiale FJT", montant: 365_238, date: "2019-01-15", convention: "FJT" },
      { libelle: "Avenant n° 1 (places supplémentaires)", montant: 77_760, date: "2019-09-01", convention: "FJT" },
    ],
    observations: "Convention initiale + avenant n° 1 (442 998 = 365 238 + 77 760)",
  },
  {
    fiche: "1-2",
    objectifs: "Repérer les mineurs et leur permettre de bénéficier plus rapidement d'une sécurité matérielle et physique.",
    prevu: 400_000,
    engagements: [{ libelle: "Maraudes mixtes État/CD13", montant: 400_000, date: "2019-12-01", convention: "MARAUDES" }],
  },
  {
    fiche: "1-3",
    objectifs: "Prévenir toute « sortie sèche » pour les jeunes sortants de l'aide sociale à l'enfance en matière de renoncement aux soins.",
    prevu: 180_000,
    engagements: [{ libelle: "Suivi médical des jeunes (PAEJ–MECS), juillet à décembre 2019", montant: 105_200, date: "2019-07-01" }],
    observations: "Action arrêtée : 74 800 € réinscrits sur l'action 1-1.",
  },
  {
    fiche: "1-4",
    objectifs: "Informer les femmes enceintes pendant la grossesse.",
    prevu: 115_312,
    engagements: [{ libelle: "Information dès la grossesse (CPAM 13, CAF, ARS PACA)", montant: 106_780, date: "2019-09-01" }],
  },
  {
    fiche: "1-5",
    objectifs: "Participer à une démarche de prévention en permettant la socialisation précoce des enfants, favoriser l'insertion sociale ou professionnelle des parents, développer l'accueil d'enfants en situation de handicap ou de maladie chronique.",
    prevu: 200_000,
    engagements: [{ libelle: "Établissements d'accueil du jeune enfant (50 EAJE)", montant: 189_308, date: "2019-11-15" }],
  },
  { fiche: "1-6", objectifs: "Promouvoir la santé en milieu scolaire avec l'Éducation nationale et la PMI ; renforcer les compétences psycho-sociales des parents et des enfants.", prevu: 0, engagements: [], observations: "À définir pour 2020 et 2021" },
  { fiche: "1-7", objectifs: "Développer les compétences des enfants et des parents pour lesquels un retard du langage ou un trouble de la relation est repéré.", prevu: 0, engagements: [], observations: "À définir pour 2020 et 2021" },
  {
    fiche: "2-1",
    objectifs: "Garantir à toute personne rencontrant des difficultés une écoute attentionnée de la globalité de ses besoins, et lui proposer le plus tôt possible des conseils et une orientation adaptée.",
    prevu: 220_000,
    engagements: [
      { libelle: "Marché B2C (accueil numérique)", montant: 45_000, date: "2019-06-01" },
      { libelle: "Formation des travailleurs sociaux", montant: 25_000, date: "2019-09-01" },
    ],
  },
  {
    fiche: "2-2",
    objectifs: "Mettre à niveau les compétences du référent de parcours ; mieux coordonner les interventions d'accompagnement ; évaluer et suivre la mise en œuvre.",
    prevu: 160_000,
    engagements: [
      { libelle: "Cellule d'animation territoriale (3 cadres à mi-temps)", montant: 48_690, date: "2019-10-01" },
      { libelle: "Expérimentation sur une MDS", montant: 25_000, date: "2019-11-01" },
    ],
  },
  { fiche: "2-3", objectifs: "Sensibiliser les travailleurs sociaux pour repérer les publics en renoncement aux soins.", prevu: 0, engagements: [], observations: "Pour information : pas de nécessité de crédits." },
  { fiche: "2-4", objectifs: "Prévenir les expulsions locatives dans le parc privé à Marseille.", prevu: 0, engagements: [], observations: "À définir pour 2020 et 2021" },
  {
    fiche: "3-1",
    objectifs: "Raccourcir le temps d'orientation vers un parcours des entrants BRSA ayant des problèmes de santé.",
    prevu: 500_000,
    engagements: [{ libelle: "Plateforme de diagnostic médical (marché)", montant: 500_000, date: "2019-12-15" }],
  },
  {
    fiche: "3-2",
    objectifs: "Favoriser l'accès à l'emploi rapide des BRSA les moins éloignés de l'emploi : 600 sorties visées.",
    prevu: 1_000_000,
    engagements: [{ libelle: "Accord-cadre Boost emploi (3 lots)", montant: 650_000, date: "2019-12-02", convention: "BOOST" }],
    observations: "350 000 € à réattribuer sur d'autres actions : 110 000 € sur l'accompagnement global spécialisé, 240 000 € sur l'accompagnement à la création d'activité.",
  },
  {
    fiche: "3-3",
    objectifs: "Projeter le BRSA dans l'insertion professionnelle dès le début de l'accompagnement : travail concomitant sur la levée des freins et l'orientation professionnelle.",
    prevu: 510_000,
    engagements: [{ libelle: "Conventions AGS (CCO, PROTIS, AIR le Fil d'Ariane)", montant: 403_023, date: "2019-09-01" }],
    observations:
      "136 977 € [sic ; solde de 106 977 €] pour le financement d'une quatrième convention avec la mission locale de Marseille à compter d'avril/mai 2020, auquel il faut rajouter 110 000 € de l'action Boost emploi.",
  },
  {
    fiche: "3-4",
    objectifs: "Favoriser le retour à l'emploi des BRSA via l'insertion par l'activité économique.",
    prevu: 770_000,
    engagements: [
      { libelle: "Aide aux postes (44 postes)", montant: 260_000, date: "2019-09-01" },
      { libelle: "Tutorat", montant: 154_000, date: "2019-09-01" },
    ],
    observations: "2019 : 44 postes engagés. Aide aux postes : 260 000 € ; tutorat : 154 000 € ; soit 414 000 € engagés. 356 000 € pour 32 postes supplémentaires en 2020.",
  },
  {
    fiche: "3-5",
    objectifs: "Favoriser le retour à l'activité des BRSA par la création d'entreprise.",
    prevu: 500_000,
    engagements: [{ libelle: "BGE Accès Conseil – travailleurs indépendants", montant: 215_165, date: "2019-09-01" }],
    observations: "284 835 € pour financer le marché public entrepreneuriat, auxquels il convient de rajouter 240 000 € transférés de l'action Boost emploi.",
  },
  {
    fiche: "3-6",
    objectifs: "Permettre aux BRSA en situation de handicap de s'engager vers une dynamique conduisant à une orientation professionnelle.",
    prevu: 220_000,
    engagements: [{ libelle: "HEDA – MODALH et PHARE", montant: 220_000, date: "2019-07-01", convention: "HEDA" }],
    observations: "[Observation imprimée identique à celle de la fiche 3-5 dans le document.]",
  },
  { fiche: "3-7", objectifs: "Renforcer l'accompagnement vers l'emploi et le partenariat avec les entreprises.", prevu: 0, engagements: [], observations: "À définir pour 2020 et 2021" },
];

/** Mouvements décidés sur les soldes de l'année 1 (D1 L343, L804, L972), inscrits sur les lignes 2020. */
export const MOUVEMENTS_D1: { type: "REDEPLOIEMENT" | "REPORT"; source: string; cible: string; montant: number; motif: string }[] = [
  { type: "REDEPLOIEMENT", source: "1-3", cible: "1-1", montant: 74_800, motif: "Action 1-3 arrêtée : crédits réinscrits sur l'action 1-1 (FJT)." },
  { type: "REDEPLOIEMENT", source: "3-2", cible: "3-3", montant: 110_000, motif: "Solde Boost emploi : quatrième convention AGS avec la mission locale de Marseille (140 jeunes)." },
  { type: "REDEPLOIEMENT", source: "3-2", cible: "3-5", montant: 240_000, motif: "Solde Boost emploi : marché public entrepreneuriat (environ 525 000 € avec le solde de 3-5)." },
  { type: "REPORT", source: "3-4", cible: "3-4", montant: 356_000, motif: "32 postes supplémentaires en chantiers d'insertion en 2020." },
];

/** Mandatements connus (D1 L267-268, L397, L465). */
export const MANDATEMENTS_D1: { fiche: string; libelle: string; montant: number; date: string; type: "ACOMPTE" | "SOLDE" | "AUTRE" }[] = [
  { fiche: "1-2", libelle: "Premier versement (paiement décembre 2019)", montant: 120_000, date: "2019-12-31", type: "ACOMPTE" },
  { fiche: "1-2", libelle: "Second versement (paiement du 30/04/2020)", montant: 280_000, date: "2020-04-30", type: "SOLDE" },
  { fiche: "1-4", libelle: "Mandaté au 31/12/2019", montant: 106_780, date: "2019-12-31", type: "AUTRE" },
  { fiche: "1-5", libelle: "Mandaté le 21/12/2019", montant: 189_308, date: "2019-12-21", type: "AUTRE" },
];
