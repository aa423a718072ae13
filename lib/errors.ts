/**
 * Erreurs attendues du métier : leur `messageUtilisateur` (en français) est montré à l'utilisateur.
 * Toute autre erreur est levée telle quelle : error.tsx affiche un message générique et une référence,
 * le détail reste dans les journaux du serveur. On n'envoie jamais `e.message` au navigateur.
 */
export class ErreurMetier extends Error {
  constructor(
    public readonly code: string,
    public readonly messageUtilisateur: string,
    public readonly erreursChamps?: Record<string, string[]>,
  ) {
    super(`${code}: ${messageUtilisateur}`);
    this.name = "ErreurMetier";
  }
}

/** Ressource absente OU hors du périmètre de l'acteur : les deux répondent 404, sans distinction. */
export class ErreurIntrouvable extends ErreurMetier {
  constructor(public readonly entite: string) {
    super("introuvable", `${entite} introuvable.`);
    this.name = "ErreurIntrouvable";
  }
}

export class ErreurPermission extends ErreurMetier {
  constructor() {
    super("permission", "Vous n'avez pas les droits nécessaires pour cette opération.");
    this.name = "ErreurPermission";
  }
}
