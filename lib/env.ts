import "server-only";
import { z } from "zod";

/** Variables d'environnement validées au démarrage (voir README, « Configuration »). */
const schema = z.object({
  // facultatif au build (next build évalue les modules) ; exigé à la première requête (lib/db.ts)
  DATABASE_URL: z.string().min(1).optional(),
  /** Connexion de l'application au rôle cloisonné (pilote_app) ; sans elle, DATABASE_URL + SET ROLE. */
  DATABASE_URL_APP: z.string().min(1).optional(),
  AUTH_SECRET: z.string().min(16).optional(),
  /** Inactivité tolérée avant expiration de la session, en minutes. */
  SESSION_INACTIVITE_MINUTES: z.coerce.number().int().positive().default(30),
  /** Durée maximale d'une session depuis la connexion, en heures. */
  SESSION_DUREE_MAX_HEURES: z.coerce.number().positive().default(10),
  /** Nombre de mandataires inverses de confiance devant l'application (0 : adresse de la socket). */
  PROXIES_DE_CONFIANCE: z.coerce.number().int().min(0).max(10).default(0),
  PROCONNECT_ISSUER: z.string().url().optional(),
  PROCONNECT_CLIENT_ID: z.string().optional(),
  PROCONNECT_CLIENT_SECRET: z.string().optional(),
});

export const env = schema.parse(process.env);
