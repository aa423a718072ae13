import type { Metadata } from "next";
import Link from "@/components/ui/lien";
import { contextePage, ou404 } from "@/lib/pages";
import { peut } from "@/lib/authz/permissions";
import { obtenirStructure } from "@/lib/referentiels/queries/obtenir-structure";
import { LIBELLES_CATEGORIE_STRUCTURE } from "@/lib/referentiels/libelles";
import { EnTetePage } from "@/components/ui/en-tete-page";
import { LienBouton } from "@/components/ui/bouton";
import { Alerte } from "@/components/ui/alerte";

export const metadata: Metadata = { title: "Structure" };

export default async function PageStructure({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ enregistre?: string }> }) {
  const [{ id }, { enregistre }] = await Promise.all([params, searchParams]);
  const contexte = await contextePage("referentiels:lire");
  const s = await ou404(obtenirStructure(contexte, id));
  const lignes: [string, React.ReactNode][] = [
    ["Catégorie", LIBELLES_CATEGORIE_STRUCTURE[s.categorie]],
    ["SIRET", s.siret],
    ["Adresse", [s.adresse, [s.codePostal, s.commune].filter(Boolean).join(" ")].filter(Boolean).join(", ")],
    ["Téléphone", s.telephone],
    ["Courriel", s.courriel],
    ["Territoire", s.territoire ? <Link href={`/territoires/${s.territoire.id}`} className="underline">{s.territoire.nom}</Link> : null],
    ["Comptes utilisateurs", String(s._count.utilisateurs)],
  ];
  return (
    <>
      <nav aria-label="Fil d'Ariane" className="mb-2 text-sm">
        <Link href="/structures" className="underline">
          Structures
        </Link>
      </nav>
      <EnTetePage
        titre={s.nom}
        sousTitre={s.sigle ?? undefined}
        actions={peut(contexte.acteur, "structures:modifier") ? <LienBouton href={`/structures/${s.id}/modifier`}>Modifier</LienBouton> : null}
      />
      {enregistre ? (
        <div className="mb-4">
          <Alerte type="succes">Structure enregistrée.</Alerte>
        </div>
      ) : null}
      <dl className="grid max-w-3xl grid-cols-1 gap-x-6 gap-y-3 rounded border border-gray-300 bg-white p-6 sm:grid-cols-[12rem_1fr]">
        {lignes.map(([libelle, valeur]) => (
          <div key={libelle} className="contents">
            <dt className="font-medium text-gray-700">{libelle}</dt>
            <dd>{valeur || "—"}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
