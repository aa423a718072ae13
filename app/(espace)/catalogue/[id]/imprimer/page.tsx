import type { Metadata } from "next";
import Link from "@/components/ui/lien";
import { contextePage, ou404 } from "@/lib/pages";
import { ficheCatalogue } from "@/lib/catalogue/queries/fiche-catalogue";
import { formaterDate } from "@/lib/format";
import { FicheAction } from "@/components/catalogue/fiche-action";
import { BoutonImprimer } from "@/components/catalogue/bouton-imprimer";

export const metadata: Metadata = { title: "Fiche imprimable" };

export default async function PageFicheImprimable({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { action, freins } = await ou404(ficheCatalogue(await contextePage("catalogue:lire"), id));
  return (
    <article className="mx-auto max-w-4xl bg-white p-6 print:p-0">
      <div className="no-print mb-4 flex justify-between">
        <Link href={`/catalogue/${action.id}`} className="underline">
          Revenir à l&apos;action
        </Link>
        <BoutonImprimer />
      </div>
      <p className="text-sm text-gray-700">Catalogue de l&apos;offre d&apos;insertion · fiche éditée le {formaterDate(new Date())}</p>
      <h1 className="mb-4 text-2xl font-bold text-marque-800">
        {action.code} — {action.intitule}
      </h1>
      <FicheAction action={action} freins={freins} liens={false} />
    </article>
  );
}
