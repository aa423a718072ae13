// Le journal d'audit en mots (issue 14) : « Claire Martin a signé le contrat d'engagement de Jean DUPONT ».

export const LIBELLES_OBJETS: Record<string, { nom: string; article: "le" | "la" | "l'" }> = {
  ContratEngagement: { nom: "contrat d'engagement", article: "le" },
  Personne: { nom: "dossier individuel", article: "le" },
  Prescription: { nom: "prescription", article: "la" },
  Diagnostic: { nom: "diagnostic", article: "le" },
  PeriodeOrientation: { nom: "orientation", article: "l'" },
  ActionInsertion: { nom: "action d'insertion", article: "l'" },
  Convention: { nom: "convention", article: "la" },
  Avenant: { nom: "avenant", article: "l'" },
  Paiement: { nom: "paiement", article: "le" },
  Bilan: { nom: "bilan", article: "le" },
  Engagement: { nom: "engagement", article: "l'" },
  LigneBudgetaire: { nom: "ligne de crédits", article: "la" },
  MouvementBudgetaire: { nom: "mouvement budgétaire", article: "le" },
  Structure: { nom: "structure", article: "la" },
  Utilisateur: { nom: "compte utilisateur", article: "le" },
  TableauDeBord: { nom: "tableau de bord", article: "le" },
};

export const LIBELLES_OPERATIONS: Record<string, string> = {
  LECTURE: "Lecture",
  CREATION: "Création",
  MODIFICATION: "Modification",
  SUPPRESSION: "Suppression",
  EXPORT: "Export",
  IMPORT: "Import d'un fichier d'allocataires",
  CONNEXION: "Connexion",
  ECHEC_CONNEXION: "Échec de connexion",
  DECONNEXION: "Déconnexion",
};

const VERBES_EVENEMENT: Record<string, string> = {
  signer: "a signé",
  valider: "a validé",
  rompre: "a rompu",
  annulerRupture: "a annulé la rupture de",
  renouveler: "a renouvelé",
};

const VERBES: Record<string, string> = { LECTURE: "a consulté", CREATION: "a créé", MODIFICATION: "a modifié", SUPPRESSION: "a supprimé", EXPORT: "a exporté", IMPORT: "a importé" };

/** « le contrat d'engagement », « l'action d'insertion » ; un nom technique inconnu reste tel quel. */
export function objetEnMots(entite: string): string {
  const o = LIBELLES_OBJETS[entite];
  if (!o) return entite;
  return o.article === "l'" ? `l'${o.nom}` : `${o.article} ${o.nom}`;
}

/** La phrase d'une entrée du journal. */
export function phraseJournal(e: { auteur: string | null; operation: string; entite: string; details: unknown; personne: string | null; intitule?: string | null }): string {
  const qui = e.auteur ?? "Le système";
  if (e.operation === "CONNEXION") return `${qui} s'est connecté(e)`;
  if (e.operation === "DECONNEXION") return `${qui} s'est déconnecté(e)`;
  if (e.operation === "ECHEC_CONNEXION") return "Tentative de connexion échouée";
  const details = (e.details && typeof e.details === "object" ? e.details : {}) as Record<string, unknown>;
  const evenement = typeof details.evenement === "string" ? details.evenement : null;
  let objet = objetEnMots(e.entite);
  if (e.operation === "EXPORT") objet = `la liste : ${LIBELLES_OBJETS[e.entite]?.nom ?? e.entite}${typeof details.lignes === "number" ? ` (${details.lignes} lignes)` : ""}`;
  const verbe = (evenement && VERBES_EVENEMENT[evenement]) ?? (details.automatique ? "a mis à jour les échéances de" : VERBES[e.operation] ?? e.operation.toLowerCase());
  const de = e.personne ? ` de ${e.personne}` : e.intitule ? ` « ${e.intitule} »` : "";
  const automatique = details.automatique ? ` (${[typeof details.enCours === "number" ? `${details.enCours} en cours` : null, typeof details.echus === "number" ? `${details.echus} échus` : null].filter(Boolean).join(", ")})` : "";
  return `${qui} ${verbe} ${objet}${de}${automatique}`.replace(" de le ", " du ").replace(" de les ", " des ");
}
