import type { Metadata } from "next";
import Link from "@/components/ui/lien";
import { z } from "zod";
import { contextePage, ou404 } from "@/lib/pages";
import { comparerTerritoires } from "@/lib/tableaux-de-bord/queries/comparer-territoires";
import { carteEnCache } from "@/lib/tableaux-de-bord/cache-cartes";
import { bornesAnneeTableau } from "@/lib/tableaux-de-bord/queries/tableau-de-bord";
import { filtreAnnee, lireAnnee } from "@/lib/validation/annee";
import { Alerte } from "@/components/ui/alerte";
import { COLONNES_COMPARAISON } from "@/lib/tableaux-de-bord/domain/comparaison";
import { EnTetePage } from "@/components/ui/en-tete-page";
import { ChampTexte } from "@/components/ui/champs";
import { BoutonImprimer } from "@/components/catalogue/bouton-imprimer";
import { ComparaisonTerritoires } from "@/components/tableaux-de-bord/comparaison-territoires";

export const metadata: Metadata = { title: "Territoires comparés" };

// gardé en mémoire par version des agrégats (lib/tableaux-de-bord/cache-cartes.ts)
const comparerEnCache = carteEnCache("comparerTerritoires", comparerTerritoires);

const schema = z.object({
  annee: filtreAnnee(bornesAnneeTableau),
  tri: z.enum(["territoire", ...COLONNES_COMPARAISON.map((c) => c.cle)] as [string, ...string[]]).catch("territoire"),
  ordre: z.enum(["asc", "desc"]).catch("asc"),
});

export default async function PageComparaisonTerritoires({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const parametres = await searchParams;
  const f = schema.parse(parametres);
  const { avis } = lireAnnee(parametres.annee, bornesAnneeTableau());
  const r = await ou404(comparerEnCache(await contextePage("tableaux-de-bord:lire"), f.annee, f.tri as Parameters<typeof comparerTerritoires>[2], f.ordre));
  return (
    <>
      <nav aria-label="Fil d'Ariane" className="no-print mb-2 text-sm"><Link href="/tableaux-de-bord" className="underline">Tableau de bord</Link></nav>
      <EnTetePage
        titre={`Territoires comparés · ${r.annee}`}
        sousTitre={`Chaque pôle d'insertion ou commission RSA côte à côte ; flux de ${r.annee} et de ${r.annee - 1}. Cliquez un en-tête pour trier.`}
        actions={<BoutonImprimer libelle="Imprimer" />}
      />
      {avis ? <div className="mb-4"><Alerte>{avis}</Alerte></div> : null}
      <form className="no-print mb-4 flex items-end gap-4 rounded border border-gray-300 bg-white p-4" aria-label="Choisir l'année">
        <div className="w-40"><ChampTexte nom="annee" libelle="Année" inputMode="numeric" defaultValue={String(r.annee)} aide={`Comparée à ${r.annee - 1}.`} /></div>
        <input type="hidden" name="tri" value={r.tri} />
        <input type="hidden" name="ordre" value={r.ordre} />
        <button type="submit" className="rounded bg-marque-700 px-4 py-2 text-sm font-semibold text-white">Afficher</button>
      </form>
      <ComparaisonTerritoires {...r} />
      <p className="mt-2 text-sm text-gray-700">Valeurs publiées : fiches des pôles du PDI 2024-2026 (D2 partie 3, décembre 2023). Contractualisation calculée : demandeurs et conjoints sous contrat en cours. Coûts par parcours et par sortie positive : toutes les conventions qui ont un montant (comme la carte « Résultats des conventions »), montant imputé à chaque territoire au prorata des parcours de ses habitants, divisé par ces parcours ou par leurs sorties dynamiques.</p>
    </>
  );
}
