import type { FoyerBrut } from "../domain/foyer";

export type FormatFichier = "XML" | "CSV" | "XLSX";

export interface EnteteFlux {
  format: FormatFichier;
  organisme: string | null;
  departement: string | null;
  dateFlux: string | null; // AAAA-MM-JJ
  numeroFlux: string | null;
}

export type ElementLu = { type: "entete"; entete: EnteteFlux } | { type: "foyer"; foyer: FoyerBrut };

/** Fichier qui ne peut pas être lu en entier (pas du XML, tronqué, mauvais département…) : rien n'est appliqué. */
export class ErreurFichierIllisible extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ErreurFichierIllisible";
  }
}

/** Un lecteur parcourt le fichier en flux (jamais en entier en mémoire) et signale les octets lus. */
export type Lecteur = (chemin: string, octetsLus: (n: number) => void) => AsyncGenerator<ElementLu>;
