import type { ListeNomenclature } from "@/lib/generated/prisma/enums";

export const LIBELLES_LISTES: Record<ListeNomenclature, string> = {
  ORIENTATION: "Parcours d'orientation",
  TYPE_SORTIE: "Types de sortie",
  FREIN: "Freins à l'insertion",
  TYPE_AIDE: "Types d'aide",
  TYPE_DECISION: "Décisions (équipe pluridisciplinaire, commission RSA)",
  MOTIF_EXAMEN: "Motifs d'examen en commission",
  MOTIF_EXEMPTION: "Motifs d'exemption d'heures d'activité",
  NIVEAU_FORMATION: "Niveaux de formation",
  SITUATION_FAMILIALE: "Situations familiales",
  VISEE_ACTION: "Visées des actions",
};
