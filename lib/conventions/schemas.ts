import { dateJour, entier as entierBorne, identifiant, z, texteFacultatif, texteObligatoire } from "@/lib/validation";
import { entierFacultatif, filtreTexte } from "@/lib/validation/filtres";
import { schemaPage } from "@/lib/pagination";
import { dateObligatoire, montantEuros } from "@/lib/budgets/schemas";
import { lireMontant } from "@/lib/montants";

const STATUTS = ["INSTRUCTION", "VOTEE", "SIGNEE", "EN_EXECUTION", "SOLDEE", "RESILIEE"] as const;
const TYPES = ["SUBVENTION", "MARCHE_PUBLIC", "ACCORD_CADRE"] as const;
const FINANCEURS = ["DEPARTEMENT", "ETAT", "FSE_PLUS", "AUTRE"] as const;

export const schemaFiltresConventions = z.object({
  q: filtreTexte(100),
  statut: z.enum(STATUTS).optional().catch(undefined),
  type: z.enum(TYPES).optional().catch(undefined),
  // année d'exécution (la convention couvre une partie de l'année) ; hors 2000-2100 : signalée, pas ignorée en silence
  annee: z.string().optional().catch(undefined).transform((v) => (v ? (/^\d{4}$/.test(v) && Number(v) >= 2000 && Number(v) <= 2100 ? Number(v) : "invalide" as const) : undefined)),
  // « Bilans en retard » : conventions dont le bilan final n'est ni soumis ni validé après l'échéance
  retard: z.literal("1").optional().catch(undefined),
  tri: z.enum(["objet", "titulaire", "debut", "statut", "montant", "mandate"]).optional().catch(undefined).transform((v) => v ?? "debut"),
  ordre: z.enum(["asc", "desc"]).optional().catch(undefined),
  taille: z.coerce.number().int().optional().catch(undefined).transform((v) => ([25, 50, 100].includes(v ?? 0) ? v! : 25)),
  page: schemaPage,
});
export type FiltresConventions = z.infer<typeof schemaFiltresConventions>;

/** Date facultative, stricte (vide → null ; le 31 février est refusé). */
const dateFacultative = (libelle: string) => dateJour({ libelle });

const montantFacultatif = (libelle: string) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (!v?.trim()) return null;
      const r = lireMontant(v, libelle);
      if (!r.ok) {
        ctx.addIssue({ code: "custom", message: r.message });
        return z.NEVER;
      }
      return r.centimes;
    });

const nombreFacultatif = (libelle: string) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (!v?.trim()) return null;
      const n = Number(v.replace(",", ".").replace(/\s/g, ""));
      if (!Number.isFinite(n) || n < 0) {
        ctx.addIssue({ code: "custom", message: `${libelle} doit être un nombre positif.` });
        return z.NEVER;
      }
      return n;
    });

const liste = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]).filter(Boolean));

export const NB_LIGNES_FORMULAIRE = 3;
const indices = [...Array(NB_LIGNES_FORMULAIRE).keys()];

/** Création d'une convention ; indicateurs et plan de financement en lignes numérotées (…_0, …_1, …_2). */
const champsConvention = z.object({
    type: z.enum(TYPES, { error: "Choisissez le type de convention." }),
    structureId: texteObligatoire(40, "Le titulaire"),
    objet: texteObligatoire(500, "L'objet"),
    nature: z.enum(["NOUVELLE", "RENOUVELLEMENT"]).optional().or(z.literal("").transform(() => undefined)),
    dateDebut: dateObligatoire("La date de début"),
    dateFin: dateObligatoire("La date de fin"),
    montant: montantEuros("Le montant"),
    volume: nombreFacultatif("Le volume"),
    uniteVolume: z.enum(["PLACES", "PARCOURS", "POSTES", "ETP"]).optional().or(z.literal("").transform(() => undefined)),
    cpDate: dateFacultative("La date de la Commission permanente"),
    cpRapport: texteFacultatif(20, "Le numéro de rapport"),
    programmeId: texteFacultatif(40, "Le programme"),
    actions: liste,
});

const lignesConvention = z.object(
    Object.fromEntries(
      indices.flatMap((i) => [
        [`indicateurNom_${i}`, texteFacultatif(200, "Le nom de l'indicateur")],
        [`indicateurUnite_${i}`, texteFacultatif(40, "L'unité")],
        [`indicateurCible_${i}`, nombreFacultatif("La cible")],
        [`financeur_${i}`, z.enum(FINANCEURS).optional().or(z.literal("").transform(() => undefined))],
        [`exercice_${i}`, nombreFacultatif("L'exercice")],
        [`financementMontant_${i}`, montantFacultatif("Le montant financé")],
        [`numeroEngagement_${i}`, texteFacultatif(60, "Le numéro d'engagement")],
      ]),
    ) as Record<string, z.ZodType>,
);

export const schemaConvention = z
  .intersection(champsConvention, lignesConvention)
  .transform((d, ctx) => {
    const v = d as unknown as Record<string, unknown>;
    const indicateurs = indices
      .filter((i) => v[`indicateurNom_${i}`])
      .map((i) => ({ nom: v[`indicateurNom_${i}`] as string, unite: (v[`indicateurUnite_${i}`] as string | null) ?? "", cible: v[`indicateurCible_${i}`] as number | null }));
    const financements = [];
    for (const i of indices) {
      const financeur = v[`financeur_${i}`] as (typeof FINANCEURS)[number] | undefined;
      const montant = v[`financementMontant_${i}`] as number | null;
      const exercice = v[`exercice_${i}`] as number | null;
      if (!financeur && montant === null) continue;
      if (!financeur) ctx.addIssue({ code: "custom", path: [`financeur_${i}`], message: "Choisissez le financeur." });
      if (montant === null) ctx.addIssue({ code: "custom", path: [`financementMontant_${i}`], message: "Indiquez le montant financé." });
      if (!exercice || !Number.isInteger(exercice)) ctx.addIssue({ code: "custom", path: [`exercice_${i}`], message: "Indiquez l'exercice (ex. 2026)." });
      if (financeur && montant !== null && exercice) financements.push({ financeur, montantCentimes: montant, exercice, numeroEngagement: (v[`numeroEngagement_${i}`] as string | null) ?? null });
    }
    if (d.dateFin < d.dateDebut) ctx.addIssue({ code: "custom", path: ["dateFin"], message: "La date de fin doit suivre la date de début." });
    if (d.volume !== null && !d.uniteVolume) ctx.addIssue({ code: "custom", path: ["uniteVolume"], message: "Précisez l'unité du volume." });
    if (financements.reduce((a, f) => a + f.montantCentimes, 0) > d.montant) {
      ctx.addIssue({ code: "custom", path: ["financementMontant_0"], message: "Le plan de financement dépasse le montant de la convention." });
    }
    return { ...d, indicateurs, financements };
  });
export type DonneesConvention = z.output<typeof schemaConvention>;

export const schemaAvenant = z
  .object({
    conventionId: identifiant("La convention"),
    dateSignature: dateObligatoire("La date de signature"),
    objet: texteObligatoire(500, "L'objet de l'avenant"),
    sens: z.enum(["AUGMENTATION", "DIMINUTION"]).catch("AUGMENTATION"),
    montant: montantFacultatif("La variation de montant"),
    nouvelleDateFin: dateFacultative("La nouvelle date de fin"),
    deltaVolume: z
      .string()
      .optional()
      .transform((v, ctx) => {
        if (!v?.trim()) return null;
        const n = Number(v.replace(",", "."));
        if (!Number.isFinite(n)) {
          ctx.addIssue({ code: "custom", message: "La variation de volume doit être un nombre (ex. 160 ou -5)." });
          return z.NEVER;
        }
        return n;
      }),
  })
  .superRefine((a, ctx) => {
    if (a.montant === null && !a.nouvelleDateFin && a.deltaVolume === null) {
      ctx.addIssue({ code: "custom", path: ["objet"], message: "Un avenant modifie le montant, la période ou le volume : renseignez au moins l'un des trois." });
    }
  })
  .transform((a) => ({ ...a, deltaMontantCentimes: a.montant === null ? 0 : a.sens === "DIMINUTION" ? -a.montant : a.montant }));

export const schemaPaiement = z.object({
  conventionId: identifiant("La convention"),
  type: z.enum(["ACOMPTE", "SOLDE", "AUTRE"], { error: "Choisissez le type de paiement." }),
  libelle: texteObligatoire(200, "Le libellé"),
  montant: montantEuros("Le montant du paiement"),
  datePrevue: dateFacultative("La date prévue"),
  mandate: z.literal("1").optional().transform((v) => v === "1"),
  dateMandatement: dateFacultative("La date de mandatement"),
  engagementId: texteFacultatif(40, "L'engagement"),
});

export const schemaMandatement = z.object({
  paiementId: identifiant("Le paiement"),
  conventionId: identifiant("La convention"),
  dateMandatement: dateObligatoire("La date de mandatement"),
});

export const schemaStatut = z
  .object({
    conventionId: identifiant("La convention"),
    version: entierBorne({ libelle: "La version" }),
    statut: z.enum(STATUTS),
    cpDate: dateFacultative("La date de la Commission permanente"),
    cpRapport: texteFacultatif(20, "Le numéro de rapport"),
    dateSignature: dateFacultative("La date de signature"),
    motif: texteFacultatif(500, "Le motif"),
    confirmation: z.string().optional(),
  })
  .superRefine((d, ctx) => {
    // solder ou résilier ne se défait pas : confirmation explicite et motif (issue 14)
    if (d.statut === "SOLDEE" || d.statut === "RESILIEE") {
      if (!d.motif) ctx.addIssue({ code: "custom", path: ["motif"], message: d.statut === "SOLDEE" ? "Indiquez pourquoi la convention est soldée." : "Indiquez le motif de la résiliation." });
      if (d.confirmation !== "oui") ctx.addIssue({ code: "custom", path: ["confirmation"], message: "Cochez la case pour confirmer : cette étape ne se défait pas." });
    }
  });

const entier = (libelle: string) => entierBorne({ libelle, min: 0 });

const pourcentage = (libelle: string) =>
  nombreFacultatif(libelle).refine((v) => v === null || v <= 100, `${libelle} ne peut pas dépasser 100.`);

export const CODES_SORTIE_BILAN = ["EMPLOI_DURABLE", "EMPLOI_TRANSITION", "SORTIE_POSITIVE", "ORIENTATION_SANTE", "ORIENTATION_SOCIALE", "ABANDON", "AUTRE"] as const;

const champsBilan = z.object({
    conventionId: identifiant("La convention"),
    type: z.enum(["INTERMEDIAIRE", "FINAL", "ANNUEL"], { error: "Choisissez le type de bilan." }),
    periodeDebut: dateObligatoire("Le début de période"),
    periodeFin: dateObligatoire("La fin de période"),
    participants: entier("Le nombre de participants"),
    pctFemmes: pourcentage("Le pourcentage de femmes"),
    pctSansQualification: pourcentage("Le pourcentage sans qualification"),
    pointsPositifs: texteFacultatif(4000, "Les points positifs"),
    pointsAAmeliorer: texteFacultatif(4000, "Les points à améliorer"),
    perspectives: texteFacultatif(4000, "Les perspectives"),
    indicateurIds: liste,
});

const sortiesBilan = z.object(
  Object.fromEntries(
    CODES_SORTIE_BILAN.flatMap((c) => [
      [`sortie_${c}`, entierFacultatif({ libelle: "Le nombre de sorties", max: 100_000 })],
      [`detail_${c}`, texteFacultatif(500, "Le détail")],
    ]),
  ) as Record<string, z.ZodType>,
);

/** Les valeurs d'indicateurs (valeur_<id>, justification_<id>) sont lues par la commande depuis les données brutes. */
export const schemaBilan = z
  .intersection(champsBilan, sortiesBilan)
  .superRefine((b, ctx) => {
    if (b.periodeFin < b.periodeDebut) ctx.addIssue({ code: "custom", path: ["periodeFin"], message: "La fin de période doit suivre le début." });
  });
