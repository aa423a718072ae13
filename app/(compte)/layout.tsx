import Link from "next/link";
import { seDeconnecter } from "@/lib/auth/actions";

export const dynamic = "force-dynamic";

// Pages du compte de l'utilisateur, hors de l'espace principal : accessibles aussi à une session
// dont le second facteur exigé reste à configurer (l'espace principal y renvoie).
export default function CompteLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <header className="no-print bg-marque-800 text-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-4 px-4 py-3">
          <Link href="/" className="text-lg font-bold">
            Pilote Insertion
          </Link>
          <form action={seDeconnecter}>
            <button type="submit" className="rounded border border-white px-3 py-1 text-sm hover:bg-marque-700">
              Se déconnecter
            </button>
          </form>
        </div>
      </header>
      <main id="contenu" tabIndex={-1} className="mx-auto max-w-4xl px-4 py-6">
        {children}
      </main>
    </>
  );
}
