import type { Metadata } from "next";
import { contextePage } from "@/lib/pages";
import { listerNomenclatures } from "@/lib/referentiels/queries/lister-nomenclatures";
import { LIBELLES_LISTES } from "@/lib/referentiels/nomenclatures";
import { EnTetePage } from "@/components/ui/en-tete-page";
import { Tableau, Td, Th } from "@/components/ui/tableau";

export const metadata: Metadata = { title: "Listes de référence" };

export default async function PageNomenclatures() {
  const valeurs = await listerNomenclatures(await contextePage("referentiels:lire"));
  const listes = [...new Set(valeurs.map((v) => v.liste))];
  return (
    <>
      <EnTetePage titre="Listes de référence" sousTitre="Valeurs nationales et extensions propres au département ; chaque valeur locale correspond à une valeur nationale." />
      <div className="space-y-8">
        {listes.map((liste) => (
          <section key={liste} aria-labelledby={`liste-${liste}`}>
            <h2 id={`liste-${liste}`} className="mb-2 text-lg font-semibold text-marque-800">
              {LIBELLES_LISTES[liste]}
            </h2>
            <Tableau legende={LIBELLES_LISTES[liste]}>
              <thead>
                <tr>
                  <Th>Code</Th>
                  <Th>Libellé</Th>
                  <Th>Origine</Th>
                  <Th>Correspond à</Th>
                </tr>
              </thead>
              <tbody>
                {valeurs
                  .filter((v) => v.liste === liste)
                  .map((v) => (
                    <tr key={v.id}>
                      <Td className="font-mono">{v.code}</Td>
                      <Td>{v.libelle}</Td>
                      <Td>{v.departementId ? "Département" : "National"}</Td>
                      <Td>{v.correspondance?.libelle ?? "—"}</Td>
                    </tr>
                  ))}
              </tbody>
            </Tableau>
          </section>
        ))}
      </div>
    </>
  );
}
