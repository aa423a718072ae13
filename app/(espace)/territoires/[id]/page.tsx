import type { Metadata } from "next";
import Link from "@/components/ui/lien";
import { contextePage, ou404 } from "@/lib/pages";
import { obtenirTerritoire } from "@/lib/referentiels/queries/obtenir-territoire";
import { LIBELLES_TYPE_TERRITOIRE } from "@/lib/referentiels/libelles";
import { formaterNombre } from "@/lib/format";
import { EnTetePage } from "@/components/ui/en-tete-page";

export const metadata: Metadata = { title: "Territoire" };

export default async function PageTerritoire({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const t = await ou404(obtenirTerritoire(await contextePage("referentiels:lire"), id));
  return (
    <>
      <nav aria-label="Fil d'Ariane" className="mb-2 text-sm">
        <Link href="/territoires" className="underline">
          Territoires
        </Link>
        {t.parent ? (
          <>
            {" › "}
            <Link href={`/territoires/${t.parent.id}`} className="underline">
              {t.parent.nom}
            </Link>
          </>
        ) : null}
      </nav>
      <EnTetePage titre={t.nom} sousTitre={`${LIBELLES_TYPE_TERRITOIRE[t.type]} · code ${t.code}${t.qpv ? " · quartier prioritaire (QPV)" : ""}`} />
      <dl className="mb-8 grid grid-cols-2 gap-4 md:grid-cols-4">
        <div className="rounded border border-gray-300 bg-white p-4">
          <dt className="text-sm text-gray-700">Territoires rattachés</dt>
          <dd className="text-2xl font-bold">{formaterNombre(t.nombreDescendants)}</dd>
        </div>
        <div className="rounded border border-gray-300 bg-white p-4">
          <dt className="text-sm text-gray-700">Structures implantées</dt>
          <dd className="text-2xl font-bold">{formaterNombre(t._count.structures)}</dd>
        </div>
        <div className="rounded border border-gray-300 bg-white p-4">
          <dt className="text-sm text-gray-700">Utilisateurs rattachés</dt>
          <dd className="text-2xl font-bold">{formaterNombre(t._count.utilisateurs)}</dd>
        </div>
        {t.codeInsee ? (
          <div className="rounded border border-gray-300 bg-white p-4">
            <dt className="text-sm text-gray-700">Code INSEE</dt>
            <dd className="text-2xl font-bold">{t.codeInsee}</dd>
          </div>
        ) : null}
      </dl>
      <section aria-labelledby="titre-enfants">
        <h2 id="titre-enfants" className="mb-3 text-lg font-semibold text-marque-800">
          Composé de
        </h2>
        {t.enfants.length === 0 ? (
          <p>Ce territoire n&apos;a pas de subdivision.</p>
        ) : (
          <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
            {t.enfants.map((e) => (
              <li key={e.id} className="rounded border border-gray-300 bg-white p-3">
                <Link href={`/territoires/${e.id}`} className="font-medium underline">
                  {e.nom}
                </Link>
                <span className="block text-sm text-gray-700">
                  {LIBELLES_TYPE_TERRITOIRE[e.type]}
                  {e.qpv ? " · QPV" : ""}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
