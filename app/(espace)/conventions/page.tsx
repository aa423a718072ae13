import type { Metadata } from "next";
import Link from "@/components/ui/lien";
import { contextePage } from "@/lib/pages";
import { peut } from "@/lib/authz/permissions";
import { listerConventions } from "@/lib/conventions/queries/lister-conventions";
import { schemaFiltresConventions } from "@/lib/conventions/schemas";
import { LIBELLES_STATUT } from "@/lib/conventions/domain/convention";
import { LIBELLES_TYPE_CONVENTION } from "@/lib/conventions/libelles";
import { formaterDate, formaterEuros } from "@/lib/format";
import { EnTetePage } from "@/components/ui/en-tete-page";
import { LienBouton } from "@/components/ui/bouton";
import { Tableau, Td } from "@/components/ui/tableau";
import { ThTriable } from "@/components/ui/pagination";
import { PaginationNumerotee } from "@/components/ui/pagination-numerotee";
import { Alerte } from "@/components/ui/alerte";
import { ChampSelection, ChampTexte } from "@/components/ui/champs";

export const metadata: Metadata = { title: "Conventions" };

export default async function PageConventions({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const contexte = await contextePage("conventions:lire");
  const filtres = schemaFiltresConventions.parse(await searchParams);
  const resultat = await listerConventions(contexte, filtres);
  const parametres = { q: filtres.q, statut: filtres.statut, type: filtres.type, retard: filtres.retard, annee: typeof filtres.annee === "number" ? String(filtres.annee) : undefined, tri: filtres.tri, ordre: filtres.ordre, taille: String(filtres.taille) };
  const tri = { tri: filtres.tri, ordre: filtres.ordre ?? (["debut", "montant", "mandate"].includes(filtres.tri) ? "desc" : "asc"), parametres, chemin: "/conventions" } as const;
  const exporter = (format: string) => `/conventions/export?${new URLSearchParams(Object.entries({ ...parametres, format }).filter((e): e is [string, string] => Boolean(e[1]))).toString()}`;
  return (
    <>
      <EnTetePage
        titre="Conventions et marchés"
        sousTitre="Subventions, marchés publics et accords-cadres avec les structures partenaires."
        actions={peut(contexte.acteur, "conventions:modifier") ? <LienBouton href="/conventions/nouvelle">Nouvelle convention</LienBouton> : null}
      />
      <form role="search" aria-label="Filtrer les conventions" className="no-print mb-4 flex flex-wrap items-end gap-4 rounded border border-gray-300 bg-white p-4">
        <div className="min-w-64 flex-1">
          <ChampTexte nom="q" libelle="Objet ou titulaire" type="search" defaultValue={filtres.q} />
        </div>
        <div className="min-w-56">
          <ChampSelection nom="statut" libelle="État" videLibelle="Tous" defaultValue={filtres.statut ?? ""} options={Object.entries(LIBELLES_STATUT).map(([valeur, libelle]) => ({ valeur, libelle }))} />
        </div>
        <div className="min-w-56">
          <ChampSelection nom="type" libelle="Type" videLibelle="Tous" defaultValue={filtres.type ?? ""} options={Object.entries(LIBELLES_TYPE_CONVENTION).map(([valeur, libelle]) => ({ valeur, libelle }))} />
        </div>
        <div className="w-32">
          <ChampTexte nom="annee" libelle="Année" inputMode="numeric" defaultValue={typeof filtres.annee === "number" ? String(filtres.annee) : ""} aide="Conventions en cours cette année-là." />
        </div>
        <div className="flex items-center gap-2 pb-2">
          <input type="checkbox" id="retard" name="retard" value="1" defaultChecked={filtres.retard === "1"} className="h-4 w-4" />
          <label htmlFor="retard" className="text-sm font-medium">Bilan final en retard</label>
        </div>
        <input type="hidden" name="taille" value={filtres.taille} />
        <button type="submit" className="rounded bg-marque-700 px-4 py-2 text-sm font-semibold text-white">
          Filtrer
        </button>
        <p className="ml-auto flex gap-3 text-sm">
          <a href={exporter("csv")} className="underline">Exporter en CSV</a>
          <a href={exporter("xlsx")} className="underline">Exporter en Excel</a>
        </p>
      </form>
      {filtres.annee === "invalide" ? (
        <div className="mb-4">
          <Alerte type="erreur" titre="Année hors de la période couverte">L&apos;année demandée n&apos;est pas une année entre 2000 et 2100 : la liste ci-dessous n&apos;est pas filtrée par année.</Alerte>
        </div>
      ) : null}
      {resultat.total === 0 ? (
        <p className="rounded border border-gray-300 bg-white p-4">Aucune convention ne correspond à ces critères.</p>
      ) : (
        <Tableau legende="Conventions">
          <thead>
            <tr>
              <ThTriable libelle="Objet" champ="objet" {...tri} />
              <ThTriable libelle="Titulaire" champ="titulaire" {...tri} />
              <ThTriable libelle="Période" champ="debut" {...tri} />
              <ThTriable libelle="État" champ="statut" {...tri} />
              <ThTriable libelle="Montant" champ="montant" {...tri} />
              <ThTriable libelle="Mandaté" champ="mandate" {...tri} />
            </tr>
          </thead>
          <tbody>
            {resultat.lignes.map((c) => (
              <tr key={c.id}>
                <Td>
                  <Link href={`/conventions/${c.id}`} className="underline">
                    {c.objet}
                  </Link>
                  <span className="block text-xs text-gray-700">{LIBELLES_TYPE_CONVENTION[c.type]}</span>
                </Td>
                <Td>{c.titulaire ?? "—"}</Td>
                <Td>
                  {formaterDate(c.dateDebut)} – {formaterDate(c.dateFin)}
                </Td>
                <Td>
                  {LIBELLES_STATUT[c.statut]}
                  {c.bilanEnRetard ? <span className="mt-1 block w-fit rounded bg-red-50 px-2 py-0.5 text-xs font-semibold text-erreur-700">Bilan final en retard</span> : null}
                </Td>
                <Td className="text-right whitespace-nowrap">{c.montantCourant === null ? "non communiqué" : formaterEuros(c.montantCourant)}</Td>
                <Td className="text-right whitespace-nowrap">{formaterEuros(c.mandate)}</Td>
              </tr>
            ))}
          </tbody>
        </Tableau>
      )}
      <PaginationNumerotee page={resultat.page} nombrePages={resultat.nombrePages} total={resultat.total} taillePage={filtres.taille} unite="convention" tailles={[25, 50, 100]} parametres={parametres} chemin="/conventions" />
    </>
  );
}
