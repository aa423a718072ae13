// Règles pures d'un import de flux (voir /docs/decisions/1101-imports-flux-caf.md) : un foyer tel que lu
// dans le fichier (XML CNAF, CSV, XLSX), sa validation avec les codes de rejet, et ses valeurs normalisées.

export const CODES_REJET = ["NIR_INVALIDE", "COMMUNE_INCONNUE", "NUMDEMRSA_ABSENT", "DATE_INVALIDE", "ETAT_INCONNU", "SANS_DEMANDEUR"] as const;
export type CodeRejet = (typeof CODES_REJET)[number];

export const LIBELLES_REJET: Record<CodeRejet, string> = {
  NIR_INVALIDE: "NIR invalide",
  COMMUNE_INCONNUE: "Commune inconnue",
  NUMDEMRSA_ABSENT: "N° de demande RSA absent",
  DATE_INVALIDE: "Date invalide",
  ETAT_INCONNU: "État du droit inconnu",
  SANS_DEMANDEUR: "Foyer sans demandeur",
};

/** ETATDOSRSA de la CNAF. */
export const ETATS_DOSSIER: Record<string, string> = {
  Z: "Non défini",
  "0": "Nouvelle demande en attente de décision",
  "1": "Droit refusé",
  "2": "Droit ouvert et versable",
  "3": "Droit ouvert et suspendu",
  "4": "Droit ouvert, versement suspendu",
  "5": "Droit clos",
  "6": "Droit clos sur mois antérieur",
};

export const ROLES_FLUX = { DEM: "DEMANDEUR", CJT: "CONJOINT", ENF: "PERSONNE_A_CHARGE", AUT: "PERSONNE_A_CHARGE" } as const;

export interface PersonneBrute {
  role: string;
  qual: string;
  nom: string;
  prenom: string;
  dtnai: string; // AAAA-MM-JJ
  nir: string;
  soumis: string;
}

export interface FoyerBrut {
  position: number; // rang du foyer dans le fichier, à partir de 1
  numdemrsa: string;
  matricule: string;
  dtdemrsa: string;
  etat: string;
  dtclorsa: string;
  numcom: string;
  codepos: string;
  libvoie: string;
  personnes: PersonneBrute[];
}

export interface Rejet {
  position: number;
  identifiant: string | null;
  champ: string;
  code: CodeRejet;
  motif: string;
}

/** Date du calendrier au format AAAA-MM-JJ (2026-02-31 refusée). */
export function dateValide(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]) && Number(m[1]) >= 1900;
}

/** « 28/07/1978 » → « 1978-07-28 » ; toute autre forme est rendue telle quelle (et refusée ensuite). */
export function dateFrancaiseVersIso(texte: string): string {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(texte.trim());
  return m ? `${m[3]}-${m[2]}-${m[1]}` : texte.trim();
}

/** NIR : 15 caractères, clé = 97 − (13 premiers chiffres mod 97) ; Corse 2A / 2B remplacés par 19 / 18. */
export function nirValide(nir: string): boolean {
  if (!/^[1-478]\d{4}(\d{2}|2A|2B)\d{6}\d{2}$/.test(nir)) return false;
  const corps = nir.slice(0, 13).replace("2A", "19").replace("2B", "18");
  const cle = 97n - (BigInt(corps) % 97n);
  return cle === BigInt(nir.slice(13));
}

/**
 * Valide un foyer. Rend le premier défaut trouvé (un foyer rejeté l'est en entier), ou null.
 * `communeConnue` dit si le code INSEE est une commune du département.
 */
export function validerFoyer(f: FoyerBrut, communeConnue: (code: string) => boolean): Rejet | null {
  const id = f.numdemrsa || (f.matricule ? `allocataire ${f.matricule}` : null);
  const rejet = (code: CodeRejet, champ: string, motif: string): Rejet => ({ position: f.position, identifiant: id, champ, code, motif });
  if (!f.numdemrsa) return rejet("NUMDEMRSA_ABSENT", "NUMDEMRSA", "Le numéro de demande RSA est absent : le foyer ne peut pas être identifié.");
  if (!(f.etat in ETATS_DOSSIER)) return rejet("ETAT_INCONNU", "ETATDOSRSA", `L'état du droit « ${f.etat} » n'est pas un code connu (Z, 0 à 6).`);
  if (!dateValide(f.dtdemrsa)) return rejet("DATE_INVALIDE", "DTDEMRSA", `La date de demande « ${f.dtdemrsa} » n'est pas une date valide.`);
  if (f.dtclorsa && !dateValide(f.dtclorsa)) return rejet("DATE_INVALIDE", "DTCLORSA", `La date de clôture « ${f.dtclorsa} » n'est pas une date valide.`);
  if (!communeConnue(f.numcom)) return rejet("COMMUNE_INCONNUE", "NUMCOM", `Le code commune « ${f.numcom} » n'est pas une commune du département.`);
  if (!f.personnes.some((p) => p.role === "DEM")) return rejet("SANS_DEMANDEUR", "ROLEPERS", "Le foyer n'a pas de demandeur (ROLEPERS DEM).");
  for (const [i, p] of f.personnes.entries()) {
    if (!(p.role in ROLES_FLUX)) return rejet("SANS_DEMANDEUR", `Personne ${i + 1} : ROLEPERS`, `Le rôle « ${p.role} » n'est pas connu (DEM, CJT, ENF, AUT).`);
    if (!dateValide(p.dtnai)) return rejet("DATE_INVALIDE", `Personne ${i + 1} : DTNAI`, `La date de naissance « ${p.dtnai} » n'est pas une date valide.`);
    if (p.nir && !nirValide(p.nir)) return rejet("NIR_INVALIDE", `Personne ${i + 1} : NIR`, "Le NIR est invalide (format ou clé de contrôle).");
  }
  return null;
}

/** Sexe d'après la civilité, sinon d'après le premier chiffre du NIR. */
export function sexeDe(p: PersonneBrute): "F" | "M" {
  const q = p.qual.toUpperCase();
  if (q === "MR" || q === "M") return "M";
  if (q === "MME" || q === "MLLE") return "F";
  return p.nir.startsWith("1") ? "M" : "F";
}

/** Clé d'une personne dans son foyer : empreinte du NIR, sinon nom + prénom + date de naissance. */
export function clePersonne(p: PersonneBrute, empreinteNir: string | null): string {
  return empreinteNir ?? `np:${p.nom.trim().toUpperCase()}|${p.prenom.trim().toUpperCase()}|${p.dtnai}`;
}

export const ETATS_OUVERTS = ["2", "3", "4"];
