import "server-only";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import type { Contexte } from "@/lib/contexte";
import { exigerPermission } from "@/lib/authz/permissions";
import { journaliser } from "@/lib/audit/journaliser";
import { ErreurMetier } from "@/lib/errors";
import { creerImport } from "../enregistrer";
import { mettreImportEnFile } from "../file";

export const TAILLE_MAX_OCTETS = 200 * 1024 * 1024;
const DOSSIER = process.env.IMPORTS_DIR ?? path.resolve(".data/imports");

/** Dépose un fichier pour le département de l'acteur, l'enregistre et met son import en file. */
export async function deposerFichier({ acteur, db }: Contexte, fichier: File): Promise<{ id: string }> {
  exigerPermission(acteur, "imports:gerer");
  if (!fichier.size) throw new ErreurMetier("fichier-vide", "Le fichier est vide.", { fichier: ["Choisissez un fichier non vide."] });
  if (fichier.size > TAILLE_MAX_OCTETS) throw new ErreurMetier("fichier-trop-gros", "Le fichier dépasse 200 Mo.", { fichier: ["Le fichier dépasse 200 Mo."] });
  const nom = path.basename(fichier.name || "fichier").replace(/[^\p{L}\p{N}._ -]/gu, "_").slice(0, 200);
  fs.mkdirSync(DOSSIER, { recursive: true });
  const chemin = path.join(DOSSIER, `${Date.now()}-${crypto.randomUUID()}`);
  await pipeline(Readable.fromWeb(fichier.stream() as unknown as WebReadableStream), fs.createWriteStream(chemin));
  const imp = await db.$transaction(async (tx) => {
    const cree = await creerImport(tx, { departementId: acteur.departementId, utilisateurId: acteur.id, nomFichier: nom, chemin });
    await journaliser(tx, acteur, { operation: "CREATION", entite: "ImportFlux", entiteId: cree.id, details: { fichier: nom, taille: fichier.size, empreinte: cree.empreinteFichier } });
    return cree;
  });
  await mettreImportEnFile(db, { importId: imp.id, departementId: acteur.departementId, demandeParId: acteur.id });
  return { id: imp.id };
}
