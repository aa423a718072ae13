import { z, texteFacultatif, texteObligatoire } from "@/lib/validation";
import { dateObligatoire, montantEuros } from "@/lib/budgets/schemas";
import { schemaPage } from "@/lib/pagination";
import { FONDS, STATUTS_AIDE } from "./domain/regles";

export const schemaDemandeAide = z.object({
  personneId: z.string().min(1).max(40),
  fonds: z.enum(FONDS, { error: "Choisissez le fonds." }),
  typeAide: z.string({ error: "Choisissez le type d'aide." }).min(1, "Choisissez le type d'aide.").max(40),
  objet: texteObligatoire(500, "L'objet de la demande"),
  montant: montantEuros("Le montant demandé"),
  dateDemande: dateObligatoire("La date de la demande"),
  derogationFormation: z.literal("on").optional().transform((v) => v === "on"),
});

export const schemaEtapeAide = z.object({
  id: z.string().min(1).max(40),
  version: z.coerce.number().int().min(1).max(2_147_483_647),
  evenement: z.enum(["instruire", "accorder", "refuser", "ajourner", "reprendre", "verser"], { error: "Choisissez la décision." }),
  date: dateObligatoire("La date"),
  montant: z
    .string()
    .optional()
    .transform((v) => (v && v.trim() !== "" ? v : undefined))
    .pipe(montantEuros("Le montant").optional()),
  motif: texteFacultatif(1000, "Le motif"),
});

export const schemaFiltresAides = z.object({
  statut: z.enum(STATUTS_AIDE).optional().catch(undefined),
  fonds: z.enum(FONDS).optional().catch(undefined),
  page: schemaPage,
});

export const schemaAnnee = z.coerce.number().int().min(2000).max(2100).catch(() => new Date().getUTCFullYear());
