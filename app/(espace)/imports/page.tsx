import type { Metadata } from "next";
import Link from "@/components/ui/lien";
import { contextePage } from "@/lib/pages";
import { communesAAffecter, listerImports } from "@/lib/imports/queries/imports";
import { formaterDateHeure, formaterNombre } from "@/lib/format";
import { EnTetePage } from "@/components/ui/en-tete-page";
import { Tableau, Td, Th } from "@/components/ui/tableau";
import { FormulaireDepot } from "@/components/imports/formulaire-depot";
import { LIBELLES_STATUT_IMPORT } from "@/components/imports/libelles";

export const metadata: Metadata = { title: "Imports" };

export default async function PageImports() {
  const contexte = await contextePage("imports:gerer");
  const [imports, aAffecter] = await Promise.all([listerImports(contexte), communesAAffecter(contexte)]);
  return (
    <>
      <EnTetePage
        titre="Imports des allocataires"
        sousTitre="Flux CAF / MSA et tableurs : les foyers sont créés ou mis à jour, les événements (entrants, sortants, suspensions, déménagements…) datés du flux, les foyers en erreur rejetés un à un."
      />
      <section aria-labelledby="titre-depot" className="mb-8">
        <h2 id="titre-depot" className="mb-3 text-lg font-semibold">
          Déposer un fichier
        </h2>
        <FormulaireDepot />
      </section>
      {aAffecter.length ? (
        <section aria-labelledby="titre-a-affecter" className="mb-8 rounded border border-gray-300 bg-white p-4">
          <h2 id="titre-a-affecter" className="mb-2 text-lg font-semibold text-marque-800">
            Communes « territoire à affecter » ({formaterNombre(aAffecter.length)})
          </h2>
          <p className="mb-2 text-sm text-gray-700">
            Ces communes du département ne sont rattachées à aucun pôle d&apos;insertion ni aucune commission RSA : leurs foyers sont importés
            ({formaterNombre(aAffecter.reduce((s, c) => s + c.foyers, 0))} à ce jour) mais n&apos;apparaissent dans aucun territoire. Rattachez-les.
          </p>
          <p className="text-sm">
            {aAffecter.map((c, i) => (
              <span key={c.id}>
                {i ? ", " : ""}
                {c.nom} ({c.code}{c.foyers ? ` · ${formaterNombre(c.foyers)} foyers` : ""})
              </span>
            ))}
          </p>
        </section>
      ) : null}
      <section aria-labelledby="titre-historique">
        <h2 id="titre-historique" className="mb-3 text-lg font-semibold">
          Derniers imports
        </h2>
        {imports.length === 0 ? (
          <p>Aucun import pour le moment.</p>
        ) : (
          <Tableau legende="Derniers imports du département, les plus récents d'abord">
            <thead>
              <tr>
                <Th>Date</Th>
                <Th>Fichier</Th>
                <Th>Par</Th>
                <Th>État</Th>
                <Th className="text-right">Foyers lus</Th>
                <Th className="text-right">Appliqués</Th>
                <Th className="text-right">Rejetés</Th>
                <Th className="text-right">Changements</Th>
              </tr>
            </thead>
            <tbody>
              {imports.map((i) => (
                <tr key={i.id}>
                  <Td>{formaterDateHeure(i.creeLe)}</Td>
                  <Td>
                    <Link href={`/imports/${i.id}`} className="text-marque-700 underline">
                      {i.nomFichier}
                    </Link>
                  </Td>
                  <Td>{i.auteur}</Td>
                  <Td>{LIBELLES_STATUT_IMPORT[i.statut] ?? i.statut}</Td>
                  <Td className="text-right">{formaterNombre(i.foyersDansLeFichier)}</Td>
                  <Td className="text-right">{formaterNombre(i.foyersAppliques)}</Td>
                  <Td className="text-right">{formaterNombre(i.foyersRejetes)}</Td>
                  <Td className="text-right">{formaterNombre(i.changements)}</Td>
                </tr>
              ))}
            </tbody>
          </Tableau>
        )}
      </section>
    </>
  );
}
