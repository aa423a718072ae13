import { identifiant, z, texteFacultatif, texteObligatoire } from "@/lib/validation";
import { CategorieStructure } from "@/lib/generated/prisma/enums";

/** SIRET : 14 chiffres (espaces tolérés à la saisie) dont la clé de Luhn est juste. */
export function siretValide(siret: string): boolean {
  if (!/^\d{14}$/.test(siret)) return false;
  let somme = 0;
  for (let i = 0; i < 14; i++) {
    let chiffre = Number(siret[13 - i]);
    if (i % 2 === 1) {
      chiffre *= 2;
      if (chiffre > 9) chiffre -= 9;
    }
    somme += chiffre;
  }
  return somme % 10 === 0;
}

export const schemaStructure = z.object({
  nom: texteObligatoire(200, "Le nom"),
  sigle: texteFacultatif(40, "Le sigle"),
  categorie: z.enum(CategorieStructure, { error: "Choisissez une catégorie." }),
  siret: texteFacultatif(20, "Le SIRET")
    .transform((v) => (v ? v.replace(/\s/g, "") : null))
    .refine((v) => v === null || siretValide(v), "Le SIRET doit comporter 14 chiffres valides (ex. 123 456 789 00012)."),
  adresse: texteFacultatif(300, "L'adresse"),
  codePostal: texteFacultatif(5, "Le code postal").refine((v) => v === null || /^\d{5}$/.test(v), "Le code postal comporte 5 chiffres."),
  commune: texteFacultatif(120, "La commune"),
  telephone: texteFacultatif(20, "Le téléphone").refine(
    (v) => v === null || /^(?:\+33|0)\s?[1-9](?:[\s.-]?\d{2}){4}$/.test(v),
    "Le téléphone doit être un numéro français (ex. 04 13 31 13 13).",
  ),
  courriel: texteFacultatif(200, "Le courriel").refine((v) => v === null || z.email().safeParse(v).success, "Le courriel n'est pas valide."),
  territoireId: texteFacultatif(40, "Le territoire"),
});
export type DonneesStructure = z.infer<typeof schemaStructure>;

export const schemaModificationStructure = schemaStructure.extend({ id: identifiant() });
