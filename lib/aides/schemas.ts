import { z, booleen, choix, dateJour, entier, identifiant, montantCentimes, texte } from "@/lib/validation";
import { schemaPage } from "@/lib/pagination";
import { FONDS, STATUTS_AIDE } from "./domain/regles";

export const schemaDemandeAide = z.object({
  personneId: identifiant("La personne"),
  fonds: choix(FONDS, "le fonds"),
  typeAide: texte({ max: 40, requis: true, libelle: "Le type d'aide" }),
  objet: texte({ max: 500, requis: true, libelle: "L'objet de la demande" }),
  montant: montantCentimes("Le montant demandé"),
  dateDemande: dateJour({ requis: true, libelle: "La date de la demande" }),
  derogationFormation: booleen(),
});

export const schemaEtapeAide = z.object({
  id: identifiant("La demande"),
  version: entier({ min: 1, libelle: "La version" }),
  evenement: choix(["instruire", "accorder", "refuser", "ajourner", "reprendre", "verser"], "la décision"),
  date: dateJour({ requis: true, libelle: "La date" }),
  montant: z
    .string()
    .optional()
    .transform((v) => (v && v.trim() !== "" ? v : undefined))
    .pipe(montantCentimes("Le montant").optional()),
  motif: texte({ max: 1000, libelle: "Le motif" }),
});

export const schemaFiltresAides = z.object({
  statut: z.enum(STATUTS_AIDE).optional().catch(undefined),
  fonds: z.enum(FONDS).optional().catch(undefined),
  page: schemaPage,
});

