import type { Metadata } from "next";
import Link from "@/components/ui/lien";
import { contextePage } from "@/lib/pages";
import { lireParametres } from "@/lib/droits-devoirs/queries/lire-parametres";
import { EnTetePage } from "@/components/ui/en-tete-page";
import { FormulaireParametres } from "@/components/droits-devoirs/formulaire-parametres";

export const metadata: Metadata = { title: "Paramètres des droits et devoirs" };

export default async function PageParametres() {
  const valeurs = await lireParametres(await contextePage("droits-devoirs:parametrer"));
  return (
    <>
      <nav aria-label="Fil d'Ariane" className="no-print mb-2 text-sm"><Link href="/commissions" className="underline">Commissions</Link></nav>
      <EnTetePage titre="Paramètres des droits et devoirs" sousTitre="Délais et seuils des déclencheurs, propres au département." />
      <FormulaireParametres valeurs={{ ...valeurs }} />
    </>
  );
}
