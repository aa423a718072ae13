import type { Metadata } from "next";
import { contextePage } from "@/lib/pages";
import { schemaFiltresPrescriptions } from "@/lib/prescriptions/queries/prescriptions-operateur";
import { pagePrescriptions } from "@/lib/prescriptions/queries/page-prescriptions";
import { LIBELLES_STATUT_PRESCRIPTION, type StatutPrescription } from "@/lib/prescriptions/domain/cycle";
import { formaterDate } from "@/lib/format";
import { EnTetePage } from "@/components/ui/en-tete-page";
import { Tableau, Td, Th } from "@/components/ui/tableau";
import { Pagination } from "@/components/ui/pagination";
import { ChampSelection } from "@/components/ui/champs";
import { SuiviPrescription } from "@/components/beneficiaires/suivi-prescription";

export const metadata: Metadata = { title: "Prescriptions" };

export default async function PagePrescriptions({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const filtres = schemaFiltresPrescriptions.parse(await searchParams);
  const { page, typesSortie } = await pagePrescriptions(await contextePage("prescriptions:suivre"), filtres);
  return (
    <>
      <EnTetePage titre="Prescriptions sur vos actions" sousTitre="Répondez aux propositions des référents, puis enregistrez les entrées et les sorties." />
      <form className="no-print mb-4 flex items-end gap-4 rounded border border-gray-300 bg-white p-4" aria-label="Filtrer les prescriptions">
        <div className="min-w-64">
          <ChampSelection nom="statut" libelle="État" videLibelle="Tous" defaultValue={filtres.statut ?? ""} options={Object.entries(LIBELLES_STATUT_PRESCRIPTION).map(([valeur, libelle]) => ({ valeur, libelle }))} />
        </div>
        <button type="submit" className="rounded bg-marque-700 px-4 py-2 text-sm font-semibold text-white">Filtrer</button>
      </form>
      {page.total === 0 ? (
        <p className="rounded border border-gray-300 bg-white p-4">Aucune prescription sur les actions de votre structure.</p>
      ) : (
        <Tableau legende="Prescriptions sur les actions de la structure">
          <thead><tr><Th>Personne</Th><Th>Action</Th><Th>Référent</Th><Th>État</Th><Th>Suite à donner</Th></tr></thead>
          <tbody>
            {page.lignes.map((p) => (
              <tr key={p.id}>
                <Td>{p.personne.prenom} {p.personne.nom.toUpperCase()}<span className="block text-xs text-gray-700">né(e) le {formaterDate(p.personne.dateNaissance)}</span></Td>
                <Td>{p.action.code} {p.action.intitule}</Td>
                <Td>{p.prescripteur.prenom} {p.prescripteur.nom}<span className="block text-xs text-gray-700">proposée le {formaterDate(p.dateProposition)}</span></Td>
                <Td>{LIBELLES_STATUT_PRESCRIPTION[p.statut as StatutPrescription]}{p.motifRefus ? ` : ${p.motifRefus}` : ""}</Td>
                <Td><SuiviPrescription id={p.id} version={p.version} statut={p.statut} typesSortie={typesSortie} personne={`${p.personne.prenom} ${p.personne.nom.toUpperCase()}`} /></Td>
              </tr>
            ))}
          </tbody>
        </Tableau>
      )}
      <Pagination page={page.page} nombrePages={page.nombrePages} total={page.total} parametres={{ statut: filtres.statut }} chemin="/prescriptions" />
    </>
  );
}
