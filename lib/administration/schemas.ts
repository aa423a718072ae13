import { texteObligatoire, z } from "@/lib/validation";
import { Role } from "@/lib/generated/prisma/enums";

const idFacultatif = z
  .string()
  .trim()
  .max(40)
  .transform((v) => (v === "" ? null : v))
  .optional()
  .transform((v) => v ?? null);

const champsCompte = {
  nom: texteObligatoire(100, "Le nom"),
  prenom: texteObligatoire(100, "Le prénom"),
  role: z.enum(Object.values(Role) as [Role, ...Role[]], { error: "Choisissez un rôle." }),
  territoireId: idFacultatif,
  structureId: idFacultatif,
};

export const schemaCreationCompte = z.object({
  ...champsCompte,
  courriel: z.string().trim().toLowerCase().min(1, "L'adresse électronique est obligatoire.").max(200).email("L'adresse électronique n'est pas valide."),
});
export type DonneesCreationCompte = z.infer<typeof schemaCreationCompte>;

export const schemaModificationCompte = z.object({
  ...champsCompte,
  id: z.string().trim().min(1).max(40),
  // case à cocher : présente = « on »
  actif: z
    .string()
    .optional()
    .transform((v) => v === "on" || v === "true"),
});
export type DonneesModificationCompte = z.infer<typeof schemaModificationCompte>;

export const schemaIdCompte = z.object({ id: z.string().trim().min(1).max(40) });

export const schemaParametresSecurite = z.object({
  totpObligatoire: z
    .string()
    .optional()
    .transform((v) => v === "on" || v === "true"),
  conservationMois: z.coerce
    .number({ error: "Saisissez un nombre de mois." })
    .int("Saisissez un nombre entier de mois.")
    .min(6, "La durée de conservation est d'au moins 6 mois.")
    .max(120, "La durée de conservation est de 120 mois (10 ans) au plus."),
});
export type DonneesParametresSecurite = z.infer<typeof schemaParametresSecurite>;
