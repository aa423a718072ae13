"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { EntreeNavigation } from "@/lib/navigation";

export function Navigation({ entrees }: { entrees: EntreeNavigation[] }) {
  const chemin = usePathname();
  const estActif = (href: string) => (href === "/" ? chemin === "/" : chemin === href || chemin.startsWith(`${href}/`));
  return (
    <nav aria-label="Navigation principale" className="bg-marque-700">
      <ul className="mx-auto flex max-w-7xl flex-wrap gap-1 px-4">
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
