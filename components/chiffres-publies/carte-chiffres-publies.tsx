import Link from "@/components/ui/lien";
import type { Contexte } from "@/lib/contexte";
import { comparerChiffresPublies, type ComparaisonChiffre, type EvaluationAction } from "@/lib/chiffres-publies/queries/comparer-chiffres";
import { formaterSource, formaterValeur, LIBELLES_GROUPES_ACTIVITE } from "@/lib/chiffres-publies/libelles";
import { formaterEuros, formaterNombre } from "@/lib/format";
import { Tableau, Td, Th } from "@/components/ui/tableau";
import { carteEnCache } from "@/lib/tableaux-de-bord/cache-cartes";

// gardé en mémoire par version des agrégats (lib/tableaux-de-bord/cache-cartes.ts)
const chiffresEnCache = carteEnCache("comparerChiffresPublies", comparerChiffresPublies);

function Comparaison({ legende, chiffres }: { legende: string; chiffres: ComparaisonChiffre[] }) {
  return (
    <Tableau legende={legende} legendeVisible>
      <thead><tr><Th>Indicateur</Th><Th className="text-right">Publié</Th><Th className="text-right">Calculé par l&apos;application</Th><Th>Source</Th></tr></thead>
      <tbody>
        {chiffres.map((c) => (
          <tr key={`${c.indicateur}-${c.dimension}-${c.source}`}>
            <Td>{c.libelle}</Td>
            <Td className="text-right whitespace-nowrap">{formaterValeur(c.publie, c.unite)}</Td>
            <Td className="text-right whitespace-nowrap">{formaterValeur(c.calcule, c.unite)}</Td>
            <Td className="whitespace-nowrap">{formaterSource(c.source)}</Td>
          </tr>
        ))}
      </tbody>
    </Tableau>
  );
}

/** Photographie du territoire : chiffres simples, puis le baromètre social département / région côte à côte. */
function Contexte({ chiffres }: { chiffres: ComparaisonChiffre[] }) {
  const barometre = chiffres.filter((c) => c.dimension === "DEPARTEMENT" || c.dimension === "REGION");
  const simples = chiffres.filter((c) => !barometre.includes(c));
  const lignesBarometre = barometre.filter((c) => c.dimension === "DEPARTEMENT").map((d) => ({ d, r: barometre.find((x) => x.dimension === "REGION" && x.indicateur === d.indicateur) }));
  return (
    <div className="space-y-4">
      <Tableau legende="Photographie du territoire (PDI 2024-2026, partie 1)" legendeVisible>
        <thead><tr><Th>Indicateur</Th><Th className="text-right">Publié</Th><Th>Source</Th></tr></thead>
        <tbody>
          {simples.map((c) => (
            <tr key={`${c.indicateur}-${c.dimension}-${c.source}`}>
              <Td>{c.libelle}</Td>
              <Td className="text-right whitespace-nowrap">{formaterValeur(c.publie, c.unite)}</Td>
              <Td className="whitespace-nowrap">{formaterSource(c.source)}</Td>
            </tr>
          ))}
        </tbody>
      </Tableau>
      {lignesBarometre.length ? (
        <Tableau legende="Baromètre social 2023 : le département face à la région" legendeVisible>
          <thead><tr><Th>Indicateur</Th><Th className="text-right">Département</Th><Th className="text-right">Région</Th><Th>Source</Th></tr></thead>
          <tbody>
            {lignesBarometre.map(({ d, r }) => (
              <tr key={d.indicateur}>
                <Td>{d.libelle}</Td>
                <Td className="text-right whitespace-nowrap">{formaterValeur(d.publie, d.unite)}</Td>
                <Td className="text-right whitespace-nowrap">{r ? formaterValeur(r.publie, r.unite) : "—"}</Td>
                <Td className="whitespace-nowrap">{formaterSource(d.source)}</Td>
              </tr>
            ))}
          </tbody>
        </Tableau>
      ) : null}
    </div>
  );
}

/** Les conventions de l'action évaluée : montant et bilan, à côté de l'évaluation publiée. */
function ConventionsEvaluees({ e }: { e: EvaluationAction }) {
  if (!e.conventions.length) return null;
  return (
    <ul className="ml-1 list-disc space-y-1 pl-5 text-sm">
      {e.conventions.map((c) => (
        <li key={c.id}>
          <Link className="underline" href={`/conventions/${c.id}`}>{c.objet}</Link>
          {" : "}
          {c.montant === null ? "montant non communiqué" : formaterEuros(c.montant)}
          {c.bilan ? ` ; bilan : ${formaterNombre(c.bilan.participants)} participants, ${formaterNombre(c.bilan.sortiesDynamiques)} sorties dynamiques` : " ; pas encore de bilan"}
        </li>
      ))}
    </ul>
  );
}

/**
 * Chiffres publiés d'un territoire (ou du département) : le document face au calcul. Sur le tableau de bord
 * (`complet` absent), la carte ne garde que ce qui se compare — les chiffres que l'application recalcule et
 * l'évaluation des actions — et renvoie pour le reste (activité non recalculable, photographie du
 * territoire, baromètre social : plus d'une centaine de lignes au département) à la page des chiffres
 * publiés, qui montre tout.
 */
export async function CarteChiffresPublies({ contexte, territoireId, complet = false }: { contexte: Contexte; territoireId: string | null; complet?: boolean }) {
  const donnees = await chiffresEnCache(contexte, territoireId);
  const { annee, evaluations } = donnees;
  if (!annee) return null;
  const compare = (c: ComparaisonChiffre) => complet || c.calcule !== null;
  const allocataires = donnees.allocataires.filter(compare);
  const groupesActivite = donnees.groupesActivite.map((g) => ({ ...g, chiffres: g.chiffres.filter(compare) })).filter((g) => g.chiffres.length);
  const photographie = complet ? donnees.contexte : [];
  const chiffresEvaluations = evaluations.reduce((n, e) => n + e.chiffres.length, 0);
  const total = donnees.allocataires.length + donnees.activite.length + donnees.contexte.length + chiffresEvaluations;
  const montres = allocataires.length + groupesActivite.reduce((n, g) => n + g.chiffres.length, 0) + photographie.length + chiffresEvaluations;
  const lienComplet = `/tableaux-de-bord/chiffres-publies${territoireId ? `?territoire=${encodeURIComponent(territoireId)}` : ""}`;
  const conventions = evaluations.flatMap((e) => e.conventions);
  const parAnnee = [...new Set(conventions.map((c) => c.annee))].sort().map((a) => {
    const liste = conventions.filter((c) => c.annee === a);
    return { annee: a, nombre: liste.length, montant: liste.reduce((s, c) => s + (c.montant ?? 0), 0), bilans: liste.filter((c) => c.bilan).length };
  });
  return (
    <section aria-labelledby="titre-chiffres-publies" className="space-y-4 rounded border border-gray-300 bg-white p-4">
      <h2 id="titre-chiffres-publies" className="text-lg font-semibold text-marque-800">Chiffres publiés ({annee}) et calculs de l&apos;application</h2>
      <p className="text-sm text-gray-700">Les chiffres publiés sont ceux du document source (ligne citée). Le calcul porte sur les données de l&apos;application : âges et ancienneté au 30/11/{annee}, entrées et sorties des actions datées de {annee} (un objectif se lit en face du résultat {annee}), délais médians des entrants de {annee}.</p>
      {!complet && montres < total ? (
        <p className="no-print text-sm">
          Ici, les chiffres que l&apos;application recalcule ({formaterNombre(montres)} sur {formaterNombre(total)}).{" "}
          <Link className="font-semibold underline" href={lienComplet}>Voir les {formaterNombre(total)} chiffres publiés</Link> : activité du dispositif, photographie du territoire, baromètre social.
        </p>
      ) : null}
      {allocataires.length ? <Comparaison legende={`Allocataires ${annee} : publié et calculé`} chiffres={allocataires} /> : null}
      {groupesActivite.map((g) => (
        <Comparaison key={g.dimension} legende={`Activité du dispositif RSA ${annee} – ${LIBELLES_GROUPES_ACTIVITE[g.dimension] ?? g.dimension} : publié et calculé`} chiffres={g.chiffres} />
      ))}
      {photographie.length ? <Contexte chiffres={photographie} /> : null}
      {parAnnee.length ? (
        <Tableau legende="Conventions des actions évaluées : montants et bilans" legendeVisible>
          <thead><tr><Th>Année de début</Th><Th className="text-right">Conventions</Th><Th className="text-right">Montant conventionné</Th><Th className="text-right">Bilans reçus</Th></tr></thead>
          <tbody>
            {parAnnee.map((l) => (
              <tr key={l.annee}>
                <Td>{l.annee}</Td>
                <Td className="text-right">{formaterNombre(l.nombre)}</Td>
                <Td className="text-right whitespace-nowrap">{formaterEuros(l.montant)}</Td>
                <Td className="text-right">{formaterNombre(l.bilans)}</Td>
              </tr>
            ))}
          </tbody>
        </Tableau>
      ) : null}
      {evaluations.map((e) => (
        <div key={e.actionId} className="space-y-2">
          <Comparaison legende={`${e.code} ${e.intitule} : évaluation ${annee}`} chiffres={e.chiffres} />
          <ConventionsEvaluees e={e} />
        </div>
      ))}
    </section>
  );
}
