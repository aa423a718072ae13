// Rattachement de chaque commune officielle (code officiel géographique, paquet
// @etalab/decoupage-administratif) à son pôle d'insertion (CD13) ou à sa commission RSA (Orne).
// Les documents sources n'en nomment qu'une partie (D2 : arrondissements de Marseille et communes des
// secteurs du catalogue ; D4 : communes du territoire d'Argentan) ; le reste suit les règles ci-dessous,
// décidées et documentées dans docs/decisions/1102-communes-et-rattachement.md. Une commune sans règle
// (null) est « à affecter » : elle existe, ses foyers sont importés, l'administrateur la rattache.

export interface CommuneOfficielle {
  code: string;
  nom: string;
  type: string;
  arrondissement?: string;
  departement: string;
  codesPostaux?: string[];
  population?: number;
}

// --- Bouches-du-Rhône -------------------------------------------------------------------------
/** Ancien périmètre d'Agglopole Provence (Salon-de-Provence, Berre-l'Étang) → pôle X. */
const POLE_X = ["13003", "13008", "13009", "13014", "13024", "13035", "13037", "13049", "13051", "13053", "13069", "13081", "13092", "13103", "13105", "13112", "13115"];
/** Communes de l'arrondissement de Marseille rattachées aux pôles marseillais voisins (D2). */
const POLE_IV = ["13002", "13075"]; // Allauch, Plan-de-Cuques
const POLE_V = ["13106"]; // Septèmes-les-Vallons

export function rattachementCd13(c: CommuneOfficielle): string | null {
  if (c.type === "arrondissement-municipal") return null; // déjà rattachés par D2 (territoires.ts)
  if (POLE_X.includes(c.code)) return "POLE-X";
  if (POLE_IV.includes(c.code)) return "POLE-IV";
  if (POLE_V.includes(c.code)) return "POLE-V";
  switch (c.arrondissement) {
    case "131": return "POLE-VI"; // arrondissement d'Aix-en-Provence → pôle Aix-Gardanne
    case "132": return "POLE-VII"; // arrondissement d'Arles → pôle Arles
    case "133": return "POLE-VIII"; // arrondissement de Marseille hors Marseille → pôle Aubagne-La Ciotat
    case "134": return "POLE-IX"; // arrondissement d'Istres → pôle Istres-Martigues-Marignane-Vitrolles
    default: return null;
  }
}

// --- Orne --------------------------------------------------------------------------------------
/** Communes nommées par D4 (territoire d'Argentan) : code du territoire existant → code INSEE. */
export const CODES_INSEE_ORNE: Record<string, string> = {
  ALENCON: "61001",
  ARGENTAN: "61006",
  VIMOUTIERS: "61508",
  GACE: "61181",
  PUTANGES: "61339", // Putanges-Pont-Écrepin, commune déléguée de Putanges-le-Lac
  "LE-MERLERAULT": "61275", // commune déléguée de Merlerault-le-Pin
  TRUN: "61494",
  MONTMERREI: "61288",
  FLERS: "61169",
  MORTAGNE: "61293",
};

/** Intercommunalités (EPCI, code SIREN) → commission RSA. */
const EPCI_ORNE: Record<string, string> = {
  "246100663": "CRSA-ALENCON", // CU d'Alençon
  "200035103": "CRSA-ALENCON", // CC de la Vallée de la Haute Sarthe
  "200035111": "CRSA-ALENCON", // CC des Sources de l'Orne
  "200068443": "CRSA-ALENCON", // CC Andaine - Passais
  "200071652": "CRSA-ALENCON", // CC du Pays Fertois et du Bocage Carrougien
  "200035814": "CRSA-FLERS", // CA Flers Agglo
  "200071520": "CRSA-FLERS", // CC Domfront Tinchebray Interco
  "200068450": "CRSA-ARGENTAN", // CC Terres d'Argentan Interco
  "246100390": "CRSA-ARGENTAN", // CC du Val d'Orne (Putanges, nommée par D4)
  "200069458": "CRSA-ARGENTAN", // CC des Vallées d'Auge et du Merlerault (Vimoutiers, Gacé, nommées par D4)
  "200036069": "CRSA-MORTAGNE", // CC du Pays de Mortagne-au-Perche
  // CC des Pays de L'Aigle (200068468) : aucun document ne la rattache → ses 32 communes sont « à affecter »
  "200068435": "CRSA-MORTAGNE", // CC Coeur du Perche
  "200068856": "CRSA-MORTAGNE", // CC des Hauts du Perche
  "200071504": "CRSA-MORTAGNE", // CC des Collines du Perche Normand
  "200072676": "CRSA-MORTAGNE", // CC Maine Saosnois (2 communes ornaises)
};

export function rattachementOrne(c: CommuneOfficielle, epciParCommune: Map<string, string>): string | null {
  if (Object.values(CODES_INSEE_ORNE).includes(c.code)) return null; // déjà rattachées (territoires.ts)
  if (c.code === "61288") return "CRSA-ARGENTAN";
  const epci = epciParCommune.get(c.code);
  return (epci && EPCI_ORNE[epci]) || null;
}
