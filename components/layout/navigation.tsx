"use client";

import { useState } from "react";
import Link from "@/components/ui/lien";
import { usePathname } from "next/navigation";
import type { EntreeNavigation } from "@/lib/navigation";

/** Menu principal ; sur téléphone et tablette (< 768 px), replié derrière un bouton « Menu ». */
export function Navigation({ entrees }: { entrees: EntreeNavigation[] }) {
  const chemin = usePathname();
  const [ouvert, setOuvert] = useState(false);
  const [cheminOuvert, setCheminOuvert] = useState(chemin);
  // une navigation referme le menu
  if (cheminOuvert !== chemin) {
    setCheminOuvert(chemin);
    setOuvert(false);
  }
  const estActif = (href: string) => (href === "/" ? chemin === "/" : chemin === href || chemin.startsWith(`${href}/`));
  return (
    <nav aria-label="Navigation principale" className="bg-marque-700">
      <div className="mx-auto max-w-7xl px-4 md:hidden">
        <button
          type="button"
          aria-expanded={ouvert}
          aria-controls="menu-principal"
          onClick={() => setOuvert((o) => !o)}
          className="flex w-full items-center gap-2 py-2 text-left text-sm font-semibold text-white"
        >
          <span aria-hidden="true">{ouvert ? "✕" : "☰"}</span> Menu
        </button>
      </div>
      <ul id="menu-principal" className={`mx-auto max-w-7xl flex-col gap-1 px-4 pb-2 md:flex md:flex-row md:flex-wrap md:pb-0 ${ouvert ? "flex" : "hidden"}`}>
        {entrees.map((e) => (
          <li key={e.href}>
            <Link
              href={e.href}
              aria-current={estActif(e.href) ? "page" : undefined}
              className={`block px-3 py-2 text-sm text-white hover:bg-marque-800 ${estActif(e.href) ? "border-b-4 border-white font-semibold" : ""}`}
            >
              {e.libelle}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
