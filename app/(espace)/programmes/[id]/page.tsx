import type { Metadata } from "next";
import Link from "@/components/ui/lien";
import { contextePage, ou404 } from "@/lib/pages";
import { obtenirProgramme } from "@/lib/referentiels/queries/obtenir-programme";
import { LIBELLES_TYPE_PROGRAMME } from "@/lib/referentiels/libelles";
import { formaterDate } from "@/lib/format";
import { EnTetePage } from "@/components/ui/en-tete-page";
import { ArbreProgramme } from "@/components/referentiels/arbre-programme";
import { resultatsPublies } from "@/lib/chiffres-publies/queries/resultats-publies";
import { ResultatsPublies } from "@/components/chiffres-publies/resultats-publies";

export const metadata: Metadata = { title: "Programme" };

export default async function PageProgramme({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const contexte = await contextePage("referentiels:lire");
  const p = await ou404(obtenirProgramme(contexte, id));
  const resultats = await resultatsPublies(contexte, { programmeId: p.id });
  return (
    <>
      <nav aria-label="Fil d'Ariane" className="mb-2 text-sm">
        <Link href="/programmes" className="underline">
          Programmes
        </Link>
      </nav>
      <EnTetePage
        titre={p.intitule}
        sousTitre={`${LIBELLES_TYPE_PROGRAMME[p.type]} · ${p.anneeDebut}–${p.anneeFin} · ${p.territoire?.nom ?? "tout le département"}${p.dateVote ? ` · voté le ${formaterDate(p.dateVote)}` : ""}`}
      />
      {p.description ? <p className="mb-6 max-w-4xl">{p.description}</p> : null}
      <ArbreProgramme axes={p.axes} fiches={p.fiches} />
      <div className="mt-8">
        <ResultatsPublies blocs={resultats} titre="Résultats et objectifs publiés des fiches" />
      </div>
    </>
  );
}
