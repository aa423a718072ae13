// Champs de formulaire imbriqués : « objectifs[0].activites[1].heuresHebdo » ↔ { objectifs: [{ activites: [, { heuresHebdo }] }] }.
// Le formulaire envoie des champs nommés par leur chemin ; le schéma zod les relit en objet ; ses erreurs
// reviennent sous le même chemin en notation pointée (« objectifs.0.activites.1.heuresHebdo »), celle que
// le composant utilise pour placer chaque message à côté de son champ — côté client comme côté serveur.

type Valeur = string | string[];

/** Chemin pointé (« objectifs.0.libelle ») → nom de champ (« objectifs[0].libelle »). */
export function nomChamp(chemin: string): string {
  return chemin.split(".").map((p, i) => (/^\d+$/.test(p) ? `[${p}]` : i === 0 ? p : `.${p}`)).join("");
}

/** Nom de champ → segments (« objectifs[0].libelle » → ["objectifs", 0, "libelle"]). */
function segments(nom: string): (string | number)[] {
  const r: (string | number)[] = [];
  for (const m of nom.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) r.push(m[2] !== undefined ? Number(m[2]) : m[1]!);
  return r;
}

/** Objet plat du FormData → objet imbriqué ; les trous d'un tableau (ligne retirée) sont resserrés. */
export function deplier(plat: Record<string, Valeur>): Record<string, unknown> {
  const racine: Record<string, unknown> = {};
  for (const [cle, valeur] of Object.entries(plat)) {
    const s = segments(cle);
    if (s.length === 0 || s.length > 8) continue;
    let noeud: Record<string | number, unknown> = racine;
    s.forEach((seg, i) => {
      if (i === s.length - 1) {
        noeud[seg] = valeur;
        return;
      }
      const suivant = s[i + 1];
      if (noeud[seg] === undefined || typeof noeud[seg] !== "object") noeud[seg] = typeof suivant === "number" ? [] : {};
      noeud = noeud[seg] as Record<string | number, unknown>;
    });
  }
  return resserrer(racine) as Record<string, unknown>;
}

function resserrer(v: unknown): unknown {
  if (Array.isArray(v)) return v.filter((x) => x !== undefined).map(resserrer);
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, resserrer(x)]));
  return v;
}
