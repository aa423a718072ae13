import Link from "@/components/ui/lien";
import { formaterNombre } from "@/lib/format";

/** Pagination côté serveur : liens qui conservent les autres paramètres de l'URL. */
export function Pagination({ page, nombrePages, total, parametres, chemin }: { page: number; nombrePages: number; total: number; parametres: Record<string, string | undefined>; chemin: string }) {
  const lien = (p: number) => {
    const q = new URLSearchParams(Object.entries(parametres).filter((e): e is [string, string] => Boolean(e[1])));
    q.set("page", String(p));
    return `${chemin}?${q.toString()}`;
  };
  return (
    <nav aria-label="Pagination" className="no-print mt-4 flex flex-wrap items-center justify-between gap-2 text-sm">
      <p>
        {formaterNombre(total)} résultat{total > 1 ? "s" : ""} · page {page} sur {nombrePages}
      </p>
      <ul className="flex gap-2">
        <li>
          {page > 1 ? (
            <Link className="rounded border border-gray-400 bg-white px-3 py-1 underline" href={lien(page - 1)}>
              Page précédente
            </Link>
          ) : null}
        </li>
        <li>
          {page < nombrePages ? (
            <Link className="rounded border border-gray-400 bg-white px-3 py-1 underline" href={lien(page + 1)}>
              Page suivante
            </Link>
          ) : null}
        </li>
      </ul>
    </nav>
  );
}

/** En-tête de colonne triable : lien qui inverse l'ordre ; aria-sort indique le tri courant. */
export function ThTriable({ libelle, champ, tri, ordre, parametres, chemin }: { libelle: string; champ: string; tri: string; ordre: "asc" | "desc"; parametres: Record<string, string | undefined>; chemin: string }) {
  const actif = tri === champ;
  const prochainOrdre = actif && ordre === "asc" ? "desc" : "asc";
  const q = new URLSearchParams(Object.entries(parametres).filter((e): e is [string, string] => Boolean(e[1])));
  q.set("tri", champ);
  q.set("ordre", prochainOrdre);
  q.delete("page");
  return (
    <th scope="col" aria-sort={actif ? (ordre === "asc" ? "ascending" : "descending") : undefined} className="border-b border-gray-300 bg-gray-100 px-3 py-2 font-semibold">
      <Link href={`${chemin}?${q.toString()}`} className="underline">
        {libelle}
        {actif ? <span aria-hidden="true">{ordre === "asc" ? " ▲" : " ▼"}</span> : null}
        <span className="sr-only">{actif ? ` (trié ${ordre === "asc" ? "croissant" : "décroissant"})` : " (trier)"}</span>
      </Link>
    </th>
  );
}
