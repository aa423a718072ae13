import "server-only";
import type { Contexte } from "@/lib/contexte";
import { masquerEffectif, masquerTaux, soumisAuSecret, type Effectif } from "@/lib/tableaux-de-bord/domain/secret-statistique";
import { tableauDroitsDevoirs, type FiltresTableauDD, type LigneInstance } from "./tableau-droits-devoirs";
import { tauxRemobilisation } from "./exporter-tableau-dd";

type Tableau = Awaited<ReturnType<typeof tableauDroitsDevoirs>>;
type Unite = "nombre" | "euros" | "taux" | "jours";
export interface IndicateurCompare {
  libelle: string;
  n: number | null;
  precedente: number | null;
  unite: Unite;
}

const INDICATEURS: [string, Unite, (l: LigneInstance) => number | null][] = [
  ["Situations examinées", "nombre", (l) => l.examinees],
  ["Classées sans suite", "nombre", (l) => l.classees],
  ["Maintien", "nombre", (l) => l.maintien],
  ["Suspension-remobilisation", "nombre", (l) => l.suspension],
  ["Suppression", "nombre", (l) => l.suppression],
  ["Réorientation", "nombre", (l) => l.reorientation],
  ["Rétablissement", "nombre", (l) => l.retablissement],
  ["Délai médian détection → décision", "jours", (l) => l.delaiMedian],
  ["Taux de remobilisation", "taux", tauxRemobilisation],
  ["Sommes suspendues", "euros", (l) => l.suspenduCentimes],
  ["Sommes restituées", "euros", (l) => l.restitueCentimes],
];

/**
 * « Comparer avec la période précédente » : les n derniers mois (`courante`, déjà lus par la page) et les n
 * mois d'avant (la même requête, une seule de plus), pour l'ensemble (département ou territoire du responsable) et par instance. Pour le lecteur,
 * les effectifs de 1 à 10 sont masqués, et les taux et délais calculés sur eux (secret statistique).
 */
export async function comparerPeriodesDD(contexte: Contexte, f: FiltresTableauDD, courante: Tableau) {
  const precedente = await tableauDroitsDevoirs(contexte, f, "precedente");
  const secret = soumisAuSecret(contexte.acteur);
  const valeur = (l: LigneInstance | null, [, unite, lire]: (typeof INDICATEURS)[number]): number | null => {
    if (!l) return unite === "nombre" || unite === "euros" ? 0 : null;
    const v = lire(l);
    if (!secret) return v;
    const examinees = masquerEffectif(l.examinees);
    if (unite === "nombre") return masquerEffectif(v);
    if (unite === "taux") return masquerTaux(v, masquerEffectif(l.suspensionsTerminees));
    return examinees === null ? null : v;
  };
  const total: IndicateurCompare[] = INDICATEURS.map((i) => ({ libelle: i[0], unite: i[1], n: valeur(courante.total, i), precedente: valeur(precedente.total, i) }));
  const noms = [...new Set([...courante.instances, ...precedente.instances].map((l) => l.instance))].sort((a, b) => a.localeCompare(b, "fr"));
  const n = (v: number): Effectif => (secret ? masquerEffectif(v) : v);
  const instances = noms.map((instance) => ({
    instance,
    n: n(courante.instances.find((l) => l.instance === instance)?.examinees ?? 0),
    precedente: n(precedente.instances.find((l) => l.instance === instance)?.examinees ?? 0),
  }));
  return { mois: f.mois, total, instances };
}
