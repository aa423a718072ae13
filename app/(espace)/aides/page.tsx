import type { Metadata } from "next";
import Link from "@/components/ui/lien";
import { contextePage } from "@/lib/pages";
import { peut } from "@/lib/authz/permissions";
import { listerAides } from "@/lib/aides/queries/lister-aides";
import { schemaFiltresAides } from "@/lib/aides/schemas";
import { LIBELLES_FONDS, LIBELLES_FONDS_COURTS, LIBELLES_STATUT_AIDE, libelleTypeAide, type StatutAide } from "@/lib/aides/domain/regles";
import { formaterDate, formaterEuros } from "@/lib/format";
import { EnTetePage } from "@/components/ui/en-tete-page";
import { LienBouton } from "@/components/ui/bouton";
import { Tableau, Td, Th } from "@/components/ui/tableau";
import { Pagination } from "@/components/ui/pagination";
import { ChampSelection } from "@/components/ui/champs";

export const metadata: Metadata = { title: "Aides financières" };

export default async function PageAides({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const filtres = schemaFiltresAides.parse(await searchParams);
  const contexte = await contextePage("aides:lire");
  const page = await listerAides(contexte, filtres);
  return (
    <>
      <EnTetePage
        titre="Aides financières"
        sousTitre="FSI, FSL, FAJD et aides individuelles liées au contrat : demandes, instruction, décisions et versements."
        actions={peut(contexte.acteur, "tableaux-de-bord:lire") ? <LienBouton href="/aides/statistiques" variante="secondaire">Enveloppes et statistiques</LienBouton> : null}
      />
      <form className="no-print mb-4 flex flex-wrap items-end gap-4 rounded border border-gray-300 bg-white p-4" aria-label="Filtrer les demandes">
        <div className="min-w-56">
          <ChampSelection nom="statut" libelle="État" videLibelle="Tous" defaultValue={filtres.statut ?? ""} options={Object.entries(LIBELLES_STATUT_AIDE).map(([valeur, libelle]) => ({ valeur, libelle }))} />
        </div>
        <div className="min-w-56">
          <ChampSelection nom="fonds" libelle="Fonds" videLibelle="Tous" defaultValue={filtres.fonds ?? ""} options={Object.entries(LIBELLES_FONDS).map(([valeur, libelle]) => ({ valeur, libelle }))} />
        </div>
        <button type="submit" className="rounded bg-marque-700 px-4 py-2 text-sm font-semibold text-white">Filtrer</button>
      </form>
      {page.total === 0 ? (
        <p className="rounded border border-gray-300 bg-white p-4">Aucune demande d&apos;aide. Un référent demande une aide depuis le dossier d&apos;une personne qu&apos;il suit (onglet « Aides financières »).</p>
      ) : (
        <Tableau legende="Demandes d'aide financière">
          <thead><tr><Th>Demande</Th><Th>Personne</Th><Th>Fonds et type</Th><Th>Territoire</Th><Th className="text-right">Demandé</Th><Th className="text-right">Accordé</Th><Th>État</Th></tr></thead>
          <tbody>
            {page.lignes.map((a) => (
              <tr key={a.id}>
                <Td><Link href={`/aides/${a.id}`} className="underline">du {formaterDate(a.dateDemande)}</Link></Td>
                <Td>{a.personne.prenom} {a.personne.nom.toUpperCase()}</Td>
                <Td>{LIBELLES_FONDS_COURTS[a.fonds]}<span className="block text-xs text-gray-700">{libelleTypeAide(a.typeAide)}</span></Td>
                <Td>{a.territoire.nom}</Td>
                <Td className="text-right">{formaterEuros(a.montantDemandeCentimes)}</Td>
                <Td className="text-right">{a.montantAccordeCentimes === null ? "—" : formaterEuros(a.montantAccordeCentimes)}</Td>
                <Td>{LIBELLES_STATUT_AIDE[a.statut as StatutAide]}</Td>
              </tr>
            ))}
          </tbody>
        </Tableau>
      )}
      <Pagination page={page.page} nombrePages={page.nombrePages} total={page.total} parametres={{ statut: filtres.statut, fonds: filtres.fonds }} chemin="/aides" />
    </>
  );
}
