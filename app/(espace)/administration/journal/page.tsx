import type { Metadata } from "next";
import { contextePage } from "@/lib/pages";
import { listerJournal, schemaFiltresJournal } from "@/lib/administration/queries/lister-journal";
import { formaterDateHeure } from "@/lib/format";
import { EnTetePage } from "@/components/ui/en-tete-page";
import { Tableau, Td, Th } from "@/components/ui/tableau";
import { Pagination } from "@/components/ui/pagination";
import { ChampSelection } from "@/components/ui/champs";

export const metadata: Metadata = { title: "Journal d'audit" };

const OPERATIONS = ["LECTURE", "CREATION", "MODIFICATION", "SUPPRESSION", "EXPORT", "IMPORT", "CONNEXION", "ECHEC_CONNEXION", "DECONNEXION"];
const LIBELLES: Record<string, string> = {
  LECTURE: "Lecture",
  CREATION: "Création",
  MODIFICATION: "Modification",
  SUPPRESSION: "Suppression",
  EXPORT: "Export",
  IMPORT: "Import d'un fichier d'allocataires",
  CONNEXION: "Connexion",
  ECHEC_CONNEXION: "Échec de connexion",
  DECONNEXION: "Déconnexion",
};

export default async function PageJournal({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const filtres = schemaFiltresJournal.parse(await searchParams);
  const resultat = await listerJournal(await contextePage("journal:lire"), filtres);
  return (
    <>
      <EnTetePage titre="Journal d'audit" sousTitre="Qui a lu ou modifié quoi, et quand. Toute lecture d'un dossier individuel et toute écriture y figurent." />
      <form role="search" aria-label="Filtrer le journal" className="no-print mb-4 flex items-end gap-4 rounded border border-gray-300 bg-white p-4">
        <div className="min-w-64">
          <ChampSelection nom="operation" libelle="Opération" videLibelle="Toutes" defaultValue={filtres.operation} options={OPERATIONS.map((o) => ({ valeur: o, libelle: LIBELLES[o]! }))} />
        </div>
        <button type="submit" className="rounded bg-marque-700 px-4 py-2 text-sm font-semibold text-white">
          Filtrer
        </button>
      </form>
      <Tableau legende="Entrées du journal d'audit, les plus récentes d'abord">
        <thead>
          <tr>
            <Th>Date</Th>
            <Th>Auteur</Th>
            <Th>Opération</Th>
            <Th>Objet</Th>
            <Th>Adresse IP</Th>
          </tr>
        </thead>
        <tbody>
          {resultat.lignes.map((l) => (
            <tr key={l.id}>
              <Td>{formaterDateHeure(l.createdAt)}</Td>
              <Td>{l.auteur}</Td>
              <Td>{LIBELLES[l.operation] ?? l.operation}</Td>
              <Td>
                {l.entite}
                {l.entiteId ? <span className="block font-mono text-xs text-gray-700">{l.entiteId}</span> : null}
              </Td>
              <Td>{l.ip ?? "—"}</Td>
            </tr>
          ))}
        </tbody>
      </Tableau>
      <Pagination page={resultat.page} nombrePages={resultat.nombrePages} total={resultat.total} parametres={{ operation: filtres.operation, entite: filtres.entite }} chemin="/administration/journal" />
    </>
  );
}
