// Schéma du contrat d'engagement : UN schéma zod pour le client (avant l'envoi) et le serveur. Les champs
// du formulaire sont nommés par leur chemin (« objectifs[0].activites[1].heuresHebdo », voir
// lib/actions/champs-imbriques.ts) : une erreur, d'où qu'elle vienne, revient sous le même chemin.
import { z, texteFacultatif } from "@/lib/validation";
import { dateObligatoire } from "@/lib/budgets/schemas";
import { lireMontant } from "@/lib/montants";
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
    .refine((v) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(v), { error: `${libelle} contient des caractères non imprimables.` });

const heures = (libelle: string) =>
  z
    .string()
    .default("")
    .transform((v, ctx) => {
      const t = v.replace(",", ".").trim();
      const n = t === "" ? 0 : Number(t);
      if (!/^\d*(\.\d{0,2})?$/.test(t) || !Number.isFinite(n) || n < 0 || n > 48) {
        ctx.addIssue({ code: "custom", message: `${libelle} : un nombre d'heures entre 0 et 48 (par exemple 7,5).` });
        return z.NEVER;
      }
      return n;
    });

const activite = z.object({
  libelle: texteLimite(LIMITES_CONTRAT.activite, "L'activité"),
  categorie: z.enum(Object.keys(CATEGORIES_ACTIVITE) as [keyof typeof CATEGORIES_ACTIVITE], { error: "Choisissez la catégorie." }),
  mode: z.enum(Object.keys(MODES_ACTIVITE) as [keyof typeof MODES_ACTIVITE], { error: "Choisissez le mode." }),
  heuresHebdo: heures("Les heures"),
  actionId: z.string().max(40).optional().transform((v) => v || null),
});

const objectif = z.object({
  libelle: texteLimite(LIMITES_CONTRAT.objectif, "L'objectif"),
  frein: z.string().max(40).optional().transform((v) => v || null),
  activites: z.array(activite).max(LIMITES_CONTRAT.activites, `${LIMITES_CONTRAT.activites} activités au plus par objectif.`).default([]),
});

const aide = z.object({
  typeAide: z.string({ error: "Choisissez le type d'aide." }).min(1, "Choisissez le type d'aide.").max(40),
  objet: texteLimite(LIMITES_CONTRAT.objetAide, "L'objet de l'aide").refine((v) => v.length > 0, "Précisez l'objet de l'aide."),
  montant: z.string({ error: "Le montant de l'aide est obligatoire." }).transform((v, ctx) => {
    const r = lireMontant(v, "Le montant de l'aide");
    if (!r.ok) {
      ctx.addIssue({ code: "custom", message: r.message });
      return z.NEVER;
    }
    return r.centimes;
  }),
});

const contrat = z
  .object({
    id: z.string().max(40).optional().transform((v) => v || undefined),
    version: z.coerce.number().int().min(0).max(2_147_483_647).optional(),
    personneId: z.string().min(1).max(40),
    dateDebut: dateObligatoire("La date de début"),
    dateFin: dateObligatoire("La date de fin"),
    motifMinoration: texteFacultatif(LIMITES_CONTRAT.motifMinoration, "Le motif de minoration"),
    motifExemption: z
      .string()
      .optional()
      .transform((v) => v || null)
      .refine((v) => v === null || v in MOTIFS_EXEMPTION, "Motif d'exemption inconnu."),
    heuresSalariees: z
      .string()
      .optional()
      .transform((v, ctx) => {
        if (!v?.trim()) return null;
        const n = Number(v.replace(",", "."));
        if (!Number.isFinite(n) || n < 0 || n > 48) {
          ctx.addIssue({ code: "custom", message: "Indiquez les heures de travail salarié par semaine (0 à 48)." });
          return z.NEVER;
        }
        return n;
      }),
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
    id: z.string().min(1).max(40),
    version: z.coerce.number().int().min(0).max(2_147_483_647),
    evenement: z.enum(["signer", "valider", "rompre", "annulerRupture"]),
    date: z.string().max(10).optional(),
    motif: texteFacultatif(500, "Le motif"),
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
  id: z.string().min(1).max(40),
  bilan: z.string({ error: "Le bilan du contrat précédent est obligatoire." }).trim().min(1, "Le bilan du contrat précédent est obligatoire.").max(4000, "Le bilan : 4 000 caractères au maximum."),
});
