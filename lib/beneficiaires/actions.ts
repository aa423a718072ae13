"use server";

import { z } from "zod";
import { actionSecurisee } from "@/lib/actions/action-securisee";
import type { EtatFormulaire } from "@/lib/actions/etat-formulaire";
import { dateObligatoire } from "@/lib/budgets/schemas";
import { identifiant, texteFacultatif } from "@/lib/validation";
import { orienter } from "./commands/orienter";
import { diagnostiquer } from "./commands/diagnostiquer";

const orientation = actionSecurisee({
  schema: z.object({
    personneId: identifiant("La personne"),
    parcours: z.enum(["PROFESSIONNEL", "SOCIO_PROFESSIONNEL", "SOCIAL"], { error: "Choisissez le parcours." }),
    organismeId: texteFacultatif(40, "L'organisme"),
    referentId: z.string({ error: "Choisissez le référent." }).min(1, "Choisissez le référent."),
    date: dateObligatoire("La date"),
  }),
  permission: "contrats:valider",
  executer: ({ acteur, db, donnees }) => orienter({ acteur, db }, donnees),
  revalider: (r) => [`/beneficiaires/${r.personneId}`, "/beneficiaires"],
  messageSucces: "Orientation enregistrée.",
});
export async function orienterAction(etat: EtatFormulaire, formData: FormData): Promise<EtatFormulaire> {
  return orientation(etat, formData);
}

const NIVEAUX = ["FORT", "MOYEN", "SANS_IMPACT"] as const;
const diagnostic = actionSecurisee({
  schema: z.object({ personneId: identifiant("La personne"), date: dateObligatoire("La date du diagnostic") }),
  permission: "contrats:rediger",
  executer: ({ acteur, db, donnees, saisie }) => {
    // champs « frein_<CODE> » : niveau choisi, ou vide si le frein n'a pas été évalué
    const freins = Object.entries(saisie)
      .filter(([cle, v]) => cle.startsWith("frein_") && typeof v === "string" && (NIVEAUX as readonly string[]).includes(v))
      .map(([cle, v]) => ({ frein: cle.slice("frein_".length), niveau: v as (typeof NIVEAUX)[number] }));
    return diagnostiquer({ acteur, db }, { ...donnees, freins });
  },
  revalider: (r) => [`/beneficiaires/${r.personneId}`],
  messageSucces: "Diagnostic enregistré.",
});
export async function diagnostiquerAction(etat: EtatFormulaire, formData: FormData): Promise<EtatFormulaire> {
  return diagnostic(etat, formData);
}
