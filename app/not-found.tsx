import Link from "@/components/ui/lien";

export default function PageIntrouvable() {
  return (
    <main id="contenu" className="mx-auto mt-16 max-w-xl px-4">
      <div className="rounded border border-gray-300 bg-white p-8">
        <h1 className="text-2xl font-bold text-marque-800">Page introuvable</h1>
        <p className="mt-4">
          Cette page n&apos;existe pas, ou elle ne fait pas partie de votre périmètre. Si vous pensez devoir y accéder, contactez
          l&apos;administrateur fonctionnel de votre département.
        </p>
        <p className="mt-6">
          <Link href="/" className="font-semibold underline">
            Revenir à l&apos;accueil
          </Link>
        </p>
      </div>
    </main>
  );
}
