import type { Metadata } from "next";
import Link from "@/components/ui/lien";
import { contextePage } from "@/lib/pages";
import { statistiquesAides } from "@/lib/aides/queries/statistiques-aides";
import { anneeEnCours, lireAnnee } from "@/lib/validation/annee";
import { Alerte } from "@/components/ui/alerte";
import { EnTetePage } from "@/components/ui/en-tete-page";
import { ChampTexte } from "@/components/ui/champs";
import { StatistiquesAides } from "@/components/aides/statistiques-aides";

export const metadata: Metadata = { title: "Aides financières : enveloppes et statistiques" };

export default async function PageStatistiquesAides({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  // année hors des années disponibles : la plus proche, et la page le dit
  const { annee, avis } = lireAnnee((await searchParams).annee, { min: 2015, max: anneeEnCours() });
  const stats = await statistiquesAides(await contextePage("tableaux-de-bord:lire"), annee);
  return (
    <>
      <nav aria-label="Fil d'Ariane" className="no-print mb-2 text-sm"><Link href="/aides" className="underline">Aides financières</Link></nav>
      <EnTetePage titre={`Aides financières ${annee} : enveloppes et statistiques`} sousTitre="Par fonds : chaque territoire face au département (nombre d'aides, total, montant moyen), enveloppe, versé et reste." />
      {avis ? <div className="mb-4"><Alerte>{avis}</Alerte></div> : null}
      <form className="no-print mb-4 flex items-end gap-4 rounded border border-gray-300 bg-white p-4" aria-label="Choisir l'année">
        <div className="w-40"><ChampTexte nom="annee" libelle="Année" type="number" min={2015} max={anneeEnCours()} defaultValue={String(annee)} /></div>
        <button type="submit" className="rounded bg-marque-700 px-4 py-2 text-sm font-semibold text-white">Afficher</button>
      </form>
      <StatistiquesAides {...stats} />
    </>
  );
}
