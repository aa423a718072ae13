import type { Metadata } from "next";
import Link from "next/link";
import { contextePage } from "@/lib/pages";
import { schemaFiltresTableauDD, tableauDroitsDevoirs } from "@/lib/droits-devoirs/queries/tableau-droits-devoirs";
import { tauxRemobilisation } from "@/lib/droits-devoirs/queries/exporter-tableau-dd";
import { formaterEuros, formaterNombre, formaterPourcentage } from "@/lib/format";
import { EnTetePage } from "@/components/ui/en-tete-page";
import { LienBouton } from "@/components/ui/bouton";
import { Tableau, Td, Th } from "@/components/ui/tableau";
import { Histogramme } from "@/components/tableaux-de-bord/graphiques";

export const metadata: Metadata = { title: "Tableau de bord des droits et devoirs" };

export default async function PageTableauDD({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const contexte = await contextePage("tableaux-de-bord:lire");
  const filtres = schemaFiltresTableauDD.parse(await searchParams);
  const { instances, total, mois } = await tableauDroitsDevoirs(contexte, filtres);
  const lignes = [...instances, ...(total ? [total] : [])];
  const courts = instances.map((l) => ({ ...l, court: l.instance.replace(/^Pôle d'insertion /, "").replace(/^Commission RSA (d'|de )?/, "").slice(0, 18) }));
  return (
    <>
      <nav aria-label="Fil d'Ariane" className="no-print mb-2 text-sm"><Link href={contexte.acteur.role === "LECTEUR" ? "/tableaux-de-bord" : "/commissions"} className="underline">{contexte.acteur.role === "LECTEUR" ? "Tableaux de bord" : "Commissions"}</Link></nav>
      <EnTetePage
        titre="Droits et devoirs : activité des instances"
        sousTitre={`Équipes pluridisciplinaires et commissions RSA, séances des ${mois} derniers mois.`}
        actions={
          <>
            <LienBouton variante="secondaire" href={`/commissions/tableau-de-bord/export?format=csv&mois=${mois}`}>Exporter (CSV)</LienBouton>
            <LienBouton variante="secondaire" href={`/commissions/tableau-de-bord/export?format=xlsx&mois=${mois}`}>Exporter (Excel)</LienBouton>
          </>
        }
      />
      <form method="get" className="no-print mb-6 flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor="periode" className="block font-medium">Période</label>
          <select id="periode" name="mois" defaultValue={String(mois)} className="rounded border border-gray-500 bg-white px-3 py-2">
            <option value="3">3 derniers mois</option>
            <option value="6">6 derniers mois</option>
            <option value="12">12 derniers mois</option>
            <option value="24">24 derniers mois</option>
          </select>
        </div>
        <button type="submit" className="rounded bg-marque-700 px-4 py-2 font-semibold text-white">Afficher</button>
      </form>
      {total ? (
        <>
          <ul className="mb-6 grid grid-cols-2 gap-2 lg:grid-cols-5">
            {[
              ["Situations examinées", formaterNombre(total.examinees)],
              ["Suspensions-remobilisations", formaterNombre(total.suspension)],
              ["Délai médian détection → décision", total.delaiMedian === null ? "—" : `${formaterNombre(Math.round(total.delaiMedian))} jours`],
              ["Taux de remobilisation", tauxRemobilisation(total) === null ? "—" : formaterPourcentage(tauxRemobilisation(total)!)],
              ["Sommes suspendues / restituées", `${formaterEuros(total.suspenduCentimes)} / ${formaterEuros(total.restitueCentimes)}`],
            ].map(([l, v]) => (
              <li key={l} className="rounded border border-gray-300 bg-white p-3">
                <span className="block text-xl font-bold text-marque-800">{v}</span>
                <span className="text-sm">{l}</span>
              </li>
            ))}
          </ul>
          <section aria-labelledby="titre-decisions" className="mb-6 space-y-2">
            <h2 id="titre-decisions" className="text-lg font-semibold text-marque-800">Décisions par type et par instance</h2>
            <p className="text-sm text-gray-700">Le graphique reprend le tableau ci-dessous.</p>
            <Histogramme
              donnees={courts.map((l) => ({ instance: l.court, maintien: l.maintien, suspension: l.suspension, suppression: l.suppression, reorientation: l.reorientation, retablissement: l.retablissement }))}
              cle="instance"
              series={[
                { cle: "maintien", libelle: "Maintien", couleur: "#1f6f8b" },
                { cle: "suspension", libelle: "Suspension-remobilisation", couleur: "#b35c00" },
                { cle: "suppression", libelle: "Suppression", couleur: "#8b1e3f" },
                { cle: "reorientation", libelle: "Réorientation", couleur: "#3b7a3b" },
                { cle: "retablissement", libelle: "Rétablissement", couleur: "#5b4a9e" },
              ]}
            />
            <Tableau legende="Situations examinées et décisions par instance">
              <thead>
                <tr><Th>Instance</Th><Th>Examinées</Th><Th>Classées</Th><Th>Maintien</Th><Th>Suspension</Th><Th>Suppression</Th><Th>Réorientation</Th><Th>Rétablissement</Th><Th>Délai médian (j)</Th><Th>Remobilisation</Th><Th>Suspendu</Th><Th>Restitué</Th></tr>
              </thead>
              <tbody>
                {lignes.map((l) => {
                  const taux = tauxRemobilisation(l);
                  return (
                    <tr key={l.instance} className={l === total ? "font-semibold" : ""}>
                      <Td>{l.instance}</Td>
                      <Td>{formaterNombre(l.examinees)}</Td>
                      <Td>{formaterNombre(l.classees)}</Td>
                      <Td>{formaterNombre(l.maintien)}</Td>
                      <Td>{formaterNombre(l.suspension)}</Td>
                      <Td>{formaterNombre(l.suppression)}</Td>
                      <Td>{formaterNombre(l.reorientation)}</Td>
                      <Td>{formaterNombre(l.retablissement)}</Td>
                      <Td>{l.delaiMedian === null ? "—" : formaterNombre(Math.round(l.delaiMedian))}</Td>
                      <Td>{taux === null ? "—" : formaterPourcentage(taux)}</Td>
                      <Td>{formaterEuros(l.suspenduCentimes)}</Td>
                      <Td>{formaterEuros(l.restitueCentimes)}</Td>
                    </tr>
                  );
                })}
              </tbody>
            </Tableau>
          </section>
        </>
      ) : (
        <p className="rounded border border-gray-300 bg-white p-4">Aucune situation examinée sur la période : les décisions des séances apparaîtront ici.</p>
      )}
    </>
  );
}
