import type { Acteur } from "@/lib/authz/acteur";
import { peut, type Permission } from "@/lib/authz/permissions";

export interface EntreeNavigation {
  href: string;
  libelle: string;
  /** l'entrée est montrée si le rôle a l'une de ces permissions */
  permission: Permission | Permission[];
}

const ENTREES: EntreeNavigation[] = [
  { href: "/", libelle: "Accueil", permission: "referentiels:lire" },
  { href: "/beneficiaires", libelle: "Bénéficiaires", permission: "beneficiaires:lire" },
  { href: "/prescriptions", libelle: "Prescriptions", permission: ["prescriptions:lire", "prescriptions:suivre"] },
  { href: "/aides", libelle: "Aides financières", permission: "aides:lire" },
  { href: "/catalogue", libelle: "Catalogue", permission: "catalogue:lire" },
  { href: "/commissions", libelle: "Commissions", permission: "commissions:menu" },
  { href: "/tableaux-de-bord", libelle: "Tableaux de bord", permission: "tableaux-de-bord:lire" },
  { href: "/conventions", libelle: "Conventions", permission: "conventions:lire" },
  { href: "/budgets", libelle: "Budgets", permission: "budgets:lire" },
  { href: "/imports", libelle: "Imports", permission: "imports:gerer" },
  { href: "/territoires", libelle: "Territoires", permission: "referentiels:lire" },
  { href: "/structures", libelle: "Structures", permission: "referentiels:lire" },
  { href: "/programmes", libelle: "Programmes", permission: "referentiels:lire" },
  { href: "/nomenclatures", libelle: "Listes de référence", permission: "referentiels:lire" },
  { href: "/administration/utilisateurs", libelle: "Utilisateurs", permission: "utilisateurs:gerer" },
  { href: "/administration/journal", libelle: "Journal d'audit", permission: "journal:lire" },
  { href: "/administration/messages", libelle: "Messages envoyés", permission: "messages:lire" },
  { href: "/administration/taches", libelle: "Tâches de fond", permission: "taches:gerer" },
];

/** Les entrées de menu que le rôle de l'acteur autorise. */
export function navigationPour(acteur: Pick<Acteur, "role">): EntreeNavigation[] {
  return ENTREES.filter((e) => (Array.isArray(e.permission) ? e.permission : [e.permission]).some((p) => peut(acteur, p)));
}
