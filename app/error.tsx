"use client";

import Link from "@/components/ui/lien";

/** Erreur inattendue : message générique et référence ; le détail reste dans les journaux du serveur. */
export default function PageErreur({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="contenu" className="mx-auto mt-16 max-w-xl px-4">
      <div className="rounded border border-gray-300 bg-white p-8" role="alert">
        <h1 className="text-2xl font-bold text-marque-800">Une erreur est survenue</h1>
        <p className="mt-4">L&apos;opération n&apos;a pas pu aboutir. Aucune donnée n&apos;a été enregistrée à moitié : vous pouvez réessayer.</p>
        {error.digest ? (
          <p className="mt-2 text-sm text-gray-700">
            Référence à communiquer au support : <span className="font-mono">{error.digest}</span>
          </p>
        ) : null}
        <div className="mt-6 flex gap-4">
          <button type="button" onClick={reset} className="rounded bg-marque-700 px-4 py-2 text-sm font-semibold text-white">
            Réessayer
          </button>
          <Link href="/" className="px-4 py-2 font-semibold underline">
            Revenir à l&apos;accueil
          </Link>
        </div>
      </div>
    </main>
  );
}
