import { z, texteFacultatif } from "@/lib/validation";
import { dateObligatoire } from "@/lib/budgets/schemas";
import { lireMontant } from "@/lib/montants";

const activite = z.object({
  libelle: z.string().trim().max(300),
  categorie: z.enum(["ADMINISTRATIVE", "SOCIALE", "PROFESSIONNELLE", "MEDICALE"], { error: "Choisissez la catégorie." }),
  mode: z.enum(["COLLECTIVE", "ACCOMPAGNEE", "AUTONOME"], { error: "Choisissez le mode." }),
  heuresHebdo: z.union([z.number(), z.string()]).transform((v, ctx) => {
    const n = typeof v === "number" ? v : Number(String(v).replace(",", ".").trim() || "0");
    if (!Number.isFinite(n) || n < 0 || n > 48) {
      ctx.addIssue({ code: "custom", message: "Indiquez un nombre d'heures entre 0 et 48." });
      return z.NEVER;
    }
    return n;
  }),
  actionId: z.string().max(40).nullable().optional().transform((v) => v || null),
});

const objectif = z.object({
  libelle: z.string().trim().max(300),
  frein: z.string().max(40).nullable().optional().transform((v) => v || null),
  activites: z.array(activite).max(20),
});

const aide = z.object({
  typeAide: z.string().min(1, "Choisissez le type d'aide."),
  objet: z.string().trim().min(1, "Précisez l'objet de l'aide.").max(300),
  montant: z.string().transform((v, ctx) => {
    const r = lireMontant(v, "Le montant de l'aide");
    if (!r.ok) {
      ctx.addIssue({ code: "custom", message: r.message });
      return z.NEVER;
    }
    return r.centimes;
  }),
});

/** Le plan arrive en JSON (champ « plan ») : objectifs → activités, et aides demandées. */
const plan = z.string().transform((v, ctx) => {
  try {
    return JSON.parse(v) as unknown;
  } catch {
    ctx.addIssue({ code: "custom", message: "Plan illisible." });
    return z.NEVER;
  }
}).pipe(z.object({ objectifs: z.array(objectif).max(10), aides: z.array(aide).max(10) }));

export const schemaContrat = z
  .object({
    id: z.string().optional(),
    version: z.coerce.number().int().optional(),
    personneId: z.string().min(1),
    dateDebut: dateObligatoire("La date de début"),
    dateFin: dateObligatoire("La date de fin"),
    motifMinoration: texteFacultatif(500, "Le motif de minoration"),
    motifExemption: texteFacultatif(40, "Le motif d'exemption"),
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
    plan,
  })
  .superRefine((c, ctx) => {
    if (c.dateFin < c.dateDebut) ctx.addIssue({ code: "custom", path: ["dateFin"], message: "La fin du contrat doit suivre son début." });
  });
export type DonneesContrat = z.output<typeof schemaContrat>;

export const schemaEvenementContrat = z.object({
  id: z.string().min(1),
  version: z.coerce.number().int(),
  evenement: z.enum(["signer", "valider", "rompre"]),
  date: z.string().optional(),
  motif: texteFacultatif(500, "Le motif"),
});

export const schemaRenouvellement = z.object({
  id: z.string().min(1),
  bilan: z.string({ error: "Le bilan du contrat précédent est obligatoire." }).trim().min(1, "Le bilan du contrat précédent est obligatoire.").max(4000),
});
