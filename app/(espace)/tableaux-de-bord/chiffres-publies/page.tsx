import type { Metadata } from "next";
import Link from "@/components/ui/lien";
import { contextePage, ou404 } from "@/lib/pages";
import { enteteTableau } from "@/lib/tableaux-de-bord/queries/page-tableau";
import { schemaFiltresTableau } from "@/lib/tableaux-de-bord/queries/tableau-de-bord";
import { EnTetePage } from "@/components/ui/en-tete-page";
import { BoutonImprimer } from "@/components/catalogue/bouton-imprimer";
import { CarteChiffresPublies } from "@/components/chiffres-publies/carte-chiffres-publies";

export const metadata: Metadata = { title: "Chiffres publiés" };

/**
 * Tous les chiffres publiés d'un territoire (ou du département) et ce que l'application en recalcule :
 * activité du dispositif, photographie du territoire, baromètre social, évaluation des actions. Le tableau
 * de bord n'en montre que ce qui se compare ; un territoire hors du périmètre répond 404.
 */
export default async function PageChiffresPublies({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const parametres = await searchParams;
  const contexte = await contextePage("tableaux-de-bord:lire");
  const { portee } = await ou404(enteteTableau(contexte, schemaFiltresTableau.parse({ territoire: parametres.territoire })));
  const retour = `/tableaux-de-bord${portee.territoire ? `?territoire=${encodeURIComponent(portee.territoire.id)}` : ""}`;
  return (
    <>
      <nav aria-label="Fil d'Ariane" className="no-print mb-2 text-sm"><Link href={retour} className="underline">Tableau de bord · {portee.titre}</Link></nav>
      <EnTetePage
        titre={`Chiffres publiés · ${portee.titre}`}
        sousTitre="Les chiffres des documents sources, ligne citée, et à côté ce que l'application calcule sur ses données quand c'est possible."
        actions={<BoutonImprimer libelle="Imprimer" />}
      />
      {(await ou404(CarteChiffresPublies({ contexte, territoireId: portee.territoire?.id ?? null, complet: true }))) ?? (
        <p className="rounded border border-gray-300 bg-white p-4">Aucun chiffre publié n&apos;est chargé pour ce territoire.</p>
      )}
    </>
  );
}
