// Toutes les communes des deux départements (code officiel géographique), rattachées à leur pôle
// d'insertion / commission RSA selon prisma/donnees/communes-rattachement.ts. Les communes déjà créées
// par territoires.ts (nommées par les documents) sont gardées et reçoivent leur code INSEE ; une commune
// sans rattachement est créée sans parent : « territoire à affecter ».
import { createRequire } from "node:module";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { CODES_INSEE_ORNE, rattachementCd13, rattachementOrne, type CommuneOfficielle } from "./donnees/communes-rattachement";

const require = createRequire(import.meta.url);

export function communesOfficielles(codeDepartement: string): CommuneOfficielle[] {
  const toutes = require("@etalab/decoupage-administratif/data/communes.json") as CommuneOfficielle[];
  // Marseille par arrondissement municipal : la commune 13055 elle-même n'est pas une résidence
  return toutes.filter((c) => c.departement === codeDepartement && (c.type === "commune-actuelle" || c.type === "arrondissement-municipal") && c.code !== "13055");
}

function epciParCommune(): Map<string, string> {
  const epcis = require("@etalab/decoupage-administratif/data/epci.json") as { code: string; membres: { code: string }[] }[];
  const m = new Map<string, string>();
  for (const e of epcis) for (const c of e.membres) m.set(c.code, e.code);
  return m;
}

export async function chargerCommunes(db: PrismaClient, departementId: string, codeDepartement: "13" | "61"): Promise<{ creees: number; aAffecter: number }> {
  if (codeDepartement === "61") {
    for (const [code, insee] of Object.entries(CODES_INSEE_ORNE)) {
      await db.territoire.updateMany({ where: { departementId, code }, data: { codeInsee: insee } });
    }
  }
  const existantes = new Set(
    (await db.territoire.findMany({ where: { departementId, codeInsee: { not: null } }, select: { codeInsee: true } })).map((t) => t.codeInsee!),
  );
  const racines = new Map(
    (await db.territoire.findMany({ where: { departementId, parentId: null, type: { in: ["POLE_INSERTION", "COMMISSION_RSA"] } }, select: { id: true, code: true } })).map((r) => [r.code, r.id]),
  );
  const epci = codeDepartement === "61" ? epciParCommune() : new Map<string, string>();
  const aCreer = communesOfficielles(codeDepartement).filter((c) => !existantes.has(c.code));
  let aAffecter = 0;
  const lignes = aCreer.map((c, i) => {
    const racine = codeDepartement === "13" ? rattachementCd13(c) : rattachementOrne(c, epci);
    if (!racine) aAffecter++;
    return {
      departementId,
      parentId: racine ? racines.get(racine)! : null,
      type: c.type === "arrondissement-municipal" ? ("ARRONDISSEMENT" as const) : ("COMMUNE" as const),
      code: c.code,
      nom: c.nom,
      codeInsee: c.code,
      chemin: "",
      ordre: 1000 + i,
    };
  });
  await db.territoire.createMany({ data: lignes });
  await db.$executeRaw`
    UPDATE territoire t SET chemin = coalesce(p.chemin, '/') || t.id || '/'
    FROM territoire t2 LEFT JOIN territoire p ON p.id = t2.parent_id
    WHERE t2.id = t.id AND t.departement_id = ${departementId} AND t.chemin = ''`;
  return { creees: lignes.length, aAffecter };
}

export async function chargerCommunesDesDepartements(db: PrismaClient, cd13Id: string, orneId: string) {
  return { "13": await chargerCommunes(db, cd13Id, "13"), "61": await chargerCommunes(db, orneId, "61") };
}
