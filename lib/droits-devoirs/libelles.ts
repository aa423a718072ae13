export const LIBELLES_TYPE_RDV = { ORIENTATION: "Orientation", CONTRAT: "Contrat d'engagement", SUIVI: "Suivi" } as const;
export const LIBELLES_MODALITE = { PRESENTIEL: "Sur place", TELEPHONE: "Par téléphone", VISIO: "En visioconférence" } as const;
export const LIBELLES_RESULTAT = { PREVU: "Prévu", HONORE: "Honoré", EXCUSE: "Excusé", NON_HONORE: "Non honoré", ANNULE: "Annulé" } as const;
export const LIBELLES_COURRIER = { CONVOCATION: "Convocation", RAPPEL: "Rappel", INFORMATION_EXAMEN: "Information avant examen", DECISION: "Notification de décision" } as const;
export const LIBELLES_STATUT_MESSAGE = { EN_ATTENTE: "En attente d'envoi", ENVOYE: "Envoyé", EN_BOITE: "Conservé dans la boîte d'envoi", ECHEC: "Échec" } as const;
export const LIBELLES_REMOBILISATION = { CONTRAT_SIGNE: "Contrat d'engagement signé", RENDEZ_VOUS_HONORE: "Rendez-vous honoré" } as const;
