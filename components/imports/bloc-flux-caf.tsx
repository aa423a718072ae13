import { formaterNombre as formaterNombreBrut } from "@/lib/format";
import { formaterEffectif, type Effectif } from "@/lib/tableaux-de-bord/domain/secret-statistique";
import { MOIS } from "@/lib/tableaux-de-bord/libelles";
import { Tableau, Td, Th } from "@/components/ui/tableau";
import { Histogramme } from "@/components/tableaux-de-bord/graphiques";
import type { fluxParMois } from "@/lib/imports/queries/evenements";

type Flux = Awaited<ReturnType<typeof fluxParMois>>;
// effectifs masqués pour le lecteur (secret statistique, fait par la requête) : « < 11 »
const formaterNombre = (n: Effectif) => formaterEffectif(n, formaterNombreBrut);

/** Entrants et sortants du RSA calculés sur les événements des flux CAF / MSA (graphique et son tableau). */
export function BlocFluxCaf({ flux, annee, children }: { flux: Flux; annee: number; children?: React.ReactNode }) {
  const t = flux.totaux;
  return (
    <section aria-labelledby="titre-flux-caf" className="space-y-3 rounded border border-gray-300 bg-white p-4">
      <h2 id="titre-flux-caf" className="text-lg font-semibold text-marque-800">
        Entrants et sortants du RSA en {annee} (flux CAF / MSA)
      </h2>
      {flux.parMois.length === 0 ? (
        <p>Aucun flux CAF / MSA importé pour cette année : les entrants et sortants apparaîtront après le premier import.</p>
      ) : (
        <>
          <p>
            Entrants : <strong>{formaterNombre(t.entrants)}</strong> · sortants : <strong>{formaterNombre(t.sortants)}</strong> · suspensions :{" "}
            <strong>{formaterNombre(t.suspensions)}</strong> · arrivées d&apos;un autre territoire : <strong>{formaterNombre(t.arrivees)}</strong> · départs vers un autre
            territoire : <strong>{formaterNombre(t.departs)}</strong>. Calculés sur les événements datés des flux importés.
          </p>
          <div className="grid gap-4 xl:grid-cols-2">
            <Histogramme
              donnees={flux.parMois.map((m) => ({ mois: MOIS[m.mois - 1]!, Entrants: m.entrants, Sortants: m.sortants }))}
              cle="mois"
              series={[
                { cle: "Entrants", libelle: "Entrants", couleur: "#1f5f99" },
                { cle: "Sortants", libelle: "Sortants", couleur: "#b4451f" },
              ]}
            />
            <Tableau legende="Entrants et sortants par mois (flux CAF / MSA)" legendeVisible>
              <thead>
                <tr>
                  <Th>Mois</Th>
                  <Th className="text-right">Entrants</Th>
                  <Th className="text-right">Sortants</Th>
                  <Th className="text-right">Suspensions</Th>
                  <Th className="text-right">Arrivées</Th>
                  <Th className="text-right">Départs</Th>
                </tr>
              </thead>
              <tbody>
                {flux.parMois.map((m) => (
                  <tr key={m.mois}>
                    <Td>{MOIS[m.mois - 1]}</Td>
                    <Td className="text-right">{formaterNombre(m.entrants)}</Td>
                    <Td className="text-right">{formaterNombre(m.sortants)}</Td>
                    <Td className="text-right">{formaterNombre(m.suspensions)}</Td>
                    <Td className="text-right">{formaterNombre(m.arrivees)}</Td>
                    <Td className="text-right">{formaterNombre(m.departs)}</Td>
                  </tr>
                ))}
              </tbody>
            </Tableau>
          </div>
        </>
      )}
      {children}
    </section>
  );
}
