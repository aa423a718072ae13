import Link from "next/link";
import { formaterNombre } from "@/lib/format";

/** Pages à afficher : la première, la dernière, et deux de part et d'autre de la page courante. */
export function pagesVisibles(page: number, nombrePages: number): (number | "…")[] {
  const r: (number | "…")[] = [];
  for (let p = 1; p <= nombrePages; p++) {
    if (p === 1 || p === nombrePages || Math.abs(p - page) <= 2) r.push(p);
    else if (r.at(-1) !== "…") r.push("…");
  }
  return r;
}

/** Pagination numérotée avec choix de la taille de page ; les liens gardent les filtres et le tri. */
export function PaginationNumerotee({ page, nombrePages, total, taille, tailles, parametres, chemin }: { page: number; nombrePages: number; total: number; taille: number; tailles: readonly number[]; parametres: Record<string, string | undefined>; chemin: string }) {
  const lien = (changes: Record<string, string>) => {
    const q = new URLSearchParams(Object.entries({ ...parametres, ...changes }).filter((e): e is [string, string] => Boolean(e[1])));
    return `${chemin}?${q.toString()}`;
  };
  return (
    <nav aria-label="Pagination" className="no-print mt-4 flex flex-wrap items-center justify-between gap-3 text-sm">
      <p>
        {formaterNombre(total)} résultat{total > 1 ? "s" : ""} · page {page} sur {nombrePages}
      </p>
      <ul className="flex flex-wrap items-center gap-1">
        {pagesVisibles(page, nombrePages).map((p, i) =>
          p === "…" ? (
            <li key={`e${i}`} aria-hidden="true" className="px-2">…</li>
          ) : (
            <li key={p}>
              <Link href={lien({ page: String(p), taille: String(taille) })} aria-current={p === page ? "page" : undefined} aria-label={`Page ${p}`} className={`block rounded border px-3 py-1 ${p === page ? "border-marque-700 bg-marque-700 font-semibold text-white" : "border-gray-400 bg-white underline"}`}>
                {p}
              </Link>
            </li>
          ),
        )}
      </ul>
      <p className="flex items-center gap-2">
        <span>Par page :</span>
        {tailles.map((t) =>
          t === taille ? (
            <span key={t} className="font-semibold" aria-current="true">{t}</span>
          ) : (
            <Link key={t} href={lien({ taille: String(t), page: "1" })} className="underline" aria-label={`${t} par page`}>{t}</Link>
          ),
        )}
      </p>
    </nav>
  );
}
