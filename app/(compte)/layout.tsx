import { BoutonDeconnexion, EnTeteApplication } from "@/components/layout/en-tete";

export const dynamic = "force-dynamic";

// Pages du compte de l'utilisateur, hors de l'espace principal : accessibles aussi à une session
// dont le second facteur exigé reste à configurer (l'espace principal y renvoie).
export default function CompteLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <EnTeteApplication droite={<BoutonDeconnexion />} />
      <main id="contenu" tabIndex={-1} className="mx-auto max-w-4xl px-4 py-6">
        {children}
      </main>
    </>
  );
}
