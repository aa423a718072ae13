// Libellés des chiffres publiés : groupes de l'activité du dispositif RSA (D2 partie 1) et unités.
import { formaterNombre } from "@/lib/format";

export const LIBELLES_GROUPES_ACTIVITE: Record<string, string> = {
  ORIENTATION: "Accueil, orientation et contractualisation",
  EQUIPES_PLURIDISCIPLINAIRES: "Équipes pluridisciplinaires",
  CONTROLES: "Contrôles et juste droit",
  ACCOMPAGNEMENT: "Accompagnements",
  EMPLOI: "Outils emploi et entreprises",
  ANIMATION: "Animation du réseau des professionnels",
  FINANCEMENT: "Financement",
  "": "Activité du dispositif",
};

/** Une valeur publiée ou calculée, avec son unité (« 54 % », « 83 952 € », « 31,11 ETP », « 15 jours »). */
export function formaterValeur(v: number | null, unite: string): string {
  if (v === null) return "—";
  const n = formaterNombre(Math.round(v * 100) / 100);
  switch (unite) {
    case "POURCENTAGE":
      return `${n}\u00a0%`;
    case "EUROS":
      return `${n}\u00a0€`;
    case "MILLIONS_EUROS":
      return `${n}\u00a0M€`;
    case "ETP":
      return `${n} ETP`;
    case "HEURES":
      return `${n}\u00a0h`;
    case "JOURS":
      return `${n}\u00a0jour${Math.abs(v) >= 2 ? "s" : ""}`;
    case "MOIS":
      return `${n}\u00a0mois`;
    default:
      return n;
  }
}

/** « D1 L809 » → « D1, l. 809 » */
export function formaterSource(source: string): string {
  const m = /^(D\d) L(\d+)$/.exec(source);
  return m ? `${m[1]}, l. ${m[2]}` : source;
}
