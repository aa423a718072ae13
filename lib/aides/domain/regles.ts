// Règles des aides financières (D3 L23-33, D4 L1658-1692). Aucune dépendance d'infrastructure.

export const FONDS = ["FSI", "FSL", "FAJD", "AIDE_INDIVIDUELLE"] as const;
export type Fonds = (typeof FONDS)[number];

export const STATUTS_AIDE = ["DEMANDEE", "EN_INSTRUCTION", "ACCORDEE", "REFUSEE", "AJOURNEE", "VERSEE"] as const;
export type StatutAide = (typeof STATUTS_AIDE)[number];

export const LIBELLES_FONDS: Record<Fonds, string> = {
  FSI: "Fonds social d'insertion (FSI)",
  FSL: "Fonds de solidarité logement (FSL)",
  FAJD: "Fonds d'aide aux jeunes en difficulté (FAJD)",
  AIDE_INDIVIDUELLE: "Aide individuelle liée au contrat d'engagement",
};

export const LIBELLES_FONDS_COURTS: Record<Fonds, string> = { FSI: "FSI", FSL: "FSL", FAJD: "FAJD", AIDE_INDIVIDUELLE: "Aides individuelles" };

export const LIBELLES_STATUT_AIDE: Record<StatutAide, string> = {
  DEMANDEE: "Demandée",
  EN_INSTRUCTION: "En instruction",
  ACCORDEE: "Accordée",
  REFUSEE: "Refusée",
  AJOURNEE: "Ajournée",
  VERSEE: "Versée",
};

/** Types d'aide par fonds : FSL (D4 L1669-1680), aides individuelles du contrat (D3 L26-33). */
export const TYPES_AIDE: { code: string; fonds: Fonds; libelle: string }[] = [
  { code: "FSI", fonds: "FSI", libelle: "Avance non remboursable pour une action du contrat ou du PPAE" },
  { code: "FSL_ACCES", fonds: "FSL", libelle: "Accès au logement" },
  { code: "FSL_MAINTIEN", fonds: "FSL", libelle: "Maintien dans le logement" },
  { code: "FSL_ENERGIE", fonds: "FSL", libelle: "Maintien des énergies et des fluides" },
  { code: "FAJD", fonds: "FAJD", libelle: "Aide aux jeunes de 18 à 25 ans" },
  { code: "AI_REPAS", fonds: "AIDE_INDIVIDUELLE", libelle: "Aide aux repas" },
  { code: "AI_DEPLACEMENTS", fonds: "AIDE_INDIVIDUELLE", libelle: "Aide aux déplacements" },
  { code: "AI_HEBERGEMENT", fonds: "AIDE_INDIVIDUELLE", libelle: "Aide à l'hébergement" },
  { code: "AI_GARDE", fonds: "AIDE_INDIVIDUELLE", libelle: "Aide aux frais de garde d'enfants, de cantine" },
  { code: "AI_EQUIPEMENT", fonds: "AIDE_INDIVIDUELLE", libelle: "Aide aux frais d'équipement, vêture et matériel professionnels" },
  { code: "AI_CONCOURS", fonds: "AIDE_INDIVIDUELLE", libelle: "Aide à l'inscription à un concours ou à une formation qualifiante" },
  { code: "AI_SANTE", fonds: "AIDE_INDIVIDUELLE", libelle: "Aide liée à un contrat portant sur la santé" },
  { code: "AI_PERMIS", fonds: "AIDE_INDIVIDUELLE", libelle: "Aide à l'obtention du permis de conduire" },
];

export const libelleTypeAide = (code: string) => TYPES_AIDE.find((t) => t.code === code)?.libelle ?? code;

/** Plafond de saisie d'une aide individuelle (garde-fou contre une faute de frappe), en centimes. */
export const PLAFOND_AIDE_CENTIMES = 1_000_000;

/** Statuts d'un contrat qui permettent une aide individuelle : signé, validé ou en cours. */
export const STATUTS_CONTRAT_VIVANT = ["SIGNE", "VALIDE", "EN_COURS"] as const;

export type Evenement = "instruire" | "accorder" | "refuser" | "ajourner" | "reprendre" | "verser";

export const LIBELLES_EVENEMENT: Record<Evenement, string> = {
  instruire: "Mettre en instruction",
  accorder: "Accorder",
  refuser: "Refuser",
  ajourner: "Ajourner",
  reprendre: "Reprendre l'instruction",
  verser: "Enregistrer le versement",
};

const TRANSITIONS: Record<StatutAide, Partial<Record<Evenement, StatutAide>>> = {
  DEMANDEE: { instruire: "EN_INSTRUCTION" },
  EN_INSTRUCTION: { accorder: "ACCORDEE", refuser: "REFUSEE", ajourner: "AJOURNEE" },
  AJOURNEE: { reprendre: "EN_INSTRUCTION" },
  ACCORDEE: { verser: "VERSEE" },
  REFUSEE: {},
  VERSEE: {},
};

/** Événements possibles depuis un statut (les boutons de la page, et la vérification de la commande). */
export function evenementsPossibles(statut: StatutAide): Evenement[] {
  return Object.keys(TRANSITIONS[statut]) as Evenement[];
}

export function transitionAide(statut: StatutAide, evenement: Evenement): { ok: true; vers: StatutAide } | { ok: false; message: string } {
  const vers = TRANSITIONS[statut][evenement];
  if (!vers) return { ok: false, message: `Une aide « ${LIBELLES_STATUT_AIDE[statut].toLowerCase()} » ne peut pas être « ${LIBELLES_EVENEMENT[evenement].toLowerCase()} ».` };
  return { ok: true, vers };
}

/** Âge en années révolues au jour donné. */
export function ageAu(naissance: Date, jour: Date): number {
  let age = jour.getUTCFullYear() - naissance.getUTCFullYear();
  const m = jour.getUTCMonth() - naissance.getUTCMonth();
  if (m < 0 || (m === 0 && jour.getUTCDate() < naissance.getUTCDate())) age--;
  return age;
}

export interface DemandeAVerifier {
  fonds: Fonds;
  typeAide: string;
  montantCentimes: number;
  dateNaissance: Date;
  dateDemande: Date;
  derogationFormation: boolean;
  /** Statut du contrat d'engagement rattaché, s'il y en a un. */
  statutContrat: string | null;
}

/**
 * Conditions d'une demande, par champ : type cohérent avec le fonds, montant, âge du FAJD (18 à 25 ans
 * révolus ; 16-17 ans seulement par dérogation et pour une formation, D4 L1684), contrat vivant pour
 * une aide individuelle (D3 L23). Renvoie les erreurs par champ (vide : demande recevable).
 */
export function verifierDemande(d: DemandeAVerifier): Record<string, string[]> {
  const erreurs: Record<string, string[]> = {};
  const ajouter = (champ: string, message: string) => (erreurs[champ] ??= []).push(message);
  const type = TYPES_AIDE.find((t) => t.code === d.typeAide);
  if (!type || type.fonds !== d.fonds) ajouter("typeAide", `Choisissez un type d'aide du fonds ${LIBELLES_FONDS_COURTS[d.fonds]}.`);
  if (d.montantCentimes <= 0) ajouter("montant", "Le montant doit être supérieur à zéro.");
  else if (d.montantCentimes > PLAFOND_AIDE_CENTIMES) ajouter("montant", "Le montant dépasse 10 000,00 € : vérifiez la saisie.");
  if (d.fonds === "FAJD") {
    const age = ageAu(d.dateNaissance, d.dateDemande);
    if (age >= 16 && age < 18) {
      if (!d.derogationFormation) ajouter("derogationFormation", `La personne a ${age} ans : le FAJD n'est possible avant 18 ans que par dérogation, pour une formation.`);
    } else if (age < 18 || age > 25) ajouter("fonds", `Le FAJD est réservé aux jeunes de 18 à 25 ans ; la personne a ${age} ans.`);
  } else if (d.derogationFormation) ajouter("derogationFormation", "La dérogation ne concerne que le FAJD.");
  if (d.fonds === "AIDE_INDIVIDUELLE" && !(STATUTS_CONTRAT_VIVANT as readonly string[]).includes(d.statutContrat ?? "")) {
    ajouter("contratId", "Une aide individuelle accompagne un contrat d'engagement signé, validé ou en cours.");
  }
  return erreurs;
}

/** Reste d'une enveloppe : montant − accords de l'année (accordées et versées). */
export function resteEnveloppe(montantEnveloppe: number, engage: number): number {
  return montantEnveloppe - engage;
}
