// Comptes de démonstration : un par rôle et par territoire. Tous ont le même mot de passe
// (affiché par `npm run demo` et dans le README) : ce sont des comptes de démonstration.
import type { Role } from "@/lib/generated/prisma/enums";

export const MOT_DE_PASSE_DEMO = "Insertion2026!";

export interface CompteDemo {
  departement: "13" | "61";
  courriel: string;
  prenom: string;
  nom: string;
  role: Role;
  territoire?: string; // code du territoire de rattachement
  structure?: string; // nom de la structure
}

const ROMAINS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];

export const COMPTES_DEMO: CompteDemo[] = [
  { departement: "13", courriel: "admin@cd13.demo", prenom: "Camille", nom: "Administratrice", role: "ADMIN" },
  { departement: "13", courriel: "charge.mission@cd13.demo", prenom: "Karim", nom: "Chargé de mission", role: "CHARGE_MISSION" },
  { departement: "13", courriel: "lecteur@cd13.demo", prenom: "Hélène", nom: "Élue", role: "LECTEUR" },
  ...ROMAINS.map((r, i) => ({
    departement: "13" as const,
    courriel: `responsable.pole${i + 1}@cd13.demo`,
    prenom: "Responsable",
    nom: `Pôle ${r}`,
    role: "RESPONSABLE_TERRITOIRE" as const,
    territoire: `POLE-${r}`,
  })),
  ...ROMAINS.map((r, i) => ({
    departement: "13" as const,
    courriel: `referent.pole${i + 1}@cd13.demo`,
    prenom: "Référent",
    nom: `Pôle ${r}`,
    role: "REFERENT" as const,
    territoire: `POLE-${r}`,
  })),
  { departement: "13", courriel: "operateur.ares@cd13.demo", prenom: "Sophie", nom: "ARES", role: "OPERATEUR", structure: "Association régionale en économie sociale" },
  { departement: "13", courriel: "operateur.heda@cd13.demo", prenom: "Marc", nom: "HEDA", role: "OPERATEUR", structure: "HEDA" },
  { departement: "61", courriel: "admin@orne.demo", prenom: "Anne", nom: "Administratrice", role: "ADMIN" },
  { departement: "61", courriel: "charge.mission@orne.demo", prenom: "Louis", nom: "Chargé de mission", role: "CHARGE_MISSION" },
  { departement: "61", courriel: "lecteur@orne.demo", prenom: "Jeanne", nom: "Élue", role: "LECTEUR" },
  ...[
    ["alencon", "CRSA-ALENCON", "Alençon"],
    ["argentan", "CRSA-ARGENTAN", "Argentan"],
    ["flers", "CRSA-FLERS", "Flers"],
    ["mortagne", "CRSA-MORTAGNE", "Mortagne"],
  ].flatMap(([cle, code, nom]) => [
    { departement: "61" as const, courriel: `responsable.${cle}@orne.demo`, prenom: "Responsable", nom: `CRSA ${nom}`, role: "RESPONSABLE_TERRITOIRE" as const, territoire: code },
    { departement: "61" as const, courriel: `referent.${cle}@orne.demo`, prenom: "Référent", nom: `CRSA ${nom}`, role: "REFERENT" as const, territoire: code },
  ]),
  { departement: "61", courriel: "operateur.etape@orne.demo", prenom: "Paul", nom: "L'Etape", role: "OPERATEUR", structure: "L'Etape" },
];
