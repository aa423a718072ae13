import Link from "@/components/ui/lien";
import { formaterNombre } from "@/lib/format";

type Parametres = Record<string, string | number | undefined>;

function lienAvec(chemin: string, parametres: Parametres, changements: Parametres): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...parametres, ...changements })) if (v !== undefined && v !== "") q.set(k, String(v));
  return `${chemin}?${q.toString()}`;
}

/** Numéros affichés : la première, la dernière, et deux de part et d'autre de la page courante. */
export function numerosAffiches(page: number, nombrePages: number): (number | "…")[] {
  const garder = new Set([1, nombrePages, page - 2, page - 1, page, page + 1, page + 2].filter((p) => p >= 1 && p <= nombrePages));
  const tries = [...garder].sort((a, b) => a - b);
  const resultat: (number | "…")[] = [];
  for (const [i, p] of tries.entries()) {
    if (i > 0 && p - tries[i - 1]! > 1) resultat.push("…");
    resultat.push(p);
  }
  return resultat;
}

/** Pagination numérotée côté serveur, avec le choix du nombre de lignes par page ; conserve les filtres et le tri. */
export function PaginationNumerotee({
  page,
  nombrePages,
  total,
  taillePage,
  tailles,
  parametres,
  chemin,
  unite = "résultat",
}: {
  page: number;
  nombrePages: number;
  total: number;
  taillePage: number;
  tailles: readonly number[];
  parametres: Parametres;
  chemin: string;
  /** ce que l'on compte, au singulier : « personne », « prescription »… */
  unite?: string;
}) {
  const classe = "inline-block min-w-10 rounded border border-gray-400 bg-white px-3 py-2 text-center underline";
  return (
    <div className="no-print mt-4 flex flex-wrap items-center justify-between gap-3 text-sm">
      <p>
        {formaterNombre(total)} {unite}{total > 1 ? "s" : ""} · page {formaterNombre(page)} sur {formaterNombre(nombrePages)}
      </p>
      {nombrePages > 1 ? (
        <nav aria-label="Pagination">
          <ul className="flex flex-wrap items-center gap-1">
            {page > 1 ? (
              <li>
                <Link className={classe} href={lienAvec(chemin, parametres, { page: page - 1 })}>
                  <span aria-hidden="true">‹</span> Précédente
                </Link>
              </li>
            ) : null}
            {numerosAffiches(page, nombrePages).map((p, i) =>
              p === "…" ? (
                <li key={`e${i}`} aria-hidden="true" className="px-1">
                  …
                </li>
              ) : (
                <li key={p}>
                  {p === page ? (
                    <span aria-current="page" className="inline-block min-w-10 rounded border border-marque-800 bg-marque-800 px-3 py-2 text-center font-semibold text-white">
                      <span className="sr-only">Page </span>
                      {formaterNombre(p)}
                    </span>
                  ) : (
                    <Link className={classe} href={lienAvec(chemin, parametres, { page: p })}>
                      <span className="sr-only">Page </span>
                      {formaterNombre(p)}
                    </Link>
                  )}
                </li>
              ),
            )}
            {page < nombrePages ? (
              <li>
                <Link className={classe} href={lienAvec(chemin, parametres, { page: page + 1 })}>
                  Suivante <span aria-hidden="true">›</span>
                </Link>
              </li>
            ) : null}
          </ul>
        </nav>
      ) : null}
      <nav aria-label="Nombre de lignes par page">
        <ul className="flex items-center gap-1">
          <li aria-hidden="true">Par page :</li>
          {tailles.map((t) => (
            <li key={t}>
              {t === taillePage ? (
                <span aria-current="true" className="inline-block rounded border border-marque-800 bg-marque-800 px-3 py-2 font-semibold text-white">
                  {t}
                  <span className="sr-only"> lignes par page</span>
                </span>
              ) : (
                <Link className="inline-block rounded border border-gray-400 bg-white px-3 py-2 underline" href={lienAvec(chemin, parametres, { taille: t, page: 1 })}>
                  {t}
                  <span className="sr-only"> lignes par page</span>
                </Link>
              )}
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
