import { booleen, choix, entier, identifiant, texte, z } from "@/lib/validation";
import { Role } from "@/lib/generated/prisma/enums";

/** Liste facultative : une saisie vide devient null, sinon un identifiant bien formé. */
const idFacultatif = (libelle: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => v || null)
    .pipe(identifiant(libelle).nullable());

const champsCompte = {
  nom: texte({ max: 100, libelle: "Le nom", requis: true }),
  prenom: texte({ max: 100, libelle: "Le prénom", requis: true }),
  role: choix(Object.values(Role) as [Role, ...Role[]], "un rôle"),
  territoireId: idFacultatif("Le territoire"),
  structureId: idFacultatif("La structure"),
};

export const schemaCreationCompte = z.object({
  ...champsCompte,
  courriel: texte({ max: 200, libelle: "L'adresse électronique", requis: true })
    .transform((v) => v.toLowerCase())
    .pipe(z.string().email("L'adresse électronique n'est pas valide.")),
});
export type DonneesCreationCompte = z.infer<typeof schemaCreationCompte>;

export const schemaModificationCompte = z.object({
  ...champsCompte,
  id: identifiant("Le compte"),
  actif: booleen(),
});
export type DonneesModificationCompte = z.infer<typeof schemaModificationCompte>;

export const schemaIdCompte = z.object({ id: identifiant("Le compte") });

export const schemaParametresSecurite = z.object({
  totpObligatoire: booleen(),
  conservationMois: entier({ min: 6, max: 120, libelle: "La durée de conservation" }),
});
export type DonneesParametresSecurite = z.infer<typeof schemaParametresSecurite>;
