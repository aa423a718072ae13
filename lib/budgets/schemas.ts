import { dateJour, identifiant, z, texteFacultatif, texteObligatoire } from "@/lib/validation";
import { lireMontant } from "@/lib/montants";

/** Montant saisi en euros (« 67 550,00 ») → centimes, avec message français sur le champ. */
export const montantEuros = (libelle: string) =>
  z.string({ error: `${libelle} est obligatoire.` }).transform((v, ctx) => {
    const r = lireMontant(v, libelle);
    if (!r.ok) {
      ctx.addIssue({ code: "custom", message: r.message });
      return z.NEVER;
    }
    return r.centimes;
  });

/** Date obligatoire, stricte (le 31 février est refusé au lieu de devenir le 3 mars). */
export const dateObligatoire = (libelle: string) => dateJour({ libelle, requis: true });

export const schemaEngagement = z.object({
  ligneId: identifiant("La ligne"),
  montant: montantEuros("Le montant engagé"),
  libelle: texteObligatoire(300, "Le libellé"),
  dateEngagement: dateObligatoire("La date d'engagement"),
  conventionId: texteFacultatif(40, "La convention"),
  numeroEngagement: texteFacultatif(60, "Le numéro d'engagement"),
});

export const schemaMouvement = z.object({
  type: z.enum(["REDEPLOIEMENT", "REPORT"], { error: "Choisissez redéploiement ou report." }),
  sourceId: identifiant("La ligne d'origine"),
  cibleId: z.string({ error: "Choisissez la ligne de destination." }).min(1, "Choisissez la ligne de destination."),
  montant: montantEuros("Le montant"),
  motif: texteObligatoire(1000, "Le motif"),
  dateMouvement: dateObligatoire("La date"),
});
