import type { Metadata } from "next";
import Link from "@/components/ui/lien";
import { contextePage, ou404 } from "@/lib/pages";
import { peut } from "@/lib/authz/permissions";
import { obtenirLigne } from "@/lib/budgets/queries/obtenir-ligne";
import { disponible, soldeAEngager } from "@/lib/budgets/domain/credits";
import { LIBELLES_FINANCEUR } from "@/lib/conventions/libelles";
import { formaterDate, formaterEuros } from "@/lib/format";
import { EnTetePage } from "@/components/ui/en-tete-page";
import { Tableau, Td, Th } from "@/components/ui/tableau";
import { FormulaireEngagement, FormulaireMouvement } from "@/components/budgets/formulaires-ligne";

export const metadata: Metadata = { title: "Ligne de crédits" };

export default async function PageLigne({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const contexte = await contextePage("budgets:lire");
  const { ligne: l, etat, autresLignes, conventions } = await ou404(obtenirLigne(contexte, id));
  const modifier = peut(contexte.acteur, "budgets:modifier");
  const chiffres: [string, number][] = [
    ["Prévu", etat.prevu],
    ["Reçu d'autres lignes", etat.entrants],
    ["Redéployé ou reporté", etat.sortants],
    ["Engagé", etat.engage],
    ["Mandaté", etat.mandate],
    ["Solde à engager", soldeAEngager(etat)],
    ["Disponible", disponible(etat)],
  ];
  return (
    <>
      <nav aria-label="Fil d'Ariane" className="no-print mb-2 text-sm">
        <Link href={`/budgets?programme=${l.programme.id}&exercice=${l.exercice}`} className="underline">
          Tableau financier {l.exercice}
        </Link>
      </nav>
      <EnTetePage titre={l.libelle} sousTitre={`${l.programme.intitule} · exercice ${l.exercice}${l.axe ? ` · ${l.axe.code} ${l.axe.intitule}` : ""}`} />
      <div className="grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="space-y-8">
          <dl className="grid grid-cols-2 gap-3 md:grid-cols-4">
            {chiffres.map(([libelle, v]) => (
              <div key={libelle} className="rounded border border-gray-300 bg-white p-3">
                <dt className="text-sm text-gray-700">{libelle}</dt>
                <dd className="text-lg font-bold whitespace-nowrap">{formaterEuros(v)}</dd>
              </div>
            ))}
          </dl>
          {l.observations ? <p className="rounded border-l-4 border-marque-600 bg-marque-50 p-3">{l.observations}</p> : null}
          <section aria-labelledby="titre-parts" className="space-y-2">
            <h2 id="titre-parts" className="text-lg font-semibold text-marque-800">Financeurs</h2>
            {l.parts.length ? (
              <Tableau legende="Répartition du prévu par financeur">
                <thead><tr><Th>Financeur</Th><Th className="text-right">Montant</Th></tr></thead>
                <tbody>
                  {l.parts.map((p) => (
                    <tr key={p.financeur}>
                      <Td>{LIBELLES_FINANCEUR[p.financeur]}</Td>
                      <Td className="text-right whitespace-nowrap">{formaterEuros(p.montantCentimes)}</Td>
                    </tr>
                  ))}
                </tbody>
              </Tableau>
            ) : (
              <p>Aucun crédit prévu sur cette ligne.</p>
            )}
          </section>
          <section aria-labelledby="titre-engagements" className="space-y-2">
            <h2 id="titre-engagements" className="text-lg font-semibold text-marque-800">Engagements et paiements</h2>
            {l.engagements.length ? (
              <Tableau legende="Engagements de la ligne">
                <thead><tr><Th>Date</Th><Th>Libellé</Th><Th>Convention</Th><Th className="text-right">Engagé</Th><Th>Paiements mandatés</Th></tr></thead>
                <tbody>
                  {l.engagements.map((e) => (
                    <tr key={e.id}>
                      <Td>{formaterDate(e.dateEngagement)}</Td>
                      <Td>{e.libelle}{e.numeroEngagement ? <span className="block text-xs text-gray-700">n° {e.numeroEngagement}</span> : null}</Td>
                      <Td>{e.convention ? <Link className="underline" href={`/conventions/${e.convention.id}`}>{e.convention.objet}</Link> : "—"}</Td>
                      <Td className="text-right whitespace-nowrap">{formaterEuros(e.montantCentimes)}</Td>
                      <Td>
                        {e.paiements.filter((p) => p.statut === "MANDATE").map((p) => (
                          <span key={p.id} className="block whitespace-nowrap">{formaterEuros(p.montantCentimes)} le {formaterDate(p.dateMandatement)}</span>
                        ))}
                      </Td>
                    </tr>
                  ))}
                </tbody>
              </Tableau>
            ) : (
              <p>Aucun engagement.</p>
            )}
          </section>
          <section aria-labelledby="titre-mouvements" className="space-y-2">
            <h2 id="titre-mouvements" className="text-lg font-semibold text-marque-800">Redéploiements et reports</h2>
            {l.sortants.length + l.entrants.length ? (
              <Tableau legende="Mouvements de crédits, sortants et entrants">
                <thead><tr><Th>Date</Th><Th>Sens</Th><Th>Ligne</Th><Th className="text-right">Montant</Th><Th>Motif</Th></tr></thead>
                <tbody>
                  {l.sortants.map((m) => (
                    <tr key={m.id}>
                      <Td>{formaterDate(m.dateMouvement)}</Td>
                      <Td>{m.type === "REPORT" ? "Report vers" : "Redéploiement vers"}</Td>
                      <Td><Link className="underline" href={`/budgets/lignes/${m.cible.id}`}>{m.cible.libelle} ({m.cible.exercice})</Link></Td>
                      <Td className="text-right whitespace-nowrap">− {formaterEuros(m.montantCentimes)}</Td>
                      <Td>{m.motif}</Td>
                    </tr>
                  ))}
                  {l.entrants.map((m) => (
                    <tr key={m.id}>
                      <Td>{formaterDate(m.dateMouvement)}</Td>
                      <Td>{m.type === "REPORT" ? "Report depuis" : "Redéploiement depuis"}</Td>
                      <Td><Link className="underline" href={`/budgets/lignes/${m.source.id}`}>{m.source.libelle} ({m.source.exercice})</Link></Td>
                      <Td className="text-right whitespace-nowrap">+ {formaterEuros(m.montantCentimes)}</Td>
                      <Td>{m.motif}</Td>
                    </tr>
                  ))}
                </tbody>
              </Tableau>
            ) : (
              <p>Aucun mouvement.</p>
            )}
          </section>
        </div>
        {modifier ? (
          <aside className="space-y-4">
            <FormulaireEngagement ligneId={l.id} conventions={conventions.map((c) => ({ valeur: c.id, libelle: c.objet }))} />
            <FormulaireMouvement sourceId={l.id} lignes={autresLignes.map((a) => ({ valeur: a.id, libelle: `${a.libelle} (${a.exercice})` }))} />
          </aside>
        ) : null}
      </div>
    </>
  );
}
