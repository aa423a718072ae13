import type { Metadata } from "next";
import Link from "@/components/ui/lien";
import { contextePage } from "@/lib/pages";
import { listerTerritoires } from "@/lib/referentiels/queries/lister-territoires";
import { LIBELLES_TYPE_TERRITOIRE } from "@/lib/referentiels/libelles";
import { EnTetePage } from "@/components/ui/en-tete-page";
import { Tableau, Td, Th } from "@/components/ui/tableau";

export const metadata: Metadata = { title: "Territoires" };

export default async function PageTerritoires() {
  const territoires = await listerTerritoires(await contextePage("referentiels:lire"));
  return (
    <>
      <EnTetePage titre="Territoires" sousTitre="Pôles d'insertion, commissions RSA, cantons, communes et quartiers de votre périmètre." />
      {territoires.length === 0 ? (
        <p>Aucun territoire dans votre périmètre. Demandez à l&apos;administrateur fonctionnel de vous rattacher à un territoire.</p>
      ) : (
        <Tableau legende="Territoires de votre périmètre, dans l'ordre de la hiérarchie">
          <thead>
            <tr>
              <Th>Territoire</Th>
              <Th>Type</Th>
              <Th>Code</Th>
              <Th>QPV</Th>
            </tr>
          </thead>
          <tbody>
            {territoires.map((t) => (
              <tr key={t.id}>
                <Td>
                  <span style={{ paddingLeft: `${t.profondeur * 1.5}rem` }} className="inline-block">
                    <Link href={`/territoires/${t.id}`} className={`underline ${t.profondeur === 0 ? "font-semibold" : ""}`}>
                      {t.nom}
                    </Link>
                  </span>
                </Td>
                <Td>{LIBELLES_TYPE_TERRITOIRE[t.type]}</Td>
                <Td>{t.code}</Td>
                <Td>{t.qpv ? "Oui" : ""}</Td>
              </tr>
            ))}
          </tbody>
        </Tableau>
      )}
    </>
  );
}
