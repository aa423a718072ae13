import "server-only";
import { FORMAT_IDENTIFIANT } from "@/lib/validation/champs";
import { anneeEnCours, filtreAnnee, type BornesAnnee } from "@/lib/validation/annee";
import { z } from "zod";
import type { Contexte } from "@/lib/contexte";
import { soumisAuSecret } from "../domain/secret-statistique";
import { carteContrats, carteDelais, carteEntrees, carteOffre, carteReferences, carteRepartitions, cartePyramide, carteSorties, dernierRafraichissement, porteeTableau } from "./cartes";

/** Années des flux que les tableaux de bord montrent : de 2015 à l'année en cours. */
export const bornesAnneeTableau = (): BornesAnnee => ({ min: 2015, max: anneeEnCours() });

export const schemaFiltresTableau = z.object({
  // identifiant mal formé : gardé comme un territoire inconnu (404, comme un territoire hors périmètre),
  // jamais remplacé en silence par le territoire par défaut
  territoire: z.string().trim().catch("").transform((v) => (v === "" || FORMAT_IDENTIFIANT.test(v) ? v : "inconnu")),
  // année hors des années disponibles : la plus proche, et la page le dit (lireAnnee)
  annee: filtreAnnee(bornesAnneeTableau),
  // « Comparer avec l'année précédente » : N et N-1 côte à côte, avec l'évolution
  comparer: z.literal("1").optional().catch(undefined).transform((v) => v === "1"),
});
export type FiltresTableau = Omit<z.infer<typeof schemaFiltresTableau>, "comparer"> & { comparer?: boolean };

/**
 * Tableau de bord complet d'un territoire (pôle, commission RSA, commune) ou du département : toutes les
 * cartes (lib/tableaux-de-bord/queries/cartes.ts) réunies, pour l'export et les tests. La page, elle,
 * rend chaque carte en flux, indépendamment.
 */
export async function tableauDeBord(contexte: Contexte, filtres: FiltresTableau) {
  const p = await porteeTableau(contexte, filtres);
  const [contrats, pyramide, repartitions, entrees, delais, offre, sorties, references, rafraichissement] = await Promise.all([
    carteContrats(contexte, p),
    cartePyramide(contexte, p),
    carteRepartitions(contexte, p),
    carteEntrees(contexte, p),
    carteDelais(contexte, p),
    carteOffre(contexte, p),
    carteSorties(contexte, p),
    carteReferences(contexte, p),
    dernierRafraichissement(contexte),
  ]);
  return { titre: p.titre, territoire: p.territoire, annee: p.annee, pyramide, ...repartitions, ...contrats, entrees, delais, offre, sorties, references, rafraichissement, secretStatistique: soumisAuSecret(contexte.acteur) };
}
