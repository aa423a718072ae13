import type { Metadata } from "next";
import Link from "@/components/ui/lien";
import { contextePage, ou404 } from "@/lib/pages";
import { ficheCatalogue } from "@/lib/catalogue/queries/fiche-catalogue";
import { EnTetePage } from "@/components/ui/en-tete-page";
import { LienBouton } from "@/components/ui/bouton";
import { Alerte } from "@/components/ui/alerte";
import { FicheAction } from "@/components/catalogue/fiche-action";
import { FormulaireSuspension } from "@/components/catalogue/formulaire-suspension";
import { resultatsPublies } from "@/lib/chiffres-publies/queries/resultats-publies";
import { ResultatsPublies } from "@/components/chiffres-publies/resultats-publies";

export const metadata: Metadata = { title: "Action d'insertion" };

export default async function PageAction({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ enregistre?: string }> }) {
  const [{ id }, { enregistre }] = await Promise.all([params, searchParams]);
  const contexte = await contextePage("catalogue:lire");
  const { action, freins } = await ou404(ficheCatalogue(contexte, id));
  const resultats = await resultatsPublies(contexte, { actionId: action.id });
  return (
    <>
      <nav aria-label="Fil d'Ariane" className="no-print mb-2 text-sm">
        <Link href="/catalogue" className="underline">
          Catalogue
        </Link>
      </nav>
      <EnTetePage
        titre={`${action.code} — ${action.intitule}`}
        sousTitre={action.porteur?.nom ?? "Plusieurs porteurs ou régie départementale"}
        actions={
          <>
            <LienBouton href={`/catalogue/${action.id}/imprimer`} variante="secondaire">
              Fiche imprimable
            </LienBouton>
            {action.modifiable ? <LienBouton href={`/catalogue/${action.id}/modifier`}>Modifier</LienBouton> : null}
          </>
        }
      />
      {enregistre ? (
        <div className="mb-4">
          <Alerte type="succes">Action enregistrée.</Alerte>
        </div>
      ) : null}
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <FicheAction action={action} freins={freins} />
        {action.modifiable ? (
          <aside>
            <FormulaireSuspension id={action.id} suspendue={action.suspendue} />
          </aside>
        ) : null}
      </div>
      <div className="mt-8">
        <ResultatsPublies blocs={resultats} />
      </div>
    </>
  );
}
