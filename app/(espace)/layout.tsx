import Link from "next/link";
import { contextePage } from "@/lib/pages";
import { seDeconnecter } from "@/lib/auth/actions";
import { LIBELLES_ROLES } from "@/lib/authz/acteur";
import { navigationPour } from "@/lib/navigation";
import { nomDepartement } from "@/lib/referentiels/queries/nom-departement";
import { Navigation } from "@/components/layout/navigation";

export const dynamic = "force-dynamic";

export default async function EspaceLayout({ children }: { children: React.ReactNode }) {
  const contexte = await contextePage();
  const { acteur } = contexte;
  const departement = await nomDepartement(contexte);
  return (
    <>
      <a href="#contenu" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2 focus:underline">
        Aller au contenu
      </a>
      <header className="no-print bg-marque-800 text-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-4 px-4 py-3">
          <div>
            <Link href="/" className="text-lg font-bold">
              Pilote Insertion
            </Link>
            <p className="text-sm text-marque-100">{departement.nom}</p>
          </div>
          <div className="flex items-center gap-4 text-sm">
            <p>
              <span className="font-semibold">{acteur.nomComplet}</span>
              <span className="block text-marque-100">{LIBELLES_ROLES[acteur.role]}</span>
            </p>
            <Link href="/compte/securite" className="underline hover:no-underline">
              Mon compte
            </Link>
            <form action={seDeconnecter}>
              <button type="submit" className="rounded border border-white px-3 py-1 hover:bg-marque-700">
                Se déconnecter
              </button>
            </form>
          </div>
        </div>
        <Navigation entrees={navigationPour(acteur)} />
      </header>
      <main id="contenu" tabIndex={-1} className="mx-auto max-w-7xl px-4 py-6">
        {children}
      </main>
    </>
  );
}
