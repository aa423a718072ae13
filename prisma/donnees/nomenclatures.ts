// Listes nationales (codes stables) et quelques extensions locales de démonstration,
// chacune reliée à la valeur nationale correspondante. Sources : domain.md §3.8-3.11.
import type { ListeNomenclature } from "@/lib/generated/prisma/enums";

export const NOMENCLATURES_NATIONALES: Record<ListeNomenclature, [string, string][]> = {
  ORIENTATION: [
    ["PROFESSIONNEL", "Parcours professionnel"],
    ["SOCIO_PROFESSIONNEL", "Parcours socio-professionnel"],
    ["SOCIAL", "Parcours social"],
  ],
  TYPE_SORTIE: [
    ["EMPLOI_DURABLE", "Emploi durable (CDI, CDD de plus de 6 mois, création d'entreprise, fonction publique)"],
    ["EMPLOI_TRANSITION", "Emploi de transition (CDD de moins de 6 mois, contrat aidé)"],
    ["SORTIE_POSITIVE", "Sortie positive (formation qualifiante, autre SIAE)"],
    ["ORIENTATION_SANTE", "Orientation vers une prise en charge santé"],
    ["ORIENTATION_SOCIALE", "Orientation vers un dispositif social"],
    ["ABANDON", "Abandon"],
    ["AUTRE", "Autre sortie"],
  ],
  FREIN: [
    ["SANTE", "Santé"],
    ["LOGEMENT", "Logement"],
    ["ENDETTEMENT", "Endettement, difficultés financières"],
    ["ISOLEMENT", "Isolement"],
    ["MOBILITE", "Mobilité"],
    ["GARDE_ENFANTS", "Garde d'enfants"],
    ["NUMERIQUE", "Numérique"],
    ["LANGUE", "Langue, illettrisme"],
    ["SAVOIR_ETRE", "Savoir-être"],
    ["CODES_SOCIOCULTURELS", "Codes socioculturels"],
    ["ADDICTIONS", "Addictions"],
    ["PSYCHIQUE", "Difficultés psychiques"],
  ],
  TYPE_AIDE: [
    ["FSI", "Fonds social d'insertion (FSI)"],
    ["FSL_ACCES", "FSL – accès au logement"],
    ["FSL_MAINTIEN", "FSL – maintien dans le logement"],
    ["FSL_ENERGIE", "FSL – énergies et fluides"],
    ["FAJD", "Fonds d'aide aux jeunes en difficulté (FAJD)"],
    ["AIDE_INDIVIDUELLE", "Aide individuelle liée au contrat"],
  ],
  TYPE_DECISION: [
    ["MAINTIEN", "Maintien"],
    ["SUSPENSION_REMOBILISATION", "Suspension-remobilisation"],
    ["SUPPRESSION_PARTIELLE", "Suppression partielle"],
    ["SUPPRESSION_TOTALE", "Suppression totale"],
    ["RADIATION", "Radiation"],
    ["REORIENTATION", "Réorientation"],
    ["RETABLISSEMENT", "Rétablissement"],
    ["AUTRE", "Autre décision"],
  ],
  MOTIF_EXAMEN: [
    ["ABSENCE_CONTRAT", "Absence de contrat"],
    ["NON_RENOUVELLEMENT", "Non-renouvellement du contrat"],
    ["NON_RESPECT_ENGAGEMENTS", "Non-respect des engagements"],
    ["REFUS_SIGNATURE", "Refus de signer le contrat d'engagement"],
    ["RADIATION_FT", "Radiation de la liste des demandeurs d'emploi"],
    ["OBSTACLE_CONTROLE", "Obstacle à contrôle"],
    ["FRAUDE", "Fraude"],
  ],
  MOTIF_EXEMPTION: [
    ["SANTE", "État de santé"],
    ["HANDICAP", "Handicap"],
    ["INVALIDITE", "Invalidité"],
    ["PARENT_ISOLE", "Parent isolé sans solution de garde pour un enfant de moins de 12 ans"],
  ],
  NIVEAU_FORMATION: [
    ["AUCUN", "Aucune qualification (ancien niveau VI)"],
    ["NIVEAU_3", "CAP, BEP (niveau 3, ancien V)"],
    ["NIVEAU_4", "Baccalauréat (niveau 4, ancien IV)"],
    ["NIVEAU_5", "Bac + 2 (niveau 5, ancien III)"],
    ["NIVEAU_6_PLUS", "Bac + 3 et plus (niveaux 6 à 8)"],
  ],
  SITUATION_FAMILIALE: [
    ["SEUL_SANS_ENFANT", "Personne seule sans enfant"],
    ["MONOPARENTAL", "Famille monoparentale"],
    ["COUPLE_SANS_ENFANT", "Couple sans enfant"],
    ["COUPLE_AVEC_ENFANTS", "Couple avec enfant(s)"],
  ],
  VISEE_ACTION: [
    ["SOCIALE", "Sociale"],
    ["SOCIO_PROFESSIONNELLE", "Socio-professionnelle"],
    ["PROFESSIONNELLE", "Professionnelle"],
    ["SANTE", "Santé"],
    ["LEVEE_FREINS", "Levée de freins"],
  ],
};

/** Extensions locales : [liste, code, libellé, code national correspondant]. */
export const EXTENSIONS_CD13: [ListeNomenclature, string, string, string][] = [
  ["TYPE_SORTIE", "IPR", "Insertion professionnelle réussie (contrat d'au moins 3 mois)", "EMPLOI_TRANSITION"],
  ["TYPE_SORTIE", "CESSATION_ACTIVITE", "Cessation d'activité (travailleur indépendant)", "AUTRE"],
  ["TYPE_AIDE", "AI_PERMIS", "Aide à l'obtention du permis de conduire", "AIDE_INDIVIDUELLE"],
  ["TYPE_AIDE", "AI_GARDE", "Aide aux frais de garde d'enfants, de cantine", "AIDE_INDIVIDUELLE"],
  ["TYPE_AIDE", "AI_DEPLACEMENTS", "Aide aux déplacements", "AIDE_INDIVIDUELLE"],
];

export const EXTENSIONS_ORNE: [ListeNomenclature, string, string, string][] = [
  ["TYPE_SORTIE", "AVENIR_REGION", "Dispositif #Avenir de la Région", "SORTIE_POSITIVE"],
  ["TYPE_SORTIE", "RETRAITE", "Sortie pour retraite", "AUTRE"],
];
