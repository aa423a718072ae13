import { z, texteFacultatif, texteObligatoire } from "@/lib/validation";
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

export const dateObligatoire = (libelle: string) =>
  z.string({ error: `${libelle} est obligatoire.` }).transform((v, ctx) => {
    const d = new Date(`${v}T00:00:00Z`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(d.getTime())) {
      ctx.addIssue({ code: "custom", message: `${libelle} est obligatoire (jj/mm/aaaa).` });
      return z.NEVER;
    }
    return d;
  });

export const schemaEngagement = z.object({
  ligneId: z.string().min(1),
  montant: montantEuros("Le montant engagé"),
  libelle: texteObligatoire(300, "Le libellé"),
  dateEngagement: dateObligatoire("La date d'engagement"),
  conventionId: texteFacultatif(40, "La convention"),
  numeroEngagement: texteFacultatif(60, "Le numéro d'engagement"),
});

export const schemaMouvement = z.object({
  type: z.enum(["REDEPLOIEMENT", "REPORT"], { error: "Choisissez redéploiement ou report." }),
  sourceId: z.string().min(1),
  cibleId: z.string({ error: "Choisissez la ligne de destination." }).min(1, "Choisissez la ligne de destination."),
  montant: montantEuros("Le montant"),
  motif: texteObligatoire(1000, "Le motif"),
  dateMouvement: dateObligatoire("La date"),
});
