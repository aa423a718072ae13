import Link from "@/components/ui/lien";
import { seDeconnecter } from "@/lib/auth/actions";

/** Bandeau de l'application : nom (lien vers l'accueil), ce qui l'accompagne à gauche et à droite, puis la navigation. */
export function EnTeteApplication({ sousTitre, droite, navigation }: { sousTitre?: React.ReactNode; droite: React.ReactNode; navigation?: React.ReactNode }) {
  return (
    <header className="no-print bg-marque-800 text-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <div>
          <Link href="/" className="text-lg font-bold">
            Pilote Insertion
          </Link>
          {sousTitre ? <p className="text-sm text-marque-100">{sousTitre}</p> : null}
        </div>
        {droite}
      </div>
      {navigation}
    </header>
  );
}

export function BoutonDeconnexion() {
  return (
    <form action={seDeconnecter}>
      <button type="submit" className="rounded border border-white px-3 py-1 text-sm hover:bg-marque-700">
        Se déconnecter
      </button>
    </form>
  );
}
