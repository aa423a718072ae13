// Enregistrement d'un import avant son exécution : fichier (nom, empreinte SHA-256, taille), département,
// auteur. Sans "server-only" : utilisé par l'action de dépôt et par la ligne de commande.
import crypto from "node:crypto";
import fs from "node:fs";
import { pipeline } from "node:stream/promises";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { reconnaitreFormat } from "./importer";
import { lireXml } from "./lecteurs/xml";
import { lireCsv, lireXlsx } from "./lecteurs/tableur";

export async function empreinteFichier(chemin: string): Promise<string> {
  const h = crypto.createHash("sha256");
  await pipeline(fs.createReadStream(chemin), h);
  return h.digest("hex");
}

/** Code du département d'un fichier : attribut `departement` du flux, sinon code INSEE du premier foyer. */
export async function departementDuFichier(chemin: string): Promise<string | null> {
  try {
    const format = reconnaitreFormat(chemin);
    const lecteur = format === "XML" ? lireXml : format === "CSV" ? lireCsv : lireXlsx;
    for await (const el of lecteur(chemin, () => {})) {
      if (el.type === "entete" && el.entete.departement) return el.entete.departement;
      if (el.type === "foyer" && /^\d{5}$/.test(el.foyer.numcom)) return el.foyer.numcom.slice(0, 2);
    }
  } catch {
    return null;
  }
  return null;
}

type ClientImport = Pick<PrismaClient, "importFlux">;

export async function creerImport(db: ClientImport, i: { departementId: string; utilisateurId: string | null; nomFichier: string; chemin: string }) {
  const taille = fs.statSync(i.chemin).size;
  return db.importFlux.create({
    data: { departementId: i.departementId, utilisateurId: i.utilisateurId, nomFichier: i.nomFichier, cheminFichier: i.chemin, empreinteFichier: await empreinteFichier(i.chemin), taille: BigInt(taille) },
  });
}
