import { dateJour, entier, ENTIER_MAX, identifiant, z, texteFacultatif, texteObligatoire } from "@/lib/validation";
import { filtreIdentifiant, filtreTexte } from "@/lib/validation/filtres";
import { schemaPage } from "@/lib/pagination";
import { CODES_PUBLICS } from "./domain/libelles";

const VISEES = ["SOCIALE", "SOCIO_PROFESSIONNELLE", "PROFESSIONNELLE", "SANTE", "LEVEE_FREINS"] as const;
const UNITES = ["PLACES", "PARCOURS", "POSTES", "ETP"] as const;
const NATURES = ["NOUVELLE", "RENFORCEE", "RENOUVELLEMENT", "EXPERIMENTATION"] as const;
const MODES = ["INDIVIDUEL", "COLLECTIF", "MIXTE"] as const;
export const TRIS_CATALOGUE = ["pertinence", "intitule", "code", "porteur", "places", "fin"] as const;

/** Filtres de recherche lus dans l'URL : toute valeur invalide est ignorée plutôt que refusée. */
export const schemaFiltresCatalogue = z.object({
  q: filtreTexte(200),
  territoire: filtreIdentifiant(),
  frein: filtreIdentifiant(),
  public: z.enum(CODES_PUBLICS).optional().catch(undefined),
  porteur: filtreIdentifiant(),
  programme: filtreIdentifiant(),
  visee: z.enum(VISEES).optional().catch(undefined),
  places: z.literal("1").optional().catch(undefined),
  suspendues: z.literal("1").optional().catch(undefined),
  tri: z.enum(TRIS_CATALOGUE).catch("pertinence"),
  page: schemaPage,
});
export type FiltresCatalogue = z.infer<typeof schemaFiltresCatalogue>;

/** Nombre décimal saisi à la française (« 8,91 ») ; vide → null. */
const decimalFacultatif = (libelle: string, max: number) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (!v) return null;
      const n = Number(v.replace(/\s/g, "").replace(",", "."));
      if (!Number.isFinite(n) || n < 0) {
        ctx.addIssue({ code: "custom", message: `${libelle} doit être un nombre positif (ex. 12 ou 8,5).` });
        return z.NEVER;
      }
      if (n > max) {
        ctx.addIssue({ code: "custom", message: `${libelle} ne peut pas dépasser ${max}.` });
        return z.NEVER;
      }
      return n;
    });

const entierPositif = (libelle: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (!v) return 0;
      if (!/^\d+$/.test(v) || Number(v) > ENTIER_MAX) {
        ctx.addIssue({ code: "custom", message: `${libelle} doit être un nombre entier positif (au plus ${ENTIER_MAX.toLocaleString("fr-FR")}).` });
        return z.NEVER;
      }
      return Number(v);
    });

/** Date facultative, stricte (vide → null ; le 31 février est refusé). */
const dateFacultative = (libelle: string) => dateJour({ libelle });

const liste = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]).filter(Boolean));

export const schemaAction = z
  .object({
    id: z.string().optional(),
    version: entier({ libelle: "La version" }).optional(),
    code: texteObligatoire(20, "Le code"),
    intitule: texteObligatoire(300, "L'intitulé"),
    structureId: texteFacultatif(40, "Le porteur"),
    programmeId: texteFacultatif(40, "Le programme"),
    axeId: texteFacultatif(40, "L'axe"),
    visee: z.enum(VISEES, { error: "Choisissez la visée de l'action." }),
    freins: liste,
    publics: liste.pipe(z.array(z.enum(CODES_PUBLICS, { error: "Public inconnu." }))),
    objectifs: texteObligatoire(4000, "Les objectifs"),
    publicCible: texteFacultatif(2000, "Le public cible"),
    toutDepartement: z.literal("1").optional().transform((v) => v === "1"),
    territoires: liste,
    secteurGeographique: texteFacultatif(500, "Le secteur géographique"),
    lieuIntervention: texteFacultatif(300, "Le lieu d'intervention"),
    modalites: texteFacultatif(4000, "Les modalités"),
    modeIntervention: z.enum(MODES).optional().or(z.literal("").transform(() => undefined)),
    entreesSortiesPermanentes: z.literal("1").optional().transform((v) => v === "1"),
    heuresHebdo: decimalFacultatif("Les heures par semaine", 48),
    duree: texteFacultatif(300, "La durée"),
    modalitesPrescription: texteFacultatif(2000, "Les modalités de prescription"),
    contacts: texteFacultatif(1000, "Les contacts"),
    capacite: decimalFacultatif("La capacité", 100_000),
    uniteCapacite: z.enum(UNITES).optional().or(z.literal("").transform(() => undefined)),
    participantsEnCours: entierPositif("Le nombre de participants"),
    listeAttente: entierPositif("La liste d'attente"),
    dateDebut: dateFacultative("La date de début"),
    dateFin: dateFacultative("La date de fin"),
    nature: z.enum(NATURES).optional().or(z.literal("").transform(() => undefined)),
  })
  .superRefine((a, ctx) => {
    if (a.capacite !== null && !a.uniteCapacite) {
      ctx.addIssue({ code: "custom", path: ["uniteCapacite"], message: "Précisez l'unité de la capacité (places, parcours, postes ou ETP)." });
    }
    if (a.capacite === null && a.uniteCapacite) {
      ctx.addIssue({ code: "custom", path: ["capacite"], message: "Indiquez la capacité correspondant à l'unité choisie." });
    }
    if (a.dateDebut && a.dateFin && a.dateFin < a.dateDebut) {
      ctx.addIssue({ code: "custom", path: ["dateFin"], message: "La date de fin doit suivre la date de début." });
    }
    if (!a.toutDepartement && a.territoires.length === 0) {
      ctx.addIssue({ code: "custom", path: ["territoires"], message: "Choisissez au moins un territoire, ou cochez « tout le département »." });
    }
  });
export type DonneesAction = z.infer<typeof schemaAction>;

export const schemaSuspension = z.object({
  id: identifiant(),
  motif: texteObligatoire(500, "Le motif de suspension"),
});

export const schemaReactivation = z.object({ id: identifiant() });
