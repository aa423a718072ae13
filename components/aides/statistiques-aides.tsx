import type { ChiffrePublieAide, LigneStatistiqueAide } from "@/lib/aides/queries/statistiques-aides";
import { LIBELLES_FONDS, type Fonds } from "@/lib/aides/domain/regles";
import { formaterEuros, formaterNombre } from "@/lib/format";
import { Tableau, Td, Th } from "@/components/ui/tableau";

const valeurPubliee = (c: ChiffrePublieAide) => (c.unite === "EUROS" ? formaterEuros(Math.round(c.valeur * 100)) : formaterNombre(c.valeur));

/** Par fonds : chaque territoire et le département (nombre, total, moyenne, enveloppe, versé), puis les chiffres publiés. */
export function StatistiquesAides({ annee, lignes, publies }: { annee: number; lignes: LigneStatistiqueAide[]; publies: ChiffrePublieAide[] }) {
  const fonds = [...new Set(lignes.map((l) => l.fonds))];
  if (!fonds.length) return <p className="rounded border border-gray-300 bg-white p-4">Aucune enveloppe ni aide accordée en {annee}.</p>;
  return (
    <div className="space-y-6">
      {fonds.map((f) => (
        <section key={f} aria-labelledby={`stat-${f}`} className="space-y-2">
          <h2 id={`stat-${f}`} className="text-lg font-semibold text-marque-800">{LIBELLES_FONDS[f as Fonds]}</h2>
          <Tableau legende={`${LIBELLES_FONDS[f as Fonds]} : aides accordées en ${annee} par territoire et pour le département`}>
            <thead>
              <tr><Th>Territoire</Th><Th className="text-right">Aides accordées</Th><Th className="text-right">Total accordé (engagé)</Th><Th className="text-right">Montant moyen</Th><Th className="text-right">Enveloppe</Th><Th className="text-right">Versé</Th><Th className="text-right">Reste à engager</Th></tr>
            </thead>
            <tbody>
              {lignes.filter((l) => l.fonds === f).map((l) => (
                <tr key={l.territoireId ?? "departement"} className={l.territoireId ? "" : "bg-gray-50 font-semibold"}>
                  <Td>{l.territoire}</Td>
                  <Td className="text-right">{formaterNombre(l.nombre)}</Td>
                  <Td className="text-right">{formaterEuros(l.totalCentimes)}</Td>
                  <Td className="text-right">{l.moyenneCentimes === null ? "—" : formaterEuros(l.moyenneCentimes)}</Td>
                  <Td className="text-right">{l.enveloppeCentimes === null ? "—" : formaterEuros(l.enveloppeCentimes)}</Td>
                  <Td className="text-right">{formaterEuros(l.verseCentimes)}</Td>
                  <Td className="text-right">{l.enveloppeCentimes === null ? "—" : formaterEuros(l.enveloppeCentimes - l.totalCentimes)}</Td>
                </tr>
              ))}
            </tbody>
          </Tableau>
        </section>
      ))}
      {publies.length ? (
        <section aria-labelledby="stat-publies" className="space-y-2">
          <h2 id="stat-publies" className="text-lg font-semibold text-marque-800">Chiffres publiés pour {annee}</h2>
          <Tableau legende={`Aides ${annee} : chiffres publiés dans les documents du département`}>
            <thead><tr><Th>Fonds</Th><Th>Territoire</Th><Th>Indicateur</Th><Th className="text-right">Valeur publiée</Th><Th>Source</Th></tr></thead>
            <tbody>
              {publies.map((c, i) => (
                <tr key={i}><Td>{c.fonds}</Td><Td>{c.territoire}</Td><Td>{c.libelle}</Td><Td className="text-right">{valeurPubliee(c)}</Td><Td>{c.source}</Td></tr>
              ))}
            </tbody>
          </Tableau>
        </section>
      ) : null}
    </div>
  );
}
