import type { BlocResultats } from "@/lib/chiffres-publies/queries/resultats-publies";
import { formaterSource, formaterValeur } from "@/lib/chiffres-publies/libelles";
import { Tableau, Td, Th } from "@/components/ui/tableau";

/**
 * « Résultats et objectifs publiés » : pour chaque fiche ou action, les chiffres du document (année,
 * objectif, résultat, ligne citée) et, en face, ce que l'application calcule quand elle le sait.
 */
export function ResultatsPublies({ blocs, titre = "Résultats et objectifs publiés", niveau = 2 }: { blocs: BlocResultats[]; titre?: string; niveau?: 2 | 3 }) {
  if (!blocs.length) return null;
  const Titre = niveau === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby="titre-resultats-publies" className="space-y-3">
      <Titre id="titre-resultats-publies" className="text-lg font-semibold text-marque-800">
        {titre}
      </Titre>
      <p className="text-sm text-gray-700">
        Chiffres des documents sources, tels que publiés, avec la ligne citée. « Calculé » : ce que l&apos;application trouve dans ses données pour le même indicateur (capacité des actions, volume des conventions, participations enregistrées de l&apos;année) ; « — » quand elle n&apos;a rien à mettre en face.
      </p>
      {blocs.map((b) => (
        <Tableau key={b.cle} legende={`${b.titre} : résultats et objectifs publiés`} legendeVisible>
          <thead>
            <tr><Th>Année</Th><Th>Indicateur</Th><Th className="text-right">Objectif</Th><Th className="text-right">Résultat</Th><Th className="text-right">Calculé par l&apos;application</Th><Th>Source</Th></tr>
          </thead>
          <tbody>
            {b.lignes.map((l) => (
              <tr key={`${l.annee}-${l.indicateur}-${l.dimension}`}>
                <Td>{l.annee}</Td>
                <Td>{l.libelle}</Td>
                <Td className="text-right whitespace-nowrap">{formaterValeur(l.objectif, l.unite)}</Td>
                <Td className="text-right whitespace-nowrap">{formaterValeur(l.resultat, l.unite)}</Td>
                <Td className="text-right whitespace-nowrap">{formaterValeur(l.calcule, l.unite)}</Td>
                <Td className="whitespace-nowrap">{l.sources.map(formaterSource).join(" ; ")}</Td>
              </tr>
            ))}
          </tbody>
        </Tableau>
      ))}
    </section>
  );
}
