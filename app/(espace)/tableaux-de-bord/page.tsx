import type { Metadata } from "next";
import { Suspense } from "react";
import { contextePage, ou404 } from "@/lib/pages";
import { schemaFiltresTableau } from "@/lib/tableaux-de-bord/queries/tableau-de-bord";
import { pageTableau } from "@/lib/tableaux-de-bord/queries/page-tableau";
import { LIBELLES_ANCIENNETE, LIBELLES_FINANCEUR_TB, LIBELLES_NIVEAU, LIBELLES_REFERENCE, LIBELLES_SITUATION, MOIS } from "@/lib/tableaux-de-bord/libelles";
import { LIBELLES_SORTIE_BILAN } from "@/lib/conventions/libelles";
import { libelleCapacite, type Unite } from "@/lib/catalogue/domain/libelles";
import { formaterDateHeure, formaterEuros, formaterNombre, formaterPourcentage } from "@/lib/format";
import { EnTetePage } from "@/components/ui/en-tete-page";
import { Tableau, Td, Th } from "@/components/ui/tableau";
import { ChampSelection, ChampTexte } from "@/components/ui/champs";
import { Histogramme } from "@/components/tableaux-de-bord/graphiques";
import { CarteChiffresPublies } from "@/components/chiffres-publies/carte-chiffres-publies";
import { fluxParMois } from "@/lib/imports/queries/evenements";
import { BlocFluxCaf } from "@/components/imports/bloc-flux-caf";

export const metadata: Metadata = { title: "Tableau de bord" };

const pct = (v: number | null) => (v === null ? "—" : formaterPourcentage(v));

function Bloc({ id, titre, children }: { id: string; titre: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`titre-${id}`} className="space-y-3 rounded border border-gray-300 bg-white p-4">
      <h2 id={`titre-${id}`} className="text-lg font-semibold text-marque-800">{titre}</h2>
      {children}
    </section>
  );
}

function Repartition({ legende, lignes, libelles }: { legende: string; lignes: { modalite: string; n: number }[]; libelles: Record<string, string> }) {
  const total = lignes.reduce((s, l) => s + l.n, 0);
  return (
    <Tableau legende={legende} legendeVisible>
      <thead><tr><Th>Modalité</Th><Th className="text-right">Effectif</Th><Th className="text-right">Part</Th></tr></thead>
      <tbody>
        {lignes.map((l) => (
          <tr key={l.modalite}><Td>{libelles[l.modalite] ?? l.modalite}</Td><Td className="text-right">{formaterNombre(l.n)}</Td><Td className="text-right">{pct(total ? l.n / total : null)}</Td></tr>
        ))}
      </tbody>
    </Tableau>
  );
}

export default async function PageTableauDeBord({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const filtres = schemaFiltresTableau.parse(await searchParams);
  const contexte = await contextePage("tableaux-de-bord:lire");
  const { tableau: t, budget, territoires } = await ou404(pageTableau(contexte, filtres));
  const fluxCaf = await fluxParMois(contexte, t.territoire?.chemin ?? null, t.annee);
  const requete = new URLSearchParams({ ...(t.territoire ? { territoire: t.territoire.id } : {}), annee: String(t.annee) }).toString();
  const cles: [string, string][] = [
    ["Allocataires (foyers)", formaterNombre(t.population.allocataires)],
    ["Demandeurs et conjoints", formaterNombre(t.population.personnes)],
    ["Taux de contractualisation", pct(t.contrats.tauxContractualisation)],
    ["Contrats d'au moins 15 h", pct(t.contrats.partQuinzeHeures)],
    ["Exemptions d'heures", formaterNombre(t.contrats.exemptions)],
    [`Entrants en ${t.annee}`, formaterNombre(t.entrees.total)],
    ["Orientés en 15 jours ou moins", pct(t.delais.partOrientes15)],
    ["Premier contrat en 30 jours ou moins", pct(t.delais.partContrat30)],
  ];
  return (
    <>
      <EnTetePage
        titre={`Tableau de bord · ${t.titre}`}
        sousTitre={t.rafraichissement ? `Population au ${formaterDateHeure(t.rafraichissement.rafraichi_le)} (agrégats calculés en ${formaterNombre(t.rafraichissement.duree_ms)} ms) ; âges au 31/12/2023, date des fiches des pôles.` : "Agrégats non encore calculés."}
        actions={
          <>
            {t.territoire ? null : <a className="rounded border border-marque-700 bg-white px-3 py-2 text-sm font-semibold text-marque-700 underline" href={`/tableaux-de-bord/territoires?annee=${t.annee}`}>Comparer les territoires</a>}
            <a className="rounded border border-marque-700 bg-white px-3 py-2 text-sm font-semibold text-marque-700 underline" href={`/tableaux-de-bord/export?${requete}&format=csv`}>Exporter en CSV</a>
            <a className="rounded border border-marque-700 bg-white px-3 py-2 text-sm font-semibold text-marque-700 underline" href={`/tableaux-de-bord/export?${requete}&format=xlsx`}>Exporter en Excel</a>
          </>
        }
      />
      <form className="no-print mb-6 flex flex-wrap items-end gap-4 rounded border border-gray-300 bg-white p-4" aria-label="Choisir le territoire et la période">
        <div className="min-w-80">
          <ChampSelection nom="territoire" libelle="Territoire" videLibelle="Tout le département" defaultValue={t.territoire?.id ?? ""} options={territoires} />
        </div>
        <div className="w-40">
          <ChampTexte nom="annee" libelle="Année des flux" inputMode="numeric" defaultValue={String(t.annee)} aide="Entrées, délais, sorties." />
        </div>
        <button type="submit" className="rounded bg-marque-700 px-4 py-2 text-sm font-semibold text-white">Afficher</button>
      </form>

      <div className="space-y-6">
        <dl className="grid grid-cols-2 gap-3 md:grid-cols-4">
          {cles.map(([l, v]) => (
            <div key={l} className="rounded border border-gray-300 bg-white p-3">
              <dt className="text-sm text-gray-700">{l}</dt>
              <dd className="text-2xl font-bold">{v}</dd>
            </div>
          ))}
        </dl>
        <Suspense fallback={<p className="rounded border border-gray-300 bg-white p-4">Chargement des chiffres publiés…</p>}>
          <CarteChiffresPublies contexte={contexte} territoireId={t.territoire?.id ?? null} />
        </Suspense>

        {t.references.length ? (
          <Bloc id="references" titre="Chiffres publiés dans la fiche du pôle (PDI 2024-2026)">
            <Tableau legende="Chiffres de référence publiés">
              <thead><tr><Th>Indicateur</Th><Th className="text-right">Valeur publiée</Th></tr></thead>
              <tbody>
                {t.references.map((r) => (
                  <tr key={r.id}><Td>{LIBELLES_REFERENCE[r.indicateur] ?? r.indicateur}</Td><Td className="text-right">{formaterNombre(r.valeur)}</Td></tr>
                ))}
              </tbody>
            </Tableau>
            <p className="text-sm text-gray-700">Source : {t.references[0]!.source}.</p>
          </Bloc>
        ) : null}

        <Bloc id="pyramide" titre="Demandeurs et conjoints dont le droit est ouvert, par âge et sexe">
          <p>
            Âge moyen : <strong>{t.pyramide.ageMoyen === null ? "—" : formaterNombre(Math.round(t.pyramide.ageMoyen * 10) / 10)} ans</strong> · 45 ans et plus :{" "}
            <strong>{pct(t.pyramide.part45EtPlus)}</strong> · hommes {formaterNombre(t.pyramide.hommes)} ({pct(t.pyramide.total ? t.pyramide.hommes / t.pyramide.total : null)}), femmes{" "}
            {formaterNombre(t.pyramide.femmes)} ({pct(t.pyramide.total ? t.pyramide.femmes / t.pyramide.total : null)})
          </p>
          <div className="grid gap-4 xl:grid-cols-2">
            <Histogramme donnees={t.pyramide.lignes.map((l) => ({ tranche: l.tranche, Hommes: l.hommes, Femmes: l.femmes }))} cle="tranche" series={[{ cle: "Hommes", libelle: "Hommes", couleur: "#1f5f99" }, { cle: "Femmes", libelle: "Femmes", couleur: "#b4451f" }]} />
            <Tableau legende="Répartition par tranche d'âge et sexe" legendeVisible>
              <thead><tr><Th>Tranche</Th><Th className="text-right">Hommes</Th><Th className="text-right">Femmes</Th><Th className="text-right">Total</Th><Th className="text-right">Part</Th></tr></thead>
              <tbody>
                {t.pyramide.lignes.map((l) => (
                  <tr key={l.tranche}><Td>{l.tranche === "60+" ? "60 ans et plus" : `${l.tranche} ans`}</Td><Td className="text-right">{formaterNombre(l.hommes)}</Td><Td className="text-right">{formaterNombre(l.femmes)}</Td><Td className="text-right">{formaterNombre(l.total)}</Td><Td className="text-right">{pct(l.part)}</Td></tr>
                ))}
                <tr className="font-semibold"><Td>Total</Td><Td className="text-right">{formaterNombre(t.pyramide.hommes)}</Td><Td className="text-right">{formaterNombre(t.pyramide.femmes)}</Td><Td className="text-right">{formaterNombre(t.pyramide.total)}</Td><Td className="text-right">100 %</Td></tr>
              </tbody>
            </Tableau>
          </div>
        </Bloc>

        <Bloc id="entrees" titre={`Ouvertures de droits par mois en ${t.annee}`}>
          <p>Moyenne mensuelle : <strong>{t.entrees.moyenneMensuelle === null ? "—" : formaterNombre(Math.round(t.entrees.moyenneMensuelle))}</strong>. Les entrées et sorties constatées par les flux CAF / MSA figurent dans le bloc suivant.</p>
          <div className="grid gap-4 xl:grid-cols-2">
            <Histogramme donnees={t.entrees.parMois.map((e) => ({ mois: MOIS[e.mois - 1]!, Entrants: e.n }))} cle="mois" series={[{ cle: "Entrants", libelle: "Entrants", couleur: "#1f5f99" }]} />
            <Tableau legende="Ouvertures de droits par mois" legendeVisible>
              <thead><tr><Th>Mois</Th><Th className="text-right">Foyers entrants</Th></tr></thead>
              <tbody>{t.entrees.parMois.map((e) => <tr key={e.mois}><Td>{MOIS[e.mois - 1]}</Td><Td className="text-right">{formaterNombre(e.n)}</Td></tr>)}</tbody>
            </Tableau>
          </div>
        </Bloc>

        <BlocFluxCaf flux={fluxCaf} annee={t.annee} />

        <div className="grid gap-6 xl:grid-cols-3">
          <Repartition legende="Situation familiale (foyers)" lignes={t.situations} libelles={LIBELLES_SITUATION} />
          <Repartition legende="Niveau de formation" lignes={t.niveaux} libelles={LIBELLES_NIVEAU} />
          <Repartition legende="Ancienneté dans le RSA (foyers)" lignes={t.anciennetes} libelles={LIBELLES_ANCIENNETE} />
        </div>

        <Bloc id="offre" titre="Offre d'insertion du territoire : occupation">
          <Tableau legende="Actions ouvertes sur le territoire et leur occupation">
            <thead><tr><Th>Action</Th><Th className="text-right">Capacité</Th><Th className="text-right">Participants</Th><Th className="text-right">En attente</Th><Th className="text-right">Occupation</Th></tr></thead>
            <tbody>
              {t.offre.map((o) => (
                <tr key={o.id}>
                  <Td>{o.code} {o.intitule}</Td>
                  <Td className="text-right">{o.capacite !== null && o.unite ? libelleCapacite(o.capacite, o.unite as Unite) : "—"}</Td>
                  <Td className="text-right">{formaterNombre(o.participants)}</Td>
                  <Td className="text-right">{formaterNombre(o.attente)}</Td>
                  <Td className="text-right">{o.capacite && o.unite !== "ETP" ? pct(o.participants / o.capacite) : "—"}</Td>
                </tr>
              ))}
            </tbody>
          </Tableau>
          <Tableau legende={`Sorties d'actions en ${t.annee} par type`} legendeVisible>
            <thead><tr><Th>Type de sortie</Th><Th className="text-right">Nombre</Th></tr></thead>
            <tbody>
              {t.sorties.length ? t.sorties.map((s) => <tr key={s.type}><Td>{LIBELLES_SORTIE_BILAN[s.type] ?? s.type}</Td><Td className="text-right">{formaterNombre(s.n)}</Td></tr>) : <tr><Td colSpan={2}>Aucune sortie enregistrée sur la période.</Td></tr>}
            </tbody>
          </Tableau>
        </Bloc>

        {budget ? (
          <Bloc id="budget" titre="Budget : prévu, engagé, mandaté">
            <div className="grid gap-4 xl:grid-cols-2">
              <Histogramme donnees={budget.parAxe.map((l) => ({ axe: `${l.exercice} ${l.axe.split(" ")[0]} ${l.axe.split(" ")[1] ?? ""}`, Prévu: l.prevu / 100, Engagé: l.engage / 100, Mandaté: l.mandate / 100 }))} cle="axe" series={[{ cle: "Prévu", libelle: "Prévu", couleur: "#123a5e" }, { cle: "Engagé", libelle: "Engagé", couleur: "#1f5f99" }, { cle: "Mandaté", libelle: "Mandaté", couleur: "#b4451f" }]} />
              <Tableau legende="Crédits par programme, exercice et axe" legendeVisible>
                <thead><tr><Th>Exercice</Th><Th>Axe</Th><Th className="text-right">Prévu</Th><Th className="text-right">Engagé</Th><Th className="text-right">Mandaté</Th><Th className="text-right">Exécution</Th></tr></thead>
                <tbody>
                  {budget.parAxe.map((l) => (
                    <tr key={`${l.exercice}-${l.axe}`}><Td>{l.exercice}</Td><Td>{l.axe}</Td><Td className="text-right whitespace-nowrap">{formaterEuros(l.prevu)}</Td><Td className="text-right whitespace-nowrap">{formaterEuros(l.engage)}</Td><Td className="text-right whitespace-nowrap">{formaterEuros(l.mandate)}</Td><Td className="text-right">{pct(l.prevu ? l.engage / l.prevu : null)}</Td></tr>
                  ))}
                </tbody>
              </Tableau>
            </div>
            <div className="grid gap-4 xl:grid-cols-2">
              <Tableau legende="Crédits prévus par financeur" legendeVisible>
                <thead><tr><Th>Exercice</Th><Th>Financeur</Th><Th className="text-right">Prévu</Th></tr></thead>
                <tbody>{budget.parFinanceur.map((l) => <tr key={`${l.exercice}-${l.financeur}`}><Td>{l.exercice}</Td><Td>{LIBELLES_FINANCEUR_TB[l.financeur] ?? l.financeur}</Td><Td className="text-right whitespace-nowrap">{formaterEuros(l.prevu)}</Td></tr>)}</tbody>
              </Tableau>
              <Tableau legende="Coût par parcours et par sortie positive" legendeVisible>
                <thead><tr><Th>Convention</Th><Th className="text-right">Par parcours</Th><Th className="text-right">Par sortie positive</Th></tr></thead>
                <tbody>{budget.couts.map((c) => <tr key={c.id}><Td>{c.objet}</Td><Td className="text-right whitespace-nowrap">{c.parParcours === null ? "—" : formaterEuros(c.parParcours)}</Td><Td className="text-right whitespace-nowrap">{c.parSortiePositive === null ? "—" : formaterEuros(c.parSortiePositive)}</Td></tr>)}</tbody>
              </Tableau>
            </div>
          </Bloc>
        ) : null}
      </div>
    </>
  );
}
