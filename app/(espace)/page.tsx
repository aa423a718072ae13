import type { Metadata } from "next";
import { contextePage } from "@/lib/pages";
import { syntheseAccueil } from "@/lib/accueil/queries/synthese-accueil";
import { Accueil } from "@/components/accueil/accueil";

export const metadata: Metadata = { title: "Accueil" };

export default async function PageAccueil() {
  const contexte = await contextePage();
  const synthese = await syntheseAccueil(contexte);
  return <Accueil acteur={contexte.acteur} synthese={synthese} />;
}
