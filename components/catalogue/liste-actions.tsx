import Link from "@/components/ui/lien";
import type { ActionTrouvee } from "@/lib/catalogue/queries/rechercher-actions";
import { LIBELLES_PUBLICS, LIBELLES_VISEE, type Public } from "@/lib/catalogue/domain/libelles";
import { formaterDate } from "@/lib/format";
import { Occupation } from "./occupation";

export function ListeActions({ actions, freins }: { actions: ActionTrouvee[]; freins: Map<string, string> }) {
  const aujourdHui = new Date();
  return (
    <ol className="space-y-3" aria-label="Actions trouvées">
      {actions.map((a) => {
        const terminee = a.dateFin !== null && a.dateFin < aujourdHui;
        return (
          <li key={a.id} className="rounded border border-gray-300 bg-white p-4">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h2 className="text-lg font-semibold">
                <Link href={`/catalogue/${a.id}`} className="text-marque-800 underline">
                  <span className="font-mono">{a.code}</span> {a.intitule}
                </Link>
              </h2>
              <p className="flex gap-2 text-xs font-semibold uppercase">
                <span className="rounded bg-marque-50 px-2 py-1 text-marque-800">{LIBELLES_VISEE[a.visee]}</span>
                {a.suspendue ? <span className="rounded bg-red-50 px-2 py-1 text-erreur-700">Suspendue</span> : null}
                {terminee ? <span className="rounded bg-gray-100 px-2 py-1 text-gray-800">Terminée le {formaterDate(a.dateFin)}</span> : null}
              </p>
            </div>
            <p className="mt-1 text-sm text-gray-800">
              {a.porteur ?? "Plusieurs porteurs ou régie"} · {a.territoires || "—"}
              {a.programme ? ` · ${a.programme}` : ""}
            </p>
            <p className="mt-2 line-clamp-2">{a.objectifs}</p>
            {a.publics.length || a.freins.length ? (
              <p className="mt-2 text-sm text-gray-800">
                {[...a.publics.map((p) => LIBELLES_PUBLICS[p as Public] ?? p), ...a.freins.map((f) => `Frein : ${freins.get(f) ?? f}`)].join(" · ")}
              </p>
            ) : null}
            <div className="mt-2">
              <Occupation capacite={a.capacite} unite={a.uniteCapacite} participants={a.participantsEnCours} attente={a.listeAttente} compacte />
            </div>
          </li>
        );
      })}
    </ol>
  );
}
