import Link from "@/components/ui/lien";
import { ChampSelection, ChampTexte } from "@/components/ui/champs";
import { CODES_PUBLICS, LIBELLES_PUBLICS, LIBELLES_VISEE } from "@/lib/catalogue/domain/libelles";
import type { FiltresCatalogue } from "@/lib/catalogue/schemas";

type Option = { valeur: string; libelle: string };

/** Formulaire GET : les filtres vivent dans l'URL (partageable, bouton retour, pagination serveur). */
/** `toutLeDepartement` : le choix « Tous » (tout le département) n'est offert qu'aux rôles du département. */
export function FormulaireRecherche({ filtres, options, toutLeDepartement = true }: { filtres: FiltresCatalogue; options: { territoires: Option[]; porteurs: Option[]; programmes: Option[]; freins: Option[] }; toutLeDepartement?: boolean }) {
  return (
    <form role="search" aria-label="Rechercher dans le catalogue" action="/catalogue" className="no-print mb-6 space-y-4 rounded border border-gray-300 bg-white p-4">
      <div className="flex flex-wrap items-end gap-4">
        <div className="min-w-72 flex-1">
          <ChampTexte nom="q" libelle="Rechercher une action" type="search" defaultValue={filtres.q} placeholder="ex. mobilité, garde d'enfants, santé mentale" aide="Mots de l'intitulé, des objectifs, du porteur ; accents facultatifs." />
        </div>
        <div className="min-w-56">
          <ChampSelection nom="tri" libelle="Trier par" defaultValue={filtres.tri} options={[
            { valeur: "pertinence", libelle: "Pertinence (ou code)" },
            { valeur: "intitule", libelle: "Intitulé" },
            { valeur: "code", libelle: "Code" },
            { valeur: "porteur", libelle: "Porteur" },
            { valeur: "places", libelle: "Places disponibles" },
            { valeur: "fin", libelle: "Date de fin" },
          ]} />
        </div>
      </div>
      <div className="grid gap-4 md:grid-cols-3">
        <ChampSelection nom="territoire" libelle="Territoire" videLibelle={toutLeDepartement ? "Tous" : undefined} defaultValue={filtres.territoire} options={options.territoires} />
        <ChampSelection nom="frein" libelle="Frein levé" videLibelle="Tous" defaultValue={filtres.frein} options={options.freins} />
        <ChampSelection nom="public" libelle="Public" videLibelle="Tous" defaultValue={filtres.public ?? ""} options={CODES_PUBLICS.map((c) => ({ valeur: c, libelle: LIBELLES_PUBLICS[c] }))} />
        <ChampSelection nom="visee" libelle="Visée" videLibelle="Toutes" defaultValue={filtres.visee ?? ""} options={Object.entries(LIBELLES_VISEE).map(([valeur, libelle]) => ({ valeur, libelle }))} />
        <ChampSelection nom="porteur" libelle="Porteur" videLibelle="Tous" defaultValue={filtres.porteur} options={options.porteurs} />
        <ChampSelection nom="programme" libelle="Programme" videLibelle="Tous" defaultValue={filtres.programme} options={options.programmes} />
      </div>
      <div className="flex flex-wrap items-center gap-6">
        <label className="flex items-center gap-2">
          <input type="checkbox" name="places" value="1" defaultChecked={filtres.places === "1"} className="h-5 w-5" />
          Avec des places disponibles
        </label>
        <label className="flex items-center gap-2">
          <input type="checkbox" name="suspendues" value="1" defaultChecked={filtres.suspendues === "1"} className="h-5 w-5" />
          Inclure les actions suspendues
        </label>
        <button type="submit" className="rounded bg-marque-700 px-4 py-2 text-sm font-semibold text-white hover:bg-marque-800">
          Rechercher
        </button>
        <Link href="/catalogue" className="text-sm underline">
          Effacer les filtres
        </Link>
      </div>
    </form>
  );
}
