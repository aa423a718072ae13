import Link from "@/components/ui/lien";
import type { LigneTableau } from "@/lib/budgets/queries/tableau-financier";
import { formaterEuros, formaterPourcentage } from "@/lib/format";

const STATUTS: Record<string, string> = { NOUVELLE: "Action nouvelle", RENFORCEE: "Action renforcée", RENOUVELLEMENT: "Renouvellement", EXPERIMENTATION: "Expérimentation" };

/**
 * Le tableau financier tel que présenté en Commission permanente : fiches par axe, sous-totaux, total.
 * Les objectifs de la fiche sont sous son intitulé (une colonne de moins) : à 1366 px, la colonne
 * « Observations » se lit en entier ; plus étroit, le tableau défile dans son cadre, pas la page.
 */
export function TableauFinancier({ lignes, exercice }: { lignes: LigneTableau[]; exercice: number }) {
  const cellule = "border-b border-gray-200 px-3 py-2 align-top";
  const nombre = "border-b border-gray-200 px-2 py-2 align-top text-right whitespace-nowrap";
  return (
    <div className="overflow-x-auto rounded border border-gray-300 bg-white" tabIndex={0} role="region" aria-label={`Tableau financier des crédits ${exercice}`}>
      <table className="w-full border-collapse text-left text-sm">
        <caption className="p-3 text-left font-semibold">Tableau financier des crédits {exercice} (en euros)</caption>
        <thead className="bg-gray-100">
          <tr>
            <th scope="col" className="px-3 py-2">Fiche et objectifs</th>
            <th scope="col" className="px-2 py-2 text-right">Prévu</th>
            <th scope="col" className="px-2 py-2 text-right">Engagé</th>
            <th scope="col" className="px-2 py-2 text-right">Solde à engager</th>
            <th scope="col" className="px-2 py-2 text-right">Mandaté</th>
            <th scope="col" className="px-2 py-2 text-right">Redéployé / reporté</th>
            <th scope="col" className="px-2 py-2 text-right">Reçu</th>
            <th scope="col" className="px-3 py-2">Observations</th>
          </tr>
        </thead>
        <tbody>
          {lignes.map((l, i) => {
            const montants = (
              <>
                <td className={nombre}>{formaterEuros(l.prevu)}</td>
                <td className={nombre}>
                  {formaterEuros(l.engage)}
                  {l.prevu > 0 ? <span className="block text-xs text-gray-700">{formaterPourcentage(l.engage / l.prevu)}</span> : null}
                </td>
                <td className={nombre}>{formaterEuros(l.prevu - l.engage)}</td>
                <td className={nombre}>{formaterEuros(l.mandate)}</td>
                <td className={nombre}>{l.sortants ? formaterEuros(l.sortants) : "—"}</td>
                <td className={nombre}>{l.entrants ? formaterEuros(l.entrants) : "—"}</td>
              </>
            );
            if (l.niveau === "ligne") {
              return (
                <tr key={l.id}>
                  <th scope="row" className={`${cellule} min-w-[14rem] max-w-sm font-normal`}>
                    <Link href={`/budgets/lignes/${l.id}`} className="font-medium underline">
                      {l.libelle}
                    </Link>
                    {l.ficheStatut ? <span className="block text-xs font-semibold uppercase text-gray-700">{STATUTS[l.ficheStatut] ?? l.ficheStatut}</span> : null}
                    {l.objectifs ? <span className="mt-1 block text-xs text-gray-800">{l.objectifs}</span> : null}
                  </th>
                  {montants}
                  <td className={`${cellule} min-w-[11rem] max-w-xs`}>{l.observations}</td>
                </tr>
              );
            }
            return (
              <tr key={`${l.niveau}-${i}`} className={l.niveau === "total" ? "bg-marque-50 font-bold" : "bg-gray-50 font-semibold"}>
                <th scope="row" className={cellule}>
                  {l.niveau === "total" ? "Total" : `Sous-total ${l.axeCode ?? ""} ${l.axeIntitule ?? ""}`}
                </th>
                {montants}
                <td className={cellule} />
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
