import { z } from "@/lib/validation";
import { texteFacultatif, texteObligatoire } from "@/lib/validation";
import { entier } from "@/lib/validation/champs";

const id = z.string().trim().min(1, "Identifiant manquant.").max(40);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Jour calendaire strict « AAAA-MM-JJ » (le 31/02 est refusé) → Date à minuit UTC. */
export const jourStrict = (libelle: string) =>
  z
    .string({ error: `${libelle} est obligatoire.` })
    .trim()
    .min(1, `${libelle} est obligatoire.`)
    .refine((v) => DATE.test(v) && new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) === v, `${libelle} : date invalide (jj/mm/aaaa).`)
    .transform((v) => new Date(`${v}T00:00:00Z`));

const entierBorne = (libelle: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .transform((v, ctx) => {
      if (v === "") return null;
      if (!/^-?\d{1,6}$/.test(v)) {
        ctx.addIssue({ code: "custom", message: `${libelle} : saisissez un nombre entier.` });
        return z.NEVER;
      }
      const n = Number(v);
      if (n < min || n > max) {
        ctx.addIssue({ code: "custom", message: `${libelle} : entre ${min} et ${max}.` });
        return z.NEVER;
      }
      return n;
    })
    .optional()
    .transform((v) => v ?? null);

export const schemaRendezVous = z.object({
  personneId: id,
  type: z.enum(["ORIENTATION", "CONTRAT", "SUIVI"], { error: "Choisissez le type de rendez-vous." }),
  modalite: z.enum(["PRESENTIEL", "TELEPHONE", "VISIO"], { error: "Choisissez la modalité." }),
  jour: jourStrict("La date"),
  heure: z.string().trim().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Heure invalide (hh:mm)."),
  lieu: texteFacultatif(200, "Le lieu"),
  courriel: z
    .string()
    .trim()
    .max(200)
    .refine((v) => v === "" || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), "Adresse de courriel invalide.")
    .optional()
    .transform((v) => (v ? v : null)),
  telephone: z
    .string()
    .trim()
    .max(20)
    .refine((v) => v === "" || /^\+?[0-9 .]{10,17}$/.test(v), "Numéro de téléphone invalide.")
    .optional()
    .transform((v) => (v ? v : null)),
});

export const schemaResultatRendezVous = z.object({
  id,
  resultat: z.enum(["HONORE", "EXCUSE", "NON_HONORE", "ANNULE"], { error: "Choisissez le résultat." }),
  commentaire: texteFacultatif(1000, "Le commentaire"),
});

export const schemaSignalement = z.object({
  personneId: id,
  motif: z.enum(["NON_RESPECT_ENGAGEMENTS", "RADIATION_FRANCE_TRAVAIL", "REFUS_SIGNATURE", "ABSENCES_REPETEES"], { error: "Choisissez le motif." }),
  detail: texteObligatoire(1000, "Le détail"),
});

export const schemaSession = z.object({
  type: z.enum(["EP_TERRITORIALE", "EP_DEPARTEMENTALE", "COMMISSION_RSA"], { error: "Choisissez l'instance." }),
  territoireId: z.string().trim().max(40).optional().transform((v) => (v ? v : null)),
  jour: jourStrict("La date"),
  heure: z.string().trim().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Heure invalide (hh:mm)."),
  lieu: texteFacultatif(200, "Le lieu"),
  membres: texteObligatoire(2000, "La composition"),
});

export const schemaInscription = z.object({ sessionId: id, situationId: id });
export const schemaSituation = z.object({ situationId: id });
export const schemaObservations = z.object({ situationId: id, observations: texteObligatoire(4000, "Les observations"), jour: jourStrict("La date de réception") });

const TYPES = ["MAINTIEN", "SUSPENSION_REMOBILISATION", "SUPPRESSION_PARTIELLE", "SUPPRESSION_TOTALE", "REORIENTATION", "RETABLISSEMENT"] as const;
export const schemaAvis = z.object({ situationId: id, avis: z.enum(TYPES, { error: "Choisissez l'avis." }), motifs: texteObligatoire(4000, "Les motifs de l'avis") });

export const schemaDecision = z.object({
  situationId: id,
  type: z.enum(TYPES, { error: "Choisissez la décision." }),
  pourcentage: entierBorne("La part", 0, 1000),
  dureeMois: entierBorne("La durée", 0, 120),
  dateEffet: jourStrict("La date d'effet"),
  motifs: texteObligatoire(4000, "Les motifs"),
});

export const schemaRemobilisation = z.object({
  decisionId: id,
  motif: z.enum(["CONTRAT_SIGNE", "RENDEZ_VOUS_HONORE"], { error: "Choisissez le motif de la remobilisation." }),
  jour: jourStrict("La date"),
});

export const schemaTransmission = z.object({ jour: jourStrict("Le jour") });

export const schemaFiltresSituations = z.object({
  motif: z.enum(["ABSENCE_CONTRAT", "NON_RENOUVELLEMENT", "ABSENCES_REPETEES", "NON_RESPECT_ENGAGEMENTS", "RADIATION_FRANCE_TRAVAIL", "REFUS_SIGNATURE", ""]).catch("").default(""),
  statut: z.enum(["A_EXAMINER", "INSCRITE", "INFORMEE", "AVIS_RENDU", "DECIDEE", "CLASSEE", "OUVERTES", ""]).catch("OUVERTES").default("OUVERTES"),
  territoireId: z.string().max(40).catch("").default(""),
  page: z.coerce.number().int().min(1).max(100000).catch(1).default(1),
});
export type FiltresSituations = z.infer<typeof schemaFiltresSituations>;


export const schemaParametres = z.object({
  delaiContratApresOrientation: entier({ min: 1, max: 365, libelle: "Le délai" }),
  delaiRenouvellement: entier({ min: 0, max: 365, libelle: "Le délai" }),
  seuilAbsences: entier({ min: 1, max: 20, libelle: "Le seuil" }),
  fenetreAbsences: entier({ min: 7, max: 730, libelle: "La fenêtre" }),
  delaiObservations: entier({ min: 8, max: 90, libelle: "Le délai" }),
});
