import type { Metadata } from "next";
import Link from "@/components/ui/lien";
import { contextePage } from "@/lib/pages";
import { schemaFiltresTableauDD, tableauDroitsDevoirs } from "@/lib/droits-devoirs/queries/tableau-droits-devoirs";
import { tauxRemobilisation } from "@/lib/droits-devoirs/queries/exporter-tableau-dd";
import { formaterEuros, formaterNombre, formaterPourcentage } from "@/lib/format";
import { EnTetePage } from "@/components/ui/en-tete-page";
import { LienBouton } from "@/components/ui/bouton";
import { Tableau, Td, Th } from "@/components/ui/tableau";
import { Histogramme } from "@/components/tableaux-de-bord/graphiques";
import { BoutonImprimer } from "@/components/catalogue/bouton-imprimer";
import { TableauCompare } from "@/components/tableaux-de-bord/tableau-compare";
import { comparerPeriodesDD } from "@/lib/droits-devoirs/queries/comparer-periodes";
import { lireMois } from "@/lib/droits-devoirs/domain/periode";
import { formaterDate } from "@/lib/format";
import { carteEnCache } from "@/lib/tableaux-de-bord/cache-cartes";

// gardés en mémoire par version des agrégats, une minute au plus (lib/tableaux-de-bord/cache-cartes.ts)
const tableauEnCache = carteEnCache("tableauDroitsDevoirs", tableauDroitsDevoirs);
const comparerEnCache = carteEnCache("comparerPeriodesDD", comparerPeriodesDD);

const PERIODES = [3, 6, 12, 24];
const moisAvant = (mois: number, depuis = new Date()) => {
  const d = new Date(depuis);
  d.setMonth(d.getMonth() - mois);
  return d;
};

export const metadata: Metadata = { title: "Tableau de bord des droits et devoirs" };

export default async function PageTableauDD({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const contexte = await contextePage("tableaux-de-bord:lire");
  const parametres = await searchParams;
  const filtres = schemaFiltresTableauDD.parse(parametres);
  // une période illisible ou hors de 1 à 36 mois : 12 mois, et la page le dit à côté du filtre
  const { avis } = lireMois(parametres.mois);
  const tableau = await tableauEnCache(contexte, filtres);
  const { instances, total, mois } = tableau;
  const compare = filtres.comparer ? await comparerEnCache(contexte, filtres, tableau) : null;
  const bascule = `/commissions/tableau-de-bord?mois=${mois}${filtres.comparer ? "" : "&comparer=1"}`;
  const aujourdhui = new Date();
  const lignes = [...instances, ...(total ? [total] : [])];
  const courts = instances.map((l) => ({ ...l, court: l.instance.replace(/^Pôle d'insertion /, "").replace(/^Commission RSA (d'|de )?/, "").slice(0, 18) }));
  return (
    <>
      <nav aria-label="Fil d'Ariane" className="no-print mb-2 text-sm"><Link href={contexte.acteur.role === "LECTEUR" ? "/tableaux-de-bord" : "/commissions"} className="underline">{contexte.acteur.role === "LECTEUR" ? "Tableaux de bord" : "Commissions"}</Link></nav>
      <EnTetePage
        titre={`Droits et devoirs : activité des instances${filtres.comparer ? " · comparée à la période précédente" : ""}`}
        sousTitre={`Équipes pluridisciplinaires et commissions RSA, séances des ${mois} derniers mois${filtres.comparer ? ` (depuis le ${formaterDate(moisAvant(mois, aujourdhui))}), comparées aux ${mois} mois d'avant (du ${formaterDate(moisAvant(2 * mois, aujourdhui))} à la veille)` : ""}.`}
        actions={
          <>
            <a className="rounded border border-marque-700 bg-white px-3 py-2 text-sm font-semibold text-marque-700 underline" href={bascule}>{filtres.comparer ? "Ne plus comparer" : "Comparer avec la période précédente"}</a>
            <BoutonImprimer libelle="Imprimer" />
            <LienBouton variante="secondaire" href={`/commissions/tableau-de-bord/export?format=csv&mois=${mois}`}>Exporter (CSV)</LienBouton>
            <LienBouton variante="secondaire" href={`/commissions/tableau-de-bord/export?format=xlsx&mois=${mois}`}>Exporter (Excel)</LienBouton>
          </>
        }
      />
      <form method="get" className="no-print mb-6 flex flex-wrap items-end gap-4 rounded border border-gray-300 bg-white p-4" aria-label="Choisir la période">
        <div>
          <label htmlFor="periode" className="block font-medium">Période</label>
          <select id="periode" name="mois" defaultValue={String(mois)} aria-describedby={avis ? "avis-periode" : undefined} className="rounded border border-gray-500 bg-white px-3 py-2">
            {/* une période lisible hors de la liste (ex. 5 mois, par l'URL) reste proposée : le filtre montre ce qui est affiché */}
            {[...new Set([...PERIODES, mois])].sort((a, b) => a - b).map((m) => <option key={m} value={String(m)}>{m} derniers mois</option>)}
          </select>
        </div>
        <div className="flex items-center gap-2 pb-2">
          <input type="checkbox" id="comparer" name="comparer" value="1" defaultChecked={filtres.comparer} className="h-4 w-4" />
          <label htmlFor="comparer" className="text-sm font-medium">Comparer avec la période précédente</label>
        </div>
        <button type="submit" className="rounded bg-marque-700 px-4 py-2 font-semibold text-white">Afficher</button>
        {avis ? <p id="avis-periode" role="status" className="w-full rounded border border-amber-700 bg-amber-50 px-3 py-2 text-sm font-medium text-amber-900">{avis}</p> : null}
      </form>
      {compare ? (
        <section aria-labelledby="titre-comparaison" className="mb-6 space-y-3">
          <h2 id="titre-comparaison" className="text-lg font-semibold text-marque-800">Période comparée à la précédente</h2>
          <div className="grid gap-4 xl:grid-cols-2 print:grid-cols-1">
            <TableauCompare legende={`Activité des ${mois} derniers mois comparée aux ${mois} mois précédents`} entete="Indicateur" periode={`${mois} derniers mois`} precedente={`${mois} mois précédents`} lignes={compare.total} />
            <TableauCompare legende="Situations examinées par instance, période comparée à la précédente" entete="Instance" periode={`${mois} derniers mois`} precedente={`${mois} mois précédents`} lignes={compare.instances.map((l) => ({ libelle: l.instance, n: l.n, precedente: l.precedente, unite: "nombre" }))} />
          </div>
        </section>
      ) : null}
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
