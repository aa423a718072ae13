import type { Metadata } from "next";
import Link from "@/components/ui/lien";
import { lienDeMotDePasse } from "@/lib/auth/queries/compte-du-lien";
import { definirMotDePasseAction } from "@/lib/auth/actions-compte";
import { Alerte } from "@/components/ui/alerte";
import { FormulaireMotDePasse } from "@/components/compte/formulaire-mot-de-passe";

export const metadata: Metadata = { title: "Choisir un mot de passe", referrer: "no-referrer" };
export const dynamic = "force-dynamic";

export default async function PageMotDePasseParLien({ params }: { params: Promise<{ jeton: string }> }) {
  const { jeton } = await params;
  const lien = await lienDeMotDePasse(jeton);
  return (
    <main id="contenu" className="mx-auto mt-16 max-w-md px-4">
      <div className="rounded border border-gray-300 bg-white p-8 shadow-sm">
        <p className="text-sm font-semibold uppercase tracking-wide text-marque-700">Pilote Insertion</p>
        <h1 className="mb-6 text-2xl font-bold text-marque-800">Choisir un mot de passe</h1>
        {lien ? (
          <>
            <p className="mb-4">
              Compte : <strong>{lien.utilisateur.courriel}</strong>. Ce lien ne sert qu&apos;une fois ; vos sessions ouvertes seront fermées.
            </p>
            <FormulaireMotDePasse action={definirMotDePasseAction} jeton={jeton} courriel={lien.utilisateur.courriel} />
          </>
        ) : (
          <Alerte type="erreur" titre="Ce lien n'est plus valable">
            Il a déjà servi ou a expiré. Demandez-en un nouveau à l&apos;administrateur fonctionnel de votre département.{" "}
            <Link href="/connexion" className="underline">
              Retour à la connexion
            </Link>
          </Alerte>
        )}
      </div>
    </main>
  );
}
