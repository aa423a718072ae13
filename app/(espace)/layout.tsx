import Link from "@/components/ui/lien";
import { contextePage } from "@/lib/pages";
import { LIBELLES_ROLES } from "@/lib/authz/acteur";
import { navigationPour } from "@/lib/navigation";
import { nomDepartement } from "@/lib/referentiels/queries/nom-departement";
import { Navigation } from "@/components/layout/navigation";
import { BoutonDeconnexion, EnTeteApplication } from "@/components/layout/en-tete";

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
      <EnTeteApplication
        sousTitre={departement.nom}
        droite={
          <div className="flex items-center gap-4 text-sm">
            <p>
              <span className="font-semibold">{acteur.nomComplet}</span>
              <span className="block text-marque-100">{LIBELLES_ROLES[acteur.role]}</span>
            </p>
            <Link href="/compte/securite" className="underline hover:no-underline">
              Mon compte
            </Link>
            <BoutonDeconnexion />
          </div>
        }
        navigation={<Navigation entrees={navigationPour(acteur)} />}
      />
      <main id="contenu" tabIndex={-1} className="mx-auto max-w-7xl px-4 py-6">
        {children}
      </main>
    </>
  );
}
