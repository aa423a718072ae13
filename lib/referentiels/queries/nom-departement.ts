import "server-only";
import type { Contexte } from "@/lib/contexte";
import { enMemoire } from "@/lib/cache/memoire";

// Le nom du département s'affiche dans l'en-tête de chaque page ; il ne change pour ainsi dire jamais :
// gardé en mémoire du processus cinq minutes, une entrée par département (une requête de moins par page).
export const nomDepartement = enMemoire(
  "nom-departement",
  async () => "",
  ({ acteur, db }: Contexte) => db.departement.findUniqueOrThrow({ where: { id: acteur.departementId }, select: { nom: true, nomCourt: true, code: true } }),
  { portee: ({ acteur }) => acteur.departementId, dureeMs: 5 * 60_000 },
);
