// Cartes du tableau de bord : chacune est un composant serveur asynchrone qui lance SA requête ; la page
// les enveloppe dans <Suspense> pour les envoyer en flux dès qu'elles sont prêtes.
import type { Contexte } from "@/lib/contexte";
import type { Portee } from "@/lib/tableaux-de-bord/queries/cartes";
import { carteContrats, carteDelais, carteEntrees, carteOffre, carteReferences, carteRepartitions, cartePyramide, carteSorties, porteePrecedente } from "@/lib/tableaux-de-bord/queries/cartes";
import { resultatsConventions, resultatsConventionsParAnnee } from "@/lib/tableaux-de-bord/queries/resultats-conventions";
import { comparerExercices } from "@/lib/budgets/queries/comparer-exercices";
import { ComparaisonBudget } from "@/components/budgets/comparaison-exercices";
import { comparerFluxCaf } from "@/lib/tableaux-de-bord/queries/flux-caf";
import { TableauCompare } from "./tableau-compare";
import { texteEvolution } from "./evolution";
import { budgetDepartement } from "@/lib/tableaux-de-bord/queries/budget-departement";
import { LIBELLES_ANCIENNETE, LIBELLES_FINANCEUR_TB, LIBELLES_NIVEAU, LIBELLES_REFERENCE, LIBELLES_SITUATION, MOIS } from "@/lib/tableaux-de-bord/libelles";
import { LIBELLES_SORTIE_BILAN } from "@/lib/conventions/libelles";
import { libelleCapacite, type Unite } from "@/lib/catalogue/domain/libelles";
import { formaterDate, formaterEuros, formaterNombre as formaterNombreBrut, formaterPourcentage } from "@/lib/format";
import { formaterEffectif, part } from "@/lib/tableaux-de-bord/domain/secret-statistique";
import { Tableau, Td, Th } from "@/components/ui/tableau";
import { Histogramme } from "./graphiques";
import { fluxParMois } from "@/lib/imports/queries/evenements";
import { BlocFluxCaf } from "@/components/imports/bloc-flux-caf";
import { carteEnCache } from "@/lib/tableaux-de-bord/cache-cartes";

// requêtes des cartes gardées en mémoire par version des agrégats (lib/tableaux-de-bord/cache-cartes.ts)
const enCache = {
  carteContrats: carteEnCache("carteContrats", carteContrats),
  carteEntrees: carteEnCache("carteEntrees", carteEntrees),
  carteDelais: carteEnCache("carteDelais", carteDelais),
  carteReferences: carteEnCache("carteReferences", carteReferences),
  cartePyramide: carteEnCache("cartePyramide", cartePyramide),
  carteRepartitions: carteEnCache("carteRepartitions", carteRepartitions),
  carteOffre: carteEnCache("carteOffre", carteOffre),
  carteSorties: carteEnCache("carteSorties", carteSorties),
  resultatsConventions: carteEnCache("resultatsConventions", resultatsConventions),
  resultatsConventionsParAnnee: carteEnCache("resultatsConventionsParAnnee", resultatsConventionsParAnnee),
  budgetDepartement: carteEnCache("budgetDepartement", budgetDepartement),
  comparerExercices: carteEnCache("comparerExercices", comparerExercices),
  fluxParMois: carteEnCache("fluxParMois", fluxParMois),
  comparerFluxCaf: carteEnCache("comparerFluxCaf", comparerFluxCaf),
};

type Props = { contexte: Contexte; portee: Portee; comparer?: boolean };

const pct = (v: number | null) => (v === null ? "—" : formaterPourcentage(v));
// effectifs masqués par le secret statistique (lecteur, petits territoires) : « < 11 »
const formaterNombre = (n: number | null) => formaterEffectif(n, formaterNombreBrut);

export function Bloc({ id, titre, children }: { id: string; titre: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`titre-${id}`} className="space-y-3 rounded border border-gray-300 bg-white p-4">
      <h2 id={`titre-${id}`} className="text-lg font-semibold text-marque-800">{titre}</h2>
      {children}
    </section>
  );
}

/** Ce qu'affiche une carte tant que sa requête n'a pas répondu. */
export function CarteEnAttente({ titre }: { titre: string }) {
  return (
    <section aria-busy="true" className="rounded border border-gray-300 bg-white p-4">
      <p className="text-lg font-semibold text-marque-800">{titre}</p>
      <p className="text-sm text-gray-700">Calcul en cours…</p>
    </section>
  );
}

function Repartition({ legende, lignes, libelles }: { legende: string; lignes: { modalite: string; n: number | null }[]; libelles: Record<string, string> }) {
  const total = lignes.some((l) => l.n === null) ? null : lignes.reduce((s, l) => s + (l.n ?? 0), 0);
  return (
    <Tableau legende={legende} legendeVisible>
      <thead><tr><Th>Modalité</Th><Th className="text-right">Effectif</Th><Th className="text-right">Part</Th></tr></thead>
      <tbody>
        {lignes.map((l) => (
          <tr key={l.modalite}><Td>{libelles[l.modalite] ?? l.modalite}</Td><Td className="text-right">{formaterNombre(l.n)}</Td><Td className="text-right">{pct(part(l.n, total))}</Td></tr>
        ))}
      </tbody>
    </Tableau>
  );
}

export async function CarteChiffresCles({ contexte, portee, comparer }: Props) {
  const prec = porteePrecedente(portee);
  const [{ population, contrats }, entrees, delais, entreesPrec, delaisPrec] = await Promise.all([
    enCache.carteContrats(contexte, portee),
    enCache.carteEntrees(contexte, portee),
    enCache.carteDelais(contexte, portee),
    comparer ? enCache.carteEntrees(contexte, prec) : null,
    comparer ? enCache.carteDelais(contexte, prec) : null,
  ]);
  // [libellé, valeur, valeur N-1 (flux de l'année seulement), unité de l'évolution]
  const cles: [string, string, { n: number | null; prec: number | null; unite: "nombre" | "taux" } | null][] = [
    ["Allocataires (foyers)", formaterNombre(population.allocataires), null],
    ["Demandeurs et conjoints", formaterNombre(population.personnes), null],
    ["Taux de contractualisation", pct(contrats.tauxContractualisation), null],
    ["Contrats d'au moins 15 h", pct(contrats.partQuinzeHeures), null],
    ["Exemptions d'heures", formaterNombre(contrats.exemptions), null],
    [`Entrants en ${portee.annee}`, formaterNombre(entrees.total), entreesPrec ? { n: entrees.total, prec: entreesPrec.total, unite: "nombre" } : null],
    ["Orientés en 15 jours ou moins", pct(delais.partOrientes15), delaisPrec ? { n: delais.partOrientes15, prec: delaisPrec.partOrientes15, unite: "taux" } : null],
    ["Premier contrat en 30 jours ou moins", pct(delais.partContrat30), delaisPrec ? { n: delais.partContrat30, prec: delaisPrec.partContrat30, unite: "taux" } : null],
  ];
  return (
    <div className="space-y-3">
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-4 print:grid-cols-4">
        {cles.map(([l, v]) => (
          <div key={l} className="rounded border border-gray-300 bg-white p-3 print:break-inside-avoid">
            <dt className="text-sm text-gray-700">{l}</dt>
            <dd className="text-2xl font-bold">{v}</dd>
          </div>
        ))}
      </dl>
      {comparer ? (
        <Tableau legende={`Flux de l'année : ${portee.annee} comparé à ${portee.annee - 1}`} legendeVisible>
          <thead><tr><Th>Indicateur</Th><Th className="text-right">{portee.annee}</Th><Th className="text-right">{portee.annee - 1}</Th><Th className="text-right">Évolution</Th></tr></thead>
          <tbody>
            {cles.flatMap(([l, v, c]) => (c ? [
              <tr key={l}>
                <Td>{l.replace(` en ${portee.annee}`, "")}</Td>
                <Td className="text-right">{v}</Td>
                <Td className="text-right">{c.unite === "taux" ? pct(c.prec) : formaterNombre(c.prec)}</Td>
                <Td className="text-right whitespace-nowrap">{texteEvolution(c.n, c.prec, c.unite)}</Td>
              </tr>,
            ] : []))}
          </tbody>
        </Tableau>
      ) : null}
      {comparer ? <p className="text-sm text-gray-700">Population, contrats et exemptions sont des stocks au dernier calcul : ils n&apos;ont pas de valeur pour l&apos;année précédente.</p> : null}
    </div>
  );
}

export async function CarteReferences({ contexte, portee }: Props) {
  const references = await enCache.carteReferences(contexte, portee);
  if (!references.length) return null;
  return (
    <Bloc id="references" titre="Chiffres publiés dans la fiche du pôle (PDI 2024-2026)">
      <Tableau legende="Chiffres de référence publiés">
        <thead><tr><Th>Indicateur</Th><Th className="text-right">Valeur publiée</Th></tr></thead>
        <tbody>
          {references.map((r) => (
            <tr key={r.id}><Td>{LIBELLES_REFERENCE[r.indicateur] ?? r.indicateur}</Td><Td className="text-right">{formaterNombre(r.valeur)}</Td></tr>
          ))}
        </tbody>
      </Tableau>
      <p className="text-sm text-gray-700">Source : {references[0]!.source}.</p>
    </Bloc>
  );
}

export async function CartePyramide({ contexte, portee }: Props) {
  const p = await enCache.cartePyramide(contexte, portee);
  return (
    <Bloc id="pyramide" titre="Demandeurs et conjoints dont le droit est ouvert, par âge et sexe">
      <p>
        Âge moyen : <strong>{p.ageMoyen === null ? "—" : formaterNombre(Math.round(p.ageMoyen * 10) / 10)} ans</strong> · 45 ans et plus :{" "}
        <strong>{pct(p.part45EtPlus)}</strong> · hommes {formaterNombre(p.hommes)} ({pct(part(p.hommes, p.total))}), femmes{" "}
        {formaterNombre(p.femmes)} ({pct(part(p.femmes, p.total))})
      </p>
      <div className="grid gap-4 xl:grid-cols-2">
        <Histogramme donnees={p.lignes.map((l) => ({ tranche: l.tranche, Hommes: l.hommes, Femmes: l.femmes }))} cle="tranche" series={[{ cle: "Hommes", libelle: "Hommes", couleur: "#1f5f99" }, { cle: "Femmes", libelle: "Femmes", couleur: "#b4451f" }]} />
        <Tableau legende="Répartition par tranche d'âge et sexe" legendeVisible>
          <thead><tr><Th>Tranche</Th><Th className="text-right">Hommes</Th><Th className="text-right">Femmes</Th><Th className="text-right">Total</Th><Th className="text-right">Part</Th></tr></thead>
          <tbody>
            {p.lignes.map((l) => (
              <tr key={l.tranche}><Td>{l.tranche === "60+" ? "60 ans et plus" : `${l.tranche} ans`}</Td><Td className="text-right">{formaterNombre(l.hommes)}</Td><Td className="text-right">{formaterNombre(l.femmes)}</Td><Td className="text-right">{formaterNombre(l.total)}</Td><Td className="text-right">{pct(l.part)}</Td></tr>
            ))}
            <tr className="font-semibold"><Td>Total</Td><Td className="text-right">{formaterNombre(p.hommes)}</Td><Td className="text-right">{formaterNombre(p.femmes)}</Td><Td className="text-right">{formaterNombre(p.total)}</Td><Td className="text-right">100 %</Td></tr>
          </tbody>
        </Tableau>
      </div>
    </Bloc>
  );
}

export async function CarteEntrees({ contexte, portee, comparer }: Props) {
  const [e, prec] = await Promise.all([enCache.carteEntrees(contexte, portee), comparer ? enCache.carteEntrees(contexte, porteePrecedente(portee)) : null]);
  const moisPrec = (m: number) => prec?.parMois.find((x) => x.mois === m)?.n ?? (prec ? 0 : null);
  const series = [{ cle: "Entrants", libelle: `Entrants ${portee.annee}`, couleur: "#1f5f99" }, ...(prec ? [{ cle: "Precedente", libelle: `Entrants ${portee.annee - 1}`, couleur: "#b4451f" }] : [])];
  return (
    <Bloc id="entrees" titre={`Ouvertures de droits par mois en ${portee.annee}${prec ? ` et ${portee.annee - 1}` : ""}`}>
      <p>Moyenne mensuelle : <strong>{e.moyenneMensuelle === null ? "—" : formaterNombre(Math.round(e.moyenneMensuelle))}</strong>{prec ? <> ({portee.annee - 1} : <strong>{prec.moyenneMensuelle === null ? "—" : formaterNombre(Math.round(prec.moyenneMensuelle))}</strong>)</> : null}. Les entrées et sorties constatées par les flux CAF / MSA figurent dans le bloc suivant.</p>
      <div className="grid gap-4 xl:grid-cols-2 print:grid-cols-1">
        <Histogramme donnees={e.parMois.map((x) => ({ mois: MOIS[x.mois - 1]!, Entrants: x.n, ...(prec ? { Precedente: moisPrec(x.mois) } : {}) }))} cle="mois" series={series} />
        <Tableau legende="Ouvertures de droits par mois" legendeVisible>
          <thead><tr><Th>Mois</Th><Th className="text-right">Foyers entrants{prec ? ` ${portee.annee}` : ""}</Th>{prec ? <><Th className="text-right">{portee.annee - 1}</Th><Th className="text-right">Évolution</Th></> : null}</tr></thead>
          <tbody>
            {e.parMois.map((x) => (
              <tr key={x.mois}>
                <Td>{MOIS[x.mois - 1]}</Td><Td className="text-right">{formaterNombre(x.n)}</Td>
                {prec ? <><Td className="text-right">{formaterNombre(moisPrec(x.mois))}</Td><Td className="text-right whitespace-nowrap">{texteEvolution(x.n, moisPrec(x.mois))}</Td></> : null}
              </tr>
            ))}
            {prec ? (
              <tr className="font-semibold"><Td>Total</Td><Td className="text-right">{formaterNombre(e.total)}</Td><Td className="text-right">{formaterNombre(prec.total)}</Td><Td className="text-right whitespace-nowrap">{texteEvolution(e.total, prec.total)}</Td></tr>
            ) : null}
          </tbody>
        </Tableau>
      </div>
    </Bloc>
  );
}

export async function CarteRepartitions({ contexte, portee }: Props) {
  const r = await enCache.carteRepartitions(contexte, portee);
  return (
    <div className="grid gap-6 xl:grid-cols-3">
      <Repartition legende="Situation familiale (foyers)" lignes={r.situations} libelles={LIBELLES_SITUATION} />
      <Repartition legende="Niveau de formation" lignes={r.niveaux} libelles={LIBELLES_NIVEAU} />
      <Repartition legende="Ancienneté dans le RSA (foyers)" lignes={r.anciennetes} libelles={LIBELLES_ANCIENNETE} />
    </div>
  );
}

export async function CarteOffre({ contexte, portee, comparer }: Props) {
  const [offre, sorties, sortiesPrec] = await Promise.all([enCache.carteOffre(contexte, portee), enCache.carteSorties(contexte, portee), comparer ? enCache.carteSorties(contexte, porteePrecedente(portee)) : null]);
  const types = [...new Set([...sorties.map((s) => s.type), ...(sortiesPrec ?? []).map((s) => s.type)])];
  const nombre = (liste: { type: string; n: number | null }[] | null, type: string) => (liste ? (liste.find((s) => s.type === type)?.n ?? 0) : null);
  return (
    <Bloc id="offre" titre="Offre d'insertion du territoire : occupation et sorties">
      <Tableau legende={`Actions ouvertes sur le territoire : occupation, liste d'attente et sortants de ${portee.annee} (objectif de sorties dynamiques : 50 %)`}>
        <thead>
          <tr>
            <Th>Action</Th><Th className="text-right">Capacité</Th><Th className="text-right">Participants</Th><Th className="text-right">En attente</Th><Th className="text-right">Occupation</Th>
            <Th className="text-right">Sortants {portee.annee}</Th>{comparer ? <><Th className="text-right">Sortants {portee.annee - 1}</Th><Th className="text-right">Évolution</Th></> : null}<Th className="text-right">Sorties dynamiques</Th>
          </tr>
        </thead>
        <tbody>
          {offre.map((o) => (
            <tr key={o.id}>
              <Td>{o.code} {o.intitule}</Td>
              <Td className="text-right">{o.capacite !== null && o.unite ? libelleCapacite(o.capacite, o.unite as Unite) : "—"}</Td>
              <Td className="text-right">{formaterNombre(o.participants)}</Td>
              <Td className="text-right">{formaterNombre(o.attente)}</Td>
              <Td className="text-right">{o.capacite && o.unite !== "ETP" ? pct(o.participants / o.capacite) : "—"}</Td>
              <Td className="text-right">{formaterNombre(o.sorties)}</Td>
              {comparer ? <><Td className="text-right">{formaterNombre(o.sortiesPrecedente)}</Td><Td className="text-right whitespace-nowrap">{texteEvolution(o.sorties, o.sortiesPrecedente)}</Td></> : null}
              <Td className={`text-right ${o.partDynamiques !== null && o.partDynamiques < 0.5 ? "font-semibold" : ""}`}>{pct(o.partDynamiques)}{o.partDynamiques !== null && o.partDynamiques < 0.5 ? <span className="block text-xs font-normal">sous l&apos;objectif</span> : null}</Td>
            </tr>
          ))}
        </tbody>
      </Tableau>
      <Tableau legende={`Sorties d'actions en ${portee.annee}${comparer ? ` et ${portee.annee - 1}` : ""} par type`} legendeVisible>
        <thead><tr><Th>Type de sortie</Th><Th className="text-right">{comparer ? String(portee.annee) : "Nombre"}</Th>{comparer ? <><Th className="text-right">{portee.annee - 1}</Th><Th className="text-right">Évolution</Th></> : null}</tr></thead>
        <tbody>
          {types.length ? types.map((t) => (
            <tr key={t}>
              <Td>{LIBELLES_SORTIE_BILAN[t] ?? t}</Td><Td className="text-right">{formaterNombre(nombre(sorties, t))}</Td>
              {comparer ? <><Td className="text-right">{formaterNombre(nombre(sortiesPrec, t))}</Td><Td className="text-right whitespace-nowrap">{texteEvolution(nombre(sorties, t), nombre(sortiesPrec, t))}</Td></> : null}
            </tr>
          )) : <tr><Td colSpan={comparer ? 4 : 2}>Aucune sortie enregistrée sur la période.</Td></tr>}
        </tbody>
      </Tableau>
    </Bloc>
  );
}

/** Résultats des conventions : parcours, sorties face à l'objectif, coût par parcours et par sortie positive. */
export async function CarteResultats({ contexte, portee, comparer }: Props) {
  const [lignes, parAnnee] = await Promise.all([enCache.resultatsConventions(contexte, portee), comparer ? enCache.resultatsConventionsParAnnee(contexte, portee) : null]);
  const euros = (v: number | null) => (v === null ? "—" : formaterEuros(v));
  return (
    <Bloc id="resultats" titre="Résultats des conventions : sorties face aux objectifs, coûts">
      <p className="text-sm text-gray-700">
        Parcours entrés sur les actions de chaque convention pendant sa période{portee.territoire ? ", des habitants du territoire (montant imputé au prorata de leurs parcours)" : ""}.
        Coût par sortie positive : montant ÷ sorties dynamiques (emploi durable, de transition, sortie positive) ; objectif conventionné : 50 % des sortants.
      </p>
      <Tableau legende="Résultats et coûts des conventions">
        <thead>
          <tr>
            <Th>Convention</Th><Th className="text-right">{portee.territoire ? "Montant imputé" : "Montant"}</Th><Th className="text-right">Parcours</Th><Th className="text-right">Sortants</Th>
            <Th className="text-right">Emploi durable</Th><Th className="text-right">Transition</Th><Th className="text-right">Sortie positive</Th><Th className="text-right">Sorties dynamiques</Th>
            <Th className="text-right">Coût par parcours</Th><Th className="text-right">Coût par sortie positive</Th>
            {portee.territoire ? null : <Th className="text-right">Bilans validés</Th>}
          </tr>
        </thead>
        <tbody>
          {lignes.length ? lignes.map((l) => {
            const sous = l.partDynamiques !== null && l.partDynamiques < l.objectifDynamiques;
            return (
              <tr key={l.id}>
                <Td>{l.objet}<span className="block text-xs text-gray-700">{l.actions ? `Action ${l.actions} · ` : ""}du {formaterDate(l.dateDebut)} au {formaterDate(l.dateFin)}</span></Td>
                <Td className="text-right whitespace-nowrap">{euros(l.montantImpute)}</Td>
                <Td className="text-right">{formaterNombre(l.parcours)}{l.volume !== null && !portee.territoire ? <span className="block text-xs">sur {formaterNombre(l.volume)} prévus</span> : null}</Td>
                <Td className="text-right">{formaterNombre(l.sortants)}</Td>
                <Td className="text-right">{formaterNombre(l.durable)}</Td>
                <Td className="text-right">{formaterNombre(l.transition)}</Td>
                <Td className="text-right">{formaterNombre(l.positive)}</Td>
                <Td className={`text-right ${sous ? "font-semibold" : ""}`}>{pct(l.partDynamiques)}{sous ? <span className="block text-xs font-normal">sous l&apos;objectif de {pct(l.objectifDynamiques)}</span> : null}</Td>
                <Td className="text-right whitespace-nowrap">{euros(l.coutParParcours)}</Td>
                <Td className="text-right whitespace-nowrap">{euros(l.coutParSortiePositive)}</Td>
                {portee.territoire ? null : <Td className="text-right whitespace-nowrap">{l.participantsBilan === null ? "aucun" : <>{formaterNombre(l.participantsBilan)} participants<span className="block text-xs">{formaterNombre(l.dynamiquesBilan ?? 0)} sorties dyn.</span></>}</Td>}
              </tr>
            );
          }) : <tr><Td colSpan={portee.territoire ? 10 : 11}>Aucun parcours des habitants du territoire sur les actions conventionnées.</Td></tr>}
        </tbody>
      </Tableau>
      {parAnnee ? (
        <>
          <TableauCompare
            legende={`Conventions commencées en ${portee.annee} comparées à ${portee.annee - 1}`}
            entete="Indicateur"
            periode={String(portee.annee)}
            precedente={String(portee.annee - 1)}
            lignes={[
              { libelle: "Conventions", n: parAnnee.annee.conventions, precedente: parAnnee.precedente.conventions, unite: "nombre" },
              { libelle: portee.territoire ? "Montant imputé" : "Montant", n: parAnnee.annee.montant, precedente: parAnnee.precedente.montant, unite: "euros" },
              { libelle: "Parcours", n: parAnnee.annee.parcours, precedente: parAnnee.precedente.parcours, unite: "nombre" },
              { libelle: "Sortants", n: parAnnee.annee.sortants, precedente: parAnnee.precedente.sortants, unite: "nombre" },
              { libelle: "Sorties dynamiques", n: parAnnee.annee.dynamiques, precedente: parAnnee.precedente.dynamiques, unite: "nombre" },
              { libelle: "Coût par parcours", n: parAnnee.annee.coutParParcours, precedente: parAnnee.precedente.coutParParcours, unite: "euros" },
              { libelle: "Coût par sortie positive", n: parAnnee.annee.coutParSortiePositive, precedente: parAnnee.precedente.coutParSortiePositive, unite: "euros" },
            ]}
          />
          <p className="text-sm text-gray-700">Une convention compte pour l&apos;année où commence sa période ; les bilans validés, déclarés par les structures, ne sont pas comparés.</p>
        </>
      ) : null}
    </Bloc>
  );
}

export async function CarteBudget({ contexte, portee, comparer }: Props) {
  const [budget, compare] = await Promise.all([enCache.budgetDepartement(contexte), comparer ? enCache.comparerExercices(contexte, portee.annee) : null]);
  return (
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
      </div>
      {compare ? <ComparaisonBudget compare={compare} exercices={[...new Set(budget.parAxe.map((l) => l.exercice))]} /> : null}
    </Bloc>
  );
}

/** Entrées et sorties constatées par les flux CAF / MSA (module imports). */
export async function CarteFluxCaf({ contexte, portee, comparer }: Props) {
  const flux = await enCache.fluxParMois(contexte, portee.territoire?.chemin ?? null, portee.annee);
  const compare = comparer ? await enCache.comparerFluxCaf(contexte, portee, flux) : null;
  return (
    <BlocFluxCaf flux={flux} annee={portee.annee}>
      {compare ? (
        <TableauCompare
          legende={`Flux CAF / MSA : ${portee.annee} comparé à ${portee.annee - 1}`}
          entete="Événement"
          periode={String(portee.annee)}
          precedente={String(portee.annee - 1)}
          lignes={compare.map((l) => ({ libelle: l.libelle, n: l.n, precedente: l.precedente, unite: "nombre" }))}
        />
      ) : null}
    </BlocFluxCaf>
  );
}
