import type { StatutFiche } from "@/lib/generated/prisma/enums";

const LIBELLES_STATUT: Record<StatutFiche, string> = {
  NOUVELLE: "Action nouvelle",
  RENFORCEE: "Action renforcée",
  RENOUVELLEMENT: "Renouvellement",
  EXPERIMENTATION: "Expérimentation",
  SANS_OBJET: "Sans objet",
};

interface Axe {
  id: string;
  parentId: string | null;
  code: string;
  intitule: string;
}
interface Fiche {
  id: string;
  axeId: string | null;
  code: string;
  intitule: string;
  socle: boolean | null;
  statut: StatutFiche | null;
}

function ListeFiches({ liste }: { liste: Fiche[] }) {
  if (!liste.length) return null;
  return (
    <ul className="mt-2 space-y-1">
      {liste.map((f) => (
        <li key={f.id} className="rounded bg-gray-50 px-3 py-2">
          <span className="font-mono font-semibold">{f.code}</span> {f.intitule}
          {f.socle !== null ? <span className="ml-2 text-sm text-gray-700">· {f.socle ? "socle" : "hors socle"}</span> : null}
          {f.statut ? <span className="ml-2 text-sm text-gray-700">· {LIBELLES_STATUT[f.statut]}</span> : null}
        </li>
      ))}
    </ul>
  );
}

/** Axes → sous-axes → fiches, dans l'ordre imprimé du document. */
export function ArbreProgramme({ axes, fiches }: { axes: Axe[]; fiches: Fiche[] }) {
  const racines = axes.filter((a) => !a.parentId);
  const sousAxes = (id: string) => axes.filter((a) => a.parentId === id);
  const fichesDe = (id: string | null) => fiches.filter((f) => f.axeId === id);
  return (
    <div className="space-y-6">
      {racines.map((axe) => (
        <section key={axe.id} aria-labelledby={`axe-${axe.id}`} className="rounded border border-gray-300 bg-white p-4">
          <h2 id={`axe-${axe.id}`} className="text-lg font-semibold text-marque-800">
            {axe.code} — {axe.intitule}
          </h2>
          <ListeFiches liste={fichesDe(axe.id)} />
          {sousAxes(axe.id).map((sa) => (
            <div key={sa.id} className="mt-4">
              <h3 className="font-semibold">
                {sa.code} {sa.intitule}
              </h3>
              <ListeFiches liste={fichesDe(sa.id)} />
            </div>
          ))}
        </section>
      ))}
      {fichesDe(null).length ? (
        <section aria-labelledby="fiches-sans-axe" className="rounded border border-gray-300 bg-white p-4">
          <h2 id="fiches-sans-axe" className="text-lg font-semibold text-marque-800">
            Fiches hors axe
          </h2>
          <ListeFiches liste={fichesDe(null)} />
        </section>
      ) : null}
    </div>
  );
}
