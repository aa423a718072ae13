import type { Metadata } from "next";
import Link from "@/components/ui/lien";
import { contextePage } from "@/lib/pages";
import { listerProgrammes } from "@/lib/referentiels/queries/lister-programmes";
import { LIBELLES_TYPE_PROGRAMME } from "@/lib/referentiels/libelles";
import { EnTetePage } from "@/components/ui/en-tete-page";
import { Tableau, Td, Th } from "@/components/ui/tableau";

export const metadata: Metadata = { title: "Programmes" };

export default async function PageProgrammes() {
  const programmes = await listerProgrammes(await contextePage("referentiels:lire"));
  return (
    <>
      <EnTetePage titre="Programmes" sousTitre="PDI, PTI, programmes locaux et conventions, avec leurs axes et fiches actions." />
      <Tableau legende="Programmes du département">
        <thead>
          <tr>
            <Th>Programme</Th>
            <Th>Type</Th>
            <Th>Période</Th>
            <Th>Territoire</Th>
            <Th className="text-right">Axes</Th>
            <Th className="text-right">Fiches</Th>
          </tr>
        </thead>
        <tbody>
          {programmes.map((p) => (
            <tr key={p.id}>
              <Td>
                <Link href={`/programmes/${p.id}`} className="underline">
                  {p.intitule}
                </Link>
              </Td>
              <Td>{LIBELLES_TYPE_PROGRAMME[p.type]}</Td>
              <Td>{p.anneeDebut === p.anneeFin ? p.anneeDebut : `${p.anneeDebut}–${p.anneeFin}`}</Td>
              <Td>{p.territoire?.nom ?? "Département"}</Td>
              <Td className="text-right">{p._count.axes}</Td>
              <Td className="text-right">{p._count.fiches}</Td>
            </tr>
          ))}
        </tbody>
      </Tableau>
    </>
  );
}
