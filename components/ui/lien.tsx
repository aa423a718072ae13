import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * Lien interne de l'application : navigation côté client (next/link), SANS préchargement automatique.
 * Par défaut, next/link précharge chaque lien visible : une page de liste ou de tableau de bord en déclenchait
 * 30 à 44 (menu, lignes, pagination), ≈ 4 ms de processeur serveur chacun, soit 5 à 8 fois le coût de la page
 * elle-même, pour des pages toutes dynamiques dont le préchargement ne rapporte que l'arbre des routes.
 * Le clic charge la page comme avant. `prefetch` reste possible lien par lien.
 */
export default function Lien({ prefetch = false, ...props }: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={prefetch} {...props} />;
}
