import type { Metadata } from "next";
import { Suspense } from "react";
import { contextePage, ou404 } from "@/lib/pages";
import { bornesAnneeTableau, schemaFiltresTableau } from "@/lib/tableaux-de-bord/queries/tableau-de-bord";
import { lireAnnee } from "@/lib/validation/annee";
import { Alerte } from "@/components/ui/alerte";
import { enteteTableau } from "@/lib/tableaux-de-bord/queries/page-tableau";
import { formaterDateHeure } from "@/lib/format";
import { EnTetePage } from "@/components/ui/en-tete-page";
import { ChampSelection, ChampTexte } from "@/components/ui/champs";
import {
  CarteBudget,
  CarteChiffresCles,
  CarteEnAttente,
  CarteEntrees,
  CarteFluxCaf,
  CarteOffre,
  CartePyramide,
  CarteReferences,
  CarteRepartitions,
  CarteResultats,
} from "@/components/tableaux-de-bord/cartes";
import { BoutonImprimer } from "@/components/catalogue/bouton-imprimer";
import { CarteChiffresPublies } from "@/components/chiffres-publies/carte-chiffres-publies";

export const metadata: Metadata = { title: "Tableau de bord" };

/** En-tête (portée, filtres) tout de suite, puis chaque carte en flux dès que sa requête répond. */
export default async function PageTableauDeBord({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const parametres = await searchParams;
  const filtres = schemaFiltresTableau.parse(parametres);
  // une année hors des années disponibles : la page le dit (un territoire hors périmètre : 404)
  const { avis } = lireAnnee(parametres.annee, bornesAnneeTableau());
  const contexte = await contextePage("tableaux-de-bord:lire");
  const { portee, territoires, rafraichissement } = await ou404(enteteTableau(contexte, filtres));
  // un rôle de territoire ne se voit pas proposer « Tout le département » : il n'y a pas accès
  const toutLeDepartement = contexte.acteur.role !== "RESPONSABLE_TERRITOIRE" && contexte.acteur.role !== "REFERENT";
  const requete = new URLSearchParams({ ...(portee.territoire ? { territoire: portee.territoire.id } : {}), annee: String(portee.annee) }).toString();
  const props = { contexte, portee, comparer: filtres.comparer };
  const bascule = new URLSearchParams({ ...(portee.territoire ? { territoire: portee.territoire.id } : {}), annee: String(portee.annee), ...(filtres.comparer ? {} : { comparer: "1" }) }).toString();
  return (
    <>
      <EnTetePage
        titre={`Tableau de bord · ${portee.titre}${filtres.comparer ? ` · ${portee.annee} comparé à ${portee.annee - 1}` : ""}`}
        sousTitre={rafraichissement ? `Population au ${formaterDateHeure(rafraichissement.rafraichi_le)} ; âges au 31/12/2023, date des fiches des pôles ; les autres chiffres datent d'une minute au plus.` : "Les chiffres de population ne sont pas encore disponibles : ils sont recalculés chaque nuit."}
        actions={
          <>
            <a className="rounded border border-marque-700 bg-white px-3 py-2 text-sm font-semibold text-marque-700 underline" href={`/tableaux-de-bord?${bascule}`}>{filtres.comparer ? "Ne plus comparer" : "Comparer avec l'année précédente"}</a>
            <BoutonImprimer libelle="Imprimer" />
            {portee.territoire ? null : <a className="rounded border border-marque-700 bg-white px-3 py-2 text-sm font-semibold text-marque-700 underline" href={`/tableaux-de-bord/territoires?annee=${portee.annee}`}>Comparer les territoires</a>}
            <a className="rounded border border-marque-700 bg-white px-3 py-2 text-sm font-semibold text-marque-700 underline" href={`/tableaux-de-bord/export?${requete}&format=csv`}>Exporter en CSV</a>
            <a className="rounded border border-marque-700 bg-white px-3 py-2 text-sm font-semibold text-marque-700 underline" href={`/tableaux-de-bord/export?${requete}&format=xlsx`}>Exporter en Excel</a>
          </>
        }
      />
      {avis ? <div className="mb-4"><Alerte>{avis}</Alerte></div> : null}
      <form className="no-print mb-6 flex flex-wrap items-end gap-4 rounded border border-gray-300 bg-white p-4" aria-label="Choisir le territoire et la période">
        <div className="min-w-80">
          <ChampSelection nom="territoire" libelle="Territoire" videLibelle={toutLeDepartement ? "Tout le département" : undefined} defaultValue={portee.territoire?.id ?? ""} options={territoires} />
        </div>
        <div className="w-40">
          <ChampTexte nom="annee" libelle="Année des flux" inputMode="numeric" defaultValue={String(portee.annee)} aide="Entrées, délais, sorties ; exercice du budget comparé." />
        </div>
        <div className="flex items-center gap-2 pb-2">
          <input type="checkbox" id="comparer" name="comparer" value="1" defaultChecked={filtres.comparer} className="h-4 w-4" />
          <label htmlFor="comparer" className="text-sm font-medium">Comparer avec l&apos;année précédente</label>
        </div>
        <button type="submit" className="rounded bg-marque-700 px-4 py-2 text-sm font-semibold text-white">Afficher</button>
      </form>

      <div className="space-y-6 print:space-y-4">
        <Suspense fallback={<CarteEnAttente titre="Chiffres clés" />}>
          <CarteChiffresCles {...props} />
        </Suspense>
        <Suspense fallback={<CarteEnAttente titre="Chiffres publiés" />}>
          <CarteChiffresPublies contexte={contexte} territoireId={portee.territoire?.id ?? null} />
        </Suspense>
        <Suspense fallback={null}>
          <CarteReferences {...props} />
        </Suspense>
        <Suspense fallback={<CarteEnAttente titre="Âge et sexe" />}>
          <CartePyramide {...props} />
        </Suspense>
        <Suspense fallback={<CarteEnAttente titre="Ouvertures de droits par mois" />}>
          <CarteEntrees {...props} />
        </Suspense>
        <Suspense fallback={<CarteEnAttente titre="Entrées et sorties des flux CAF / MSA" />}>
          <CarteFluxCaf {...props} />
        </Suspense>
        <Suspense fallback={<CarteEnAttente titre="Situation familiale, formation, ancienneté" />}>
          <CarteRepartitions {...props} />
        </Suspense>
        <Suspense fallback={<CarteEnAttente titre="Offre d'insertion du territoire" />}>
          <CarteOffre {...props} />
        </Suspense>
        <Suspense fallback={<CarteEnAttente titre="Résultats des conventions" />}>
          <CarteResultats {...props} />
        </Suspense>
        {portee.territoire ? null : (
          <Suspense fallback={<CarteEnAttente titre="Budget" />}>
            <CarteBudget {...props} />
          </Suspense>
        )}
      </div>
    </>
  );
}
