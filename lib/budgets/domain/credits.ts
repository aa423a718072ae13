// Arithmétique d'une ligne de crédits (centimes entiers). Règles :
// - solde à engager = prévu − engagé (colonne du tableau financier, comme dans le document D1) ;
// - disponible = prévu + reçus − sortis (redéployés ou reportés) − engagé, jamais négatif ;
// - on n'engage, ne redéploie ni ne reporte au-delà du disponible.
import { formaterEuros } from "@/lib/format";

export interface EtatLigne {
  prevu: number;
  engage: number;
  mandate: number;
  entrants: number;
  sortants: number;
}

export function soldeAEngager(l: EtatLigne): number {
  return l.prevu - l.engage;
}

export function disponible(l: EtatLigne): number {
  return l.prevu + l.entrants - l.sortants - l.engage;
}

export function tauxExecution(l: EtatLigne): number | null {
  const credits = l.prevu + l.entrants - l.sortants;
  return credits > 0 ? l.engage / credits : null;
}

export type Refus = { ok: false; message: string } | { ok: true };

export function verifierEngagement(l: EtatLigne, montant: number): Refus {
  if (montant <= 0) return { ok: false, message: "Le montant engagé doit être positif." };
  const reste = disponible(l);
  if (montant > reste) return { ok: false, message: `Crédits insuffisants : il reste ${formaterEuros(reste)} à engager sur cette ligne.` };
  return { ok: true };
}

export function verifierMouvement(source: EtatLigne, montant: number): Refus {
  if (montant <= 0) return { ok: false, message: "Le montant à déplacer doit être positif." };
  const reste = disponible(source);
  if (montant > reste) return { ok: false, message: `On ne peut déplacer que des crédits non engagés : ${formaterEuros(reste)} disponibles sur la ligne d'origine.` };
  return { ok: true };
}

/** Les parts des financeurs doivent couvrir exactement le prévu. */
export function partsCoherentes(prevu: number, parts: number[]): boolean {
  return parts.reduce((a, b) => a + b, 0) === prevu;
}

