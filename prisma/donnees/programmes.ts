// Programmes, axes et fiches actions tels qu'imprimés dans les documents.
import type { AxeAFabriquer } from "@/tests/factories";

/** D2 partie 2 : les 3 axes du catalogue du PDI 2024-2026 et leurs sous-axes. */
export const AXES_PDI_2024: AxeAFabriquer[] = [
  {
    code: "Axe 1",
    intitule: "Renforcer l'employabilité",
    sousAxes: [
      { code: "1.1", intitule: "La recherche directe d'emploi" },
      { code: "1.2", intitule: "Création d'entreprise et développement d'activité" },
      { code: "1.3", intitule: "L'appui à la construction de projet professionnel" },
      { code: "1.4", intitule: "Les jeunes" },
      { code: "1.5", intitule: "Les seniors" },
      { code: "1.6", intitule: "L'insertion par l'activité économique" },
      { code: "1.7", intitule: "L'accès à la qualification et à l'emploi" },
    ],
  },
  {
    code: "Axe 2",
    intitule: "Remobiliser les publics en difficulté sociale ou ayant des problématiques de santé",
    sousAxes: [
      { code: "2.1", intitule: "Accompagnement social pour des publics spécifiques" },
      { code: "2.2", intitule: "Personnes ayant des problèmes de santé" },
      { code: "2.3", intitule: "Outils de mobilisation à la disposition du référent" },
      { code: "2.4", intitule: "Actions territoriales" },
    ],
  },
  {
    code: "Axe 3",
    intitule: "Soutenir la réussite des parcours d'insertion en levant les freins",
    sousAxes: [
      { code: "3.1", intitule: "La mobilité" },
      { code: "3.2", intitule: "La garde d'enfants" },
      { code: "3.3", intitule: "Les savoir-être" },
      { code: "3.4", intitule: "Les codes socioculturels" },
      { code: "3.5", intitule: "L'accès à la culture" },
    ],
  },
];

export const DESCRIPTION_PDI_2024 =
  "Cinq orientations : innover pour une gouvernance partagée et coordonnée du réseau pour l'emploi ; faciliter l'accès à l'emploi de tous les BRSA ; " +
  "accélérer, simplifier tout en positionnant l'activité au cœur des parcours ; capitaliser les bonnes pratiques professionnelles ; " +
  "piloter l'exigence sociale pour mesurer l'efficacité du dispositif.";

/** D1 : convention d'appui à la lutte contre la pauvreté et d'accès à l'emploi, fiches 1-1 à 3-7. */
export const AXES_CALPAE: AxeAFabriquer[] = [
  {
    code: "Axe 1",
    intitule: "Jeunes",
    fiches: [
      { code: "1-1", intitule: "Accompagner les sorties de l'aide sociale à l'enfance (ASE)", socle: true, statut: "RENFORCEE" },
      { code: "1-2", intitule: "Mise en place de maraudes mixtes (État/CD13)", socle: true, statut: "NOUVELLE" },
      { code: "1-3", intitule: "Lutter contre le renoncement aux soins et améliorer le suivi médical", socle: false, statut: "RENFORCEE" },
      { code: "1-4", intitule: "Soutenir la parentalité : informer dès la grossesse", socle: false, statut: "RENFORCEE" },
      { code: "1-5", intitule: "Soutenir la parentalité et développer l'accueil des jeunes enfants", socle: false, statut: "RENFORCEE" },
      { code: "1-6", intitule: "Prévenir les troubles du développement de l'enfant", socle: false, statut: "RENFORCEE" },
      { code: "1-7", intitule: "Prévenir les retards scolaires", socle: false, statut: "NOUVELLE" },
    ],
  },
  {
    code: "Axe 2",
    intitule: "Travail social",
    fiches: [
      { code: "2-1", intitule: "Organiser le premier accueil social inconditionnel (numérique) de proximité", socle: true, statut: "NOUVELLE" },
      { code: "2-2", intitule: "Mise en place de l'accompagnement global et de la référence de parcours", socle: true, statut: "NOUVELLE" },
      { code: "2-3", intitule: "Lutte contre le renoncement aux soins", socle: false, statut: "NOUVELLE" },
      { code: "2-4", intitule: "Renforcer la prévention des expulsions locatives (parc privé) – Marseille", socle: false, statut: "NOUVELLE" },
    ],
  },
  {
    code: "Axe 3",
    intitule: "Insertion",
    fiches: [
      { code: "3-1", intitule: "Plateforme de diagnostic médical pour les BRSA entrant dans le dispositif", socle: true, statut: "NOUVELLE" },
      { code: "3-2", intitule: "Boost emploi", socle: true, statut: "NOUVELLE" },
      { code: "3-3", intitule: "Accompagnement global spécialisé (AGS)", socle: true, statut: "NOUVELLE" },
      { code: "3-4", intitule: "Renforcer l'IAE en couvrant les zones les plus déficitaires", socle: true, statut: "RENFORCEE" },
      {
        code: "3-5",
        intitule: "Accompagnement à la création d'activité et diagnostic/accompagnement des travailleurs indépendants allocataires du RSA",
        socle: true,
        statut: "RENFORCEE",
      },
      { code: "3-6", intitule: "Diagnostic, accompagnement et placement en emploi pour BRSA rencontrant des difficultés de santé", socle: true, statut: "RENFORCEE" },
      { code: "3-7", intitule: "Action intensive emploi", socle: true, statut: "RENFORCEE" },
    ],
  },
];

/** D4 L231-236 : le regroupement des actions du PLICS 2020 d'Argentan. */
export const AXES_PLICS_ARGENTAN: AxeAFabriquer[] = [
  { code: "A", intitule: "Actions à visée professionnelle" },
  { code: "B", intitule: "Actions en faveur de la mobilité" },
  { code: "C", intitule: "Actions à visée sociale" },
];
