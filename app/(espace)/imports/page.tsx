import type { Metadata } from "next";
import Link from "next/link";
import { contextePage } from "@/lib/pages";
import { listerImports } from "@/lib/imports/queries/imports";
import { formaterDateHeure, formaterNombre } from "@/lib/format";
import { EnTetePage } from "@/components/ui/en-tete-page";
import { Tableau, Td, Th } from "@/components/ui/tableau";
import { FormulaireDepot } from "@/components/imports/formulaire-depot";
import { LIBELLES_STATUT_IMPORT } from "@/components/imports/libelles";

export const metadata: Metadata = { title: "Imports" };

export default async function PageImports() {
  const imports = await listerImports(await contextePage("imports:gerer"));
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
