// Fabriques partagées par prisma/seed.ts et par les tests (une seule façon de créer chaque objet).
// Aucune dépendance à Next ni à "server-only" : utilisables depuis tsx et Vitest.
import bcrypt from "bcryptjs";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { CategorieStructure, ListeNomenclature, Role, StatutFiche, TypeProgramme, TypeTerritoire } from "@/lib/generated/prisma/enums";

type Db = PrismaClient;

export async function fabriquerDepartement(db: Db, d: { code: string; nom: string; nomCourt: string }) {
  return db.departement.create({ data: d });
}

/** Crée un territoire ; le chemin matérialisé est calculé depuis le parent. */
export async function fabriquerTerritoire(
  db: Db,
  t: { departementId: string; parent?: { id: string; chemin: string } | null; type: TypeTerritoire; code: string; nom: string; codeInsee?: string | null; qpv?: boolean; ordre?: number },
) {
  const cree = await db.territoire.create({
    data: {
      departementId: t.departementId,
      parentId: t.parent?.id ?? null,
      type: t.type,
      code: t.code,
      nom: t.nom,
      codeInsee: t.codeInsee ?? null,
      qpv: t.qpv ?? false,
      ordre: t.ordre ?? 0,
      chemin: "", // fixé juste après, l'identifiant n'étant connu qu'à la création
    },
  });
  const chemin = `${t.parent?.chemin ?? "/"}${cree.id}/`;
  return db.territoire.update({ where: { id: cree.id }, data: { chemin } });
}

export async function fabriquerStructure(
  db: Db,
  s: { departementId: string; nom: string; categorie: CategorieStructure; sigle?: string | null; commune?: string | null; territoireId?: string | null; adresse?: string | null; codePostal?: string | null; telephone?: string | null },
) {
  return db.structure.create({ data: s });
}

const empreintes = new Map<string, string>();
/** Empreinte bcrypt (mise en cache : la démo donne le même mot de passe à tous les comptes). */
export async function empreinteMotDePasse(motDePasse: string, cout = 10): Promise<string> {
  const cle = `${cout}:${motDePasse}`;
  if (!empreintes.has(cle)) empreintes.set(cle, await bcrypt.hash(motDePasse, cout));
  return empreintes.get(cle)!;
}

export async function fabriquerUtilisateur(
  db: Db,
  u: { departementId: string; courriel: string; nom: string; prenom: string; role: Role; motDePasse?: string; territoireId?: string | null; structureId?: string | null; actif?: boolean },
) {
  const { motDePasse, ...reste } = u;
  return db.utilisateur.create({
    data: { ...reste, courriel: u.courriel.toLowerCase(), motDePasseHash: motDePasse ? await empreinteMotDePasse(motDePasse) : null },
  });
}

export interface AxeAFabriquer {
  code: string;
  intitule: string;
  sousAxes?: AxeAFabriquer[];
  fiches?: { code: string; intitule: string; socle?: boolean; statut?: StatutFiche; description?: string }[];
}

/** Crée un programme avec ses axes, sous-axes et fiches, dans l'ordre donné. */
export async function fabriquerProgramme(
  db: Db,
  p: { departementId: string; territoireId?: string | null; type: TypeProgramme; code: string; intitule: string; anneeDebut: number; anneeFin: number; dateVote?: Date | null; description?: string | null; axes?: AxeAFabriquer[] },
) {
  const { axes = [], ...champs } = p;
  const programme = await db.programme.create({ data: champs });
  let ordre = 0;
  const creerAxe = async (axe: AxeAFabriquer, parentId: string | null) => {
    const cree = await db.axeProgramme.create({ data: { programmeId: programme.id, parentId, code: axe.code, intitule: axe.intitule, ordre: ordre++ } });
    for (const f of axe.fiches ?? []) {
      await db.ficheAction.create({
        data: { programmeId: programme.id, axeId: cree.id, code: f.code, intitule: f.intitule, socle: f.socle ?? null, statut: f.statut ?? null, description: f.description ?? null, ordre: ordre++ },
      });
    }
    for (const sa of axe.sousAxes ?? []) await creerAxe(sa, cree.id);
  };
  for (const axe of axes) await creerAxe(axe, null);
  return programme;
}

export async function fabriquerNomenclature(
  db: Db,
  n: { liste: ListeNomenclature; code: string; libelle: string; departementId?: string | null; correspondanceId?: string | null; ordre?: number },
) {
  return db.nomenclature.create({ data: n });
}

export async function fabriquerActionInsertion(
  db: Db,
  a: {
    departementId: string;
    code: string;
    intitule: string;
    visee: "SOCIALE" | "SOCIO_PROFESSIONNELLE" | "PROFESSIONNELLE" | "SANTE" | "LEVEE_FREINS";
    objectifs: string;
    territoireIds?: string[];
    toutDepartement?: boolean;
    structureId?: string | null;
    programmeId?: string | null;
    axeId?: string | null;
    ficheId?: string | null;
    freins?: string[];
    publics?: string[];
    publicCible?: string | null;
    secteurGeographique?: string | null;
    lieuIntervention?: string | null;
    modalites?: string | null;
    modeIntervention?: "INDIVIDUEL" | "COLLECTIF" | "MIXTE" | null;
    entreesSortiesPermanentes?: boolean;
    heuresHebdo?: number | null;
    duree?: string | null;
    contacts?: string | null;
    capacite?: number | null;
    uniteCapacite?: "PLACES" | "PARCOURS" | "POSTES" | "ETP" | null;
    participantsEnCours?: number;
    listeAttente?: number;
    dateDebut?: Date | null;
    dateFin?: Date | null;
    nature?: "NOUVELLE" | "RENFORCEE" | "RENOUVELLEMENT" | "EXPERIMENTATION" | null;
    suspendue?: boolean;
  },
) {
  const { territoireIds = [], ...champs } = a;
  return db.actionInsertion.create({
    data: { ...champs, freins: a.freins ?? [], publics: a.publics ?? [], territoires: { create: territoireIds.map((territoireId) => ({ territoireId })) } },
    select: { id: true },
  });
}

export async function fabriquerFoyerEtPersonne(
  db: Db,
  f: { departementId: string; territoireId: string; numeroAllocataire: string; dateOuvertureDroits: Date; situationFamiliale?: string; nom: string; prenom: string; sexe: "F" | "M"; dateNaissance: Date; niveauFormation?: string },
) {
  const foyer = await db.foyer.create({
    data: { departementId: f.departementId, territoireId: f.territoireId, numeroAllocataire: f.numeroAllocataire, dateOuvertureDroits: f.dateOuvertureDroits, situationFamiliale: f.situationFamiliale ?? "SEUL_SANS_ENFANT" },
  });
  const personne = await db.personne.create({
    data: { foyerId: foyer.id, role: "DEMANDEUR", nom: f.nom, prenom: f.prenom, sexe: f.sexe, dateNaissance: f.dateNaissance, niveauFormation: f.niveauFormation ?? null },
  });
  return { foyer, personne };
}

export interface ObjectifAFabriquer {
  libelle: string;
  frein?: string | null;
  activites: { libelle: string; categorie: string; mode: string; heuresHebdo: number; actionId?: string | null }[];
}

export async function fabriquerContrat(
  db: Db,
  c: {
    personneId: string;
    referentId: string;
    statut: "BROUILLON" | "SIGNE" | "VALIDE" | "EN_COURS" | "ECHU" | "ROMPU" | "RENOUVELE";
    dateDebut: Date;
    dateFin: Date;
    dateSignature?: Date | null;
    dateValidation?: Date | null;
    motifExemption?: string | null;
    motifMinoration?: string | null;
    objectifs: ObjectifAFabriquer[];
  },
) {
  const { objectifs, ...champs } = c;
  return db.contratEngagement.create({
    data: {
      ...champs,
      objectifs: {
        create: objectifs.map((o, ordre) => ({ libelle: o.libelle, frein: o.frein ?? null, ordre, activites: { create: o.activites.map((a, i) => ({ ...a, ordre: i })) } })),
      },
    },
  });
}
