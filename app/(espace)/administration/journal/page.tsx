import type { Metadata } from "next";
import Link from "@/components/ui/lien";
import { contextePage } from "@/lib/pages";
import { journalEnMots, schemaFiltresJournalEnMots } from "@/lib/administration/queries/journal-en-mots";
import { LIBELLES_OBJETS, LIBELLES_OPERATIONS } from "@/lib/administration/domain/journal-en-mots";
import { formaterDateHeure } from "@/lib/format";
import { EnTetePage } from "@/components/ui/en-tete-page";
import { Tableau, Td, Th } from "@/components/ui/tableau";
import { Pagination } from "@/components/ui/pagination";
import { ChampSelection, ChampTexte } from "@/components/ui/champs";

export const metadata: Metadata = { title: "Journal d'audit" };

const iso = (d: Date | undefined) => (d ? d.toISOString().slice(0, 10) : "");

export default async function PageJournal({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const filtres = schemaFiltresJournalEnMots.parse(await searchParams);
  const { page, utilisateurs } = await journalEnMots(await contextePage("journal:lire"), filtres);
  const parametres = { operation: filtres.operation, entite: filtres.entite, utilisateur: filtres.utilisateur, du: iso(filtres.du), au: iso(filtres.au) };
  return (
    <>
      <EnTetePage titre="Journal d'audit" sousTitre="Qui a lu ou modifié quoi, et quand. Toute lecture d'un dossier individuel et toute écriture y figurent." />
      <form role="search" aria-label="Filtrer le journal" className="no-print mb-4 grid gap-4 rounded border border-gray-300 bg-white p-4 sm:grid-cols-2 lg:grid-cols-[repeat(5,minmax(0,1fr))_auto] lg:items-end">
        <ChampSelection nom="utilisateur" libelle="Utilisateur" videLibelle="Tous" defaultValue={filtres.utilisateur ?? ""} options={utilisateurs} />
        <ChampSelection nom="entite" libelle="Objet" videLibelle="Tous" defaultValue={filtres.entite ?? ""} options={Object.entries(LIBELLES_OBJETS).map(([valeur, o]) => ({ valeur, libelle: o.nom.charAt(0).toUpperCase() + o.nom.slice(1) }))} />
        <ChampSelection nom="operation" libelle="Opération" videLibelle="Toutes" defaultValue={filtres.operation ?? ""} options={Object.entries(LIBELLES_OPERATIONS).map(([valeur, libelle]) => ({ valeur, libelle }))} />
        <ChampTexte nom="du" libelle="Du" type="date" defaultValue={iso(filtres.du)} />
        <ChampTexte nom="au" libelle="Au" type="date" defaultValue={iso(filtres.au)} />
        <button type="submit" className="rounded bg-marque-700 px-4 py-2 text-sm font-semibold text-white">
          Filtrer
        </button>
      </form>
      <Tableau legende="Entrées du journal d'audit, les plus récentes d'abord">
        <thead>
          <tr>
            <Th>Date</Th>
            <Th>Ce qui a été fait</Th>
            <Th>Opération</Th>
            <Th>Adresse IP</Th>
          </tr>
        </thead>
        <tbody>
          {page.lignes.map((l) => (
            <tr key={l.id}>
              <Td className="whitespace-nowrap">{formaterDateHeure(l.createdAt)}</Td>
              <Td>{l.lien ? <Link href={l.lien} className="underline">{l.phrase}</Link> : l.phrase}</Td>
              <Td>{l.operation}</Td>
              <Td>{l.ip ?? "—"}</Td>
            </tr>
          ))}
        </tbody>
      </Tableau>
      <Pagination page={page.page} nombrePages={page.nombrePages} total={page.total} parametres={parametres} chemin="/administration/journal" />
    </>
  );
}
