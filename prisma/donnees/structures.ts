// Structures nommées dans les documents (D0, D1, D2, D4). Le territoire d'implantation est indiqué
// quand un document le donne (secteur géographique, lieu d'intervention) ; sinon il reste vide.
import type { CategorieStructure } from "@/lib/generated/prisma/enums";

export interface StructureDonnee {
  nom: string;
  sigle?: string;
  categorie: CategorieStructure;
  commune?: string;
  territoire?: string; // code du territoire
}

export const STRUCTURES_CD13: StructureDonnee[] = [
  { nom: "Association régionale en économie sociale", sigle: "ARES", categorie: "ASSOCIATION", commune: "Aix-en-Provence", territoire: "POLE-VI" },
  { nom: "HEDA", categorie: "ASSOCIATION", commune: "Marseille" },
  { nom: "ACOPAD", categorie: "ASSOCIATION", commune: "Marseille" },
  { nom: "AECD", categorie: "ASSOCIATION" },
  { nom: "ACPM", categorie: "ASSOCIATION", commune: "Marseille" },
  { nom: "Le CANA", categorie: "ASSOCIATION", commune: "Marseille", territoire: "POLE-V" },
  { nom: "OMI Formation et Métier", categorie: "ASSOCIATION" },
  { nom: "CCO", categorie: "ASSOCIATION", commune: "Marseille" },
  { nom: "PROTIS", categorie: "ASSOCIATION", commune: "Marseille" },
  { nom: "AIR le Fil d'Ariane", categorie: "ASSOCIATION", commune: "Aubagne", territoire: "POLE-VIII" },
  { nom: "BGE Accès Conseil", categorie: "ASSOCIATION" },
  { nom: "ADEAR 13", categorie: "ASSOCIATION" },
  { nom: "Solidarité Paysans Provence", categorie: "ASSOCIATION" },
  { nom: "AREAT", categorie: "ASSOCIATION", commune: "Port-de-Bouc", territoire: "13077" },
  { nom: "ASNIT", categorie: "ASSOCIATION", commune: "Marseille", territoire: "13216" },
  { nom: "APCARS", categorie: "ASSOCIATION", commune: "Marseille" },
  { nom: "Addiction Méditerranée", categorie: "ASSOCIATION", commune: "Marseille" },
  { nom: "APDL", categorie: "ASSOCIATION", territoire: "POLE-IX" },
  { nom: "Confluence", categorie: "ASSOCIATION", commune: "Arles", territoire: "POLE-VII" },
  { nom: "AAI", categorie: "ASSOCIATION", commune: "Aix-en-Provence", territoire: "POLE-VI" },
  { nom: "Équipe Saint-Vincent de Martigues", categorie: "ASSOCIATION", commune: "Martigues", territoire: "13056" },
  { nom: "CIDFF des Bouches-du-Rhône", sigle: "CIDFF", categorie: "ASSOCIATION", commune: "Marseille" },
  { nom: "ISATIS", categorie: "ASSOCIATION", territoire: "POLE-X" },
  { nom: "Wimoov", categorie: "ASSOCIATION" },
  { nom: "Mobile Idées", categorie: "ASSOCIATION", commune: "Istres", territoire: "13047" },
  { nom: "JEDAI", categorie: "ASSOCIATION", commune: "Marseille" },
  { nom: "Culture du cœur", categorie: "ASSOCIATION" },
  { nom: "Ciotat Initiatives Emploi", categorie: "ASSOCIATION", commune: "La Ciotat", territoire: "13028" },
  { nom: "Groupe ADDAP 13", categorie: "ASSOCIATION" },
  { nom: "Sara-Logisol", categorie: "ASSOCIATION" },
  { nom: "UDHAJ", categorie: "ASSOCIATION" },
  { nom: "Coordination Qualité Fiabilité Domicile", sigle: "CQFD", categorie: "ASSOCIATION", commune: "Marseille" },
  { nom: "Fédération nationale des transports de voyageurs", sigle: "FNTV", categorie: "AUTRE" },
  { nom: "CIERES", categorie: "ASSOCIATION", commune: "Marseille" },
  { nom: "Centre social La Garde", categorie: "ASSOCIATION", commune: "Marseille", territoire: "POLE-IV" },
  { nom: "Centre social Endoume", categorie: "ASSOCIATION", commune: "Marseille", territoire: "13207" },
  { nom: "Maison de l'emploi de Marseille", categorie: "ETABLISSEMENT_PUBLIC", commune: "Marseille" },
  { nom: "Mission locale de Marseille", categorie: "MISSION_LOCALE", commune: "Marseille" },
  { nom: "Mission locale de Châteaurenard", categorie: "MISSION_LOCALE", commune: "Châteaurenard", territoire: "13027" },
  { nom: "Mission locale du Pays salonais", categorie: "MISSION_LOCALE", commune: "Salon-de-Provence", territoire: "13103" },
  { nom: "CCI du Pays d'Arles", sigle: "CCIPA", categorie: "ORGANISME_CONSULAIRE", commune: "Arles", territoire: "13004" },
  { nom: "France Travail", categorie: "ETABLISSEMENT_PUBLIC" },
  { nom: "PLIE Marseille Provence Centre", categorie: "PLIE", commune: "Marseille" },
  { nom: "PLIE du Pays d'Aix", categorie: "PLIE", commune: "Aix-en-Provence", territoire: "POLE-VI" },
  { nom: "PLIE du Pays de Martigues", categorie: "PLIE", commune: "Martigues", territoire: "13056" },
  { nom: "ACTUS", categorie: "SIAE_ACI", commune: "Saint-Martin-de-Crau", territoire: "13097" },
  { nom: "AMELI", categorie: "SIAE_ACI", commune: "Fos-sur-Mer", territoire: "13039" },
  { nom: "Fondation Armée du Salut", categorie: "SIAE_ACI", commune: "Marseille", territoire: "13202" },
  { nom: "Les Chantiers du Pays de Martigues", categorie: "SIAE_ACI", commune: "Martigues", territoire: "13056" },
  { nom: "La Fabrik du Sud", categorie: "SIAE_ACI", commune: "Marseille", territoire: "13215" },
  { nom: "Hospitalité pour les femmes", categorie: "SIAE_ACI", commune: "Marseille", territoire: "13201" },
  { nom: "IE13", categorie: "SIAE_ACI", commune: "Aix-en-Provence", territoire: "13001" },
  { nom: "Régie Services 13", categorie: "SIAE_ACI", commune: "Marseille", territoire: "13214" },
  { nom: "Caisse d'allocations familiales des Bouches-du-Rhône", sigle: "CAF 13", categorie: "ORGANISME_PROTECTION_SOCIALE", commune: "Marseille" },
];

export const STRUCTURES_ORNE: StructureDonnee[] = [
  { nom: "La Maison des mots", categorie: "ASSOCIATION", commune: "Argentan", territoire: "ARGENTAN" },
  { nom: "L'Etape", categorie: "ASSOCIATION", commune: "Argentan", territoire: "ARGENTAN" },
  { nom: "ACI Développement", categorie: "SIAE_ACI", commune: "Argentan", territoire: "ARGENTAN" },
  { nom: "AIPAA", categorie: "SIAE_ACI", commune: "Trun", territoire: "TRUN" },
  { nom: "Jardins dans la ville", categorie: "SIAE_ACI", commune: "Argentan", territoire: "ARGENTAN" },
  { nom: "Secours populaire", categorie: "ASSOCIATION", commune: "Argentan", territoire: "ARGENTAN" },
  { nom: "Argentan Solidarité Insertion", sigle: "ASI", categorie: "ASSOCIATION_INTERMEDIAIRE", commune: "Argentan", territoire: "ARGENTAN" },
  { nom: "Mobyliis", categorie: "ASSOCIATION", commune: "Argentan", territoire: "CRSA-ARGENTAN" },
  { nom: "CCAS d'Argentan", categorie: "CCAS_CIAS", commune: "Argentan", territoire: "ARGENTAN" },
  { nom: "Mutualité sociale agricole", sigle: "MSA", categorie: "ORGANISME_PROTECTION_SOCIALE", territoire: "CRSA-ARGENTAN" },
];
