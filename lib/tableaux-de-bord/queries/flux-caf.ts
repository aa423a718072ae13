import "server-only";
import type { Contexte } from "@/lib/contexte";
import { fluxParMois } from "@/lib/imports/queries/evenements";
import type { Effectif } from "../domain/secret-statistique";
import type { Portee } from "./cartes";

type Flux = Awaited<ReturnType<typeof fluxParMois>>;
export type CleFlux = keyof Flux["totaux"];
export const LIBELLES_FLUX: Record<CleFlux, string> = {
  entrants: "Entrées dans le RSA",
  sortants: "Sorties du RSA",
  suspensions: "Suspensions",
  arrivees: "Arrivées d'un autre territoire",
  departs: "Départs vers un autre territoire",
};

/**
 * Les flux CAF / MSA de l'année (déjà lus par la carte) et de l'année précédente (une requête de plus, sur
 * le même index territoire × date) : totaux côte à côte, masqués pour le lecteur par fluxParMois (secret statistique).
 */
export async function comparerFluxCaf(contexte: Contexte, p: Portee, annee: Flux): Promise<{ cle: CleFlux; libelle: string; n: Effectif; precedente: Effectif }[]> {
  const precedente = await fluxParMois(contexte, p.territoire?.chemin ?? null, p.annee - 1);
  // les deux années viennent de fluxParMois, qui masque déjà les effectifs pour le lecteur
  return (Object.keys(LIBELLES_FLUX) as CleFlux[]).map((cle) => ({ cle, libelle: LIBELLES_FLUX[cle], n: annee.totaux[cle], precedente: precedente.totaux[cle] }));
}
