// Schéma du contrat d'engagement : UN schéma zod pour le client (avant l'envoi) et le serveur. Les champs
// du formulaire sont nommés par leur chemin (« objectifs[0].activites[1].heuresHebdo », voir
// lib/actions/champs-imbriques.ts) : une erreur, d'où qu'elle vienne, revient sous le même chemin.
import { z } from "@/lib/validation";
import { contientControle, dateJour, decimal, identifiant, montantCentimes, texte } from "@/lib/validation/champs";
import { deplier } from "@/lib/actions/champs-imbriques";
import { CATEGORIES_ACTIVITE, MODES_ACTIVITE, MOTIFS_EXEMPTION } from "./domain/regles";

/** Limites affichées à côté des champs avant la saisie. */
export const LIMITES_CONTRAT = { objectif: 300, activite: 300, motifMinoration: 500, objetAide: 300, objectifs: 10, activites: 20, aides: 10 } as const;

const texteLimite = (max: number, libelle: string) =>
  z
    .string()
    .default("")
    .transform((v) => v.trim())
    .refine((v) => v.length <= max, { error: (i) => `${libelle} : ${max} caractères au maximum (${(i.input as string).length.toLocaleString("fr-FR")} saisis).` })
    .refine((v) => !contientControle(v), { error: `${libelle} contient un caractère non autorisé.` });

/** Heures par semaine (« 7,5 ») ; vide vaut 0 (activité sans heures, cas de l'exemption). */
const heures = (libelle: string) =>
  z.preprocess((v) => (typeof v === "string" ? v.trim() || "0" : (v ?? "0")), decimal({ min: 0, max: 48, libelle }));

const activite = z.object({
  libelle: texteLimite(LIMITES_CONTRAT.activite, "L'activité"),
  categorie: z.enum(Object.keys(CATEGORIES_ACTIVITE) as [keyof typeof CATEGORIES_ACTIVITE], { error: "Choisissez la catégorie." }),
  mode: z.enum(Object.keys(MODES_ACTIVITE) as [keyof typeof MODES_ACTIVITE], { error: "Choisissez le mode." }),
  heuresHebdo: heures("Le nombre d'heures"),
  actionId: z.union([z.literal(""), identifiant("L'action du catalogue")]).optional().transform((v) => v || null),
});

const objectif = z.object({
  libelle: texteLimite(LIMITES_CONTRAT.objectif, "L'objectif"),
  frein: z.union([z.literal(""), identifiant("Le frein")]).optional().transform((v) => v || null),
  activites: z.array(activite).max(LIMITES_CONTRAT.activites, `${LIMITES_CONTRAT.activites} activités au plus par objectif.`).default([]),
});

const aide = z.object({
  typeAide: z.string({ error: "Choisissez le type d'aide." }).min(1, "Choisissez le type d'aide.").max(40),
  objet: texteLimite(LIMITES_CONTRAT.objetAide, "L'objet de l'aide").refine((v) => v.length > 0, "Précisez l'objet de l'aide."),
  montant: montantCentimes("Le montant de l'aide"),
});

const contrat = z
  .object({
    id: z.union([z.literal(""), identifiant()]).optional().transform((v) => v || undefined),
    version: z.coerce.number().int().min(0).max(2_147_483_647).optional(),
    personneId: identifiant("La personne"),
    dateDebut: dateJour({ requis: true, libelle: "La date de début" }),
    dateFin: dateJour({ requis: true, libelle: "La date de fin" }),
    motifMinoration: texte({ max: LIMITES_CONTRAT.motifMinoration, libelle: "Le motif de minoration" }),
    motifExemption: z
      .string()
      .optional()
      .transform((v) => v || null)
      .refine((v) => v === null || v in MOTIFS_EXEMPTION, "Motif d'exemption inconnu."),
    heuresSalariees: z
      .preprocess((v) => (typeof v === "string" && v.trim() ? v : undefined), decimal({ min: 0, max: 48, libelle: "Le travail salarié (heures par semaine)" }).optional())
      .transform((v) => v ?? null),
    objectifs: z.array(objectif).max(LIMITES_CONTRAT.objectifs, `${LIMITES_CONTRAT.objectifs} objectifs au plus.`).default([]),
    aides: z.array(aide).max(LIMITES_CONTRAT.aides, `${LIMITES_CONTRAT.aides} aides au plus.`).default([]),
  })
  .superRefine((c, ctx) => {
    if (c.dateFin < c.dateDebut) ctx.addIssue({ code: "custom", path: ["dateFin"], message: "La fin du contrat doit suivre son début." });
  });

/** Le formulaire arrive à plat (FormData) : on le déplie avant de valider. */
export const schemaContrat = z.preprocess((v) => (v && typeof v === "object" ? deplier(v as Record<string, string | string[]>) : v), contrat);
export type DonneesContrat = z.output<typeof schemaContrat>;

/** Étapes du cycle de vie : signature et rupture sont irréversibles et demandent une confirmation explicite. */
export const schemaEvenementContrat = z
  .object({
    id: identifiant(),
    version: z.coerce.number().int().min(0).max(2_147_483_647),
    evenement: z.enum(["signer", "valider", "rompre", "annulerRupture"]),
    date: dateJour({ libelle: "La date de signature" }),
    motif: texte({ max: 500, libelle: "Le motif" }),
    confirmation: z.string().optional(),
  })
  .superRefine((e, ctx) => {
    if ((e.evenement === "signer" || e.evenement === "rompre" || e.evenement === "annulerRupture") && e.confirmation !== "oui") {
      ctx.addIssue({ code: "custom", path: ["confirmation"], message: "Cochez la case pour confirmer : cette étape ne se défait pas." });
    }
    if ((e.evenement === "rompre" || e.evenement === "annulerRupture") && !e.motif) {
      ctx.addIssue({ code: "custom", path: ["motif"], message: e.evenement === "rompre" ? "Indiquez le motif de la rupture." : "Indiquez pourquoi la rupture est annulée." });
    }
  });

export const schemaRenouvellement = z.object({
  id: identifiant(),
  bilan: texte({ requis: true, max: 4000, libelle: "Le bilan du contrat précédent" }),
});
