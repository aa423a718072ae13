import Link from "@/components/ui/lien";
import type { obtenirAction } from "@/lib/catalogue/queries/obtenir-action";
import { LIBELLES_MODE, LIBELLES_NATURE, LIBELLES_PUBLICS, LIBELLES_VISEE, type Public } from "@/lib/catalogue/domain/libelles";
import { formaterDate, formaterNombre } from "@/lib/format";
import { Occupation } from "./occupation";

type Action = Awaited<ReturnType<typeof obtenirAction>>;

/** Tout ce qu'un référent doit savoir d'une action ; sert à la page et à la fiche imprimable. */
export function FicheAction({ action: a, freins, liens = true }: { action: Action; freins: Map<string, string>; liens?: boolean }) {
  const porteur = a.porteur;
  const rubriques: [string, React.ReactNode][] = [
    ["Objectifs", a.objectifs],
    ["Public cible", [a.publics.map((p) => LIBELLES_PUBLICS[p as Public] ?? p).join(", "), a.publicCible].filter(Boolean).join(". ") || null],
    ["Freins levés", a.freins.map((f) => freins.get(f) ?? f).join(", ") || null],
    ["Visée", LIBELLES_VISEE[a.visee]],
    [
      "Secteur géographique",
      a.toutDepartement
        ? "Tout le département"
        : a.territoires.map((t, i) => (
            <span key={t.territoire.id}>
              {i ? ", " : ""}
              {liens ? (
                <Link className="underline" href={`/catalogue?territoire=${t.territoire.id}`}>
                  {t.territoire.nom}
                </Link>
              ) : (
                t.territoire.nom
              )}
            </span>
          )),
    ],
    ["Secteur tel que publié", a.secteurGeographique],
    ["Lieu d'intervention", a.lieuIntervention],
    ["Modalités", [a.modeIntervention ? LIBELLES_MODE[a.modeIntervention] : null, a.entreesSortiesPermanentes ? "entrées et sorties permanentes" : null, a.modalites].filter(Boolean).join(" ; ") || null],
    ["Heures par semaine", a.heuresHebdo !== null ? `${formaterNombre(a.heuresHebdo)} h` : null],
    ["Durée", a.duree],
    ["Modalités de prescription", a.modalitesPrescription],
    ["Période", a.dateDebut || a.dateFin ? `du ${formaterDate(a.dateDebut)} au ${formaterDate(a.dateFin)}` : null],
    ["Nature", a.nature ? LIBELLES_NATURE[a.nature] : null],
    ["Programme", a.programme ? [a.programme.intitule, a.axe ? `${a.axe.parent ? `${a.axe.parent.code} › ` : ""}${a.axe.code} ${a.axe.intitule}` : null, a.fiche ? `fiche ${a.fiche.code}` : null].filter(Boolean).join(" · ") : null],
    [
      "Porteur",
      porteur ? (
        <>
          {liens ? (
            <Link className="underline" href={`/structures/${porteur.id}`}>
              {porteur.nom}
            </Link>
          ) : (
            porteur.nom
          )}
          {porteur.sigle ? ` (${porteur.sigle})` : ""}
        </>
      ) : (
        "Plusieurs porteurs ou régie départementale"
      ),
    ],
    ["Contacts", a.contacts ?? (porteur ? [porteur.adresse, [porteur.codePostal, porteur.commune].filter(Boolean).join(" "), porteur.telephone, porteur.courriel].filter(Boolean).join(" · ") || null : null)],
  ];
  return (
    <div className="space-y-6">
      {a.suspendue ? (
        <div role="status" className="rounded border-l-4 border-erreur-700 bg-red-50 p-4 text-erreur-700">
          <p className="font-semibold">Action suspendue{a.suspendueLe ? ` depuis le ${formaterDate(a.suspendueLe)}` : ""}</p>
          {a.motifSuspension ? <p>Motif : {a.motifSuspension}</p> : null}
        </div>
      ) : null}
      <section aria-labelledby="titre-occupation" className="rounded border border-gray-300 bg-white p-4">
        <h2 id="titre-occupation" className="mb-2 text-lg font-semibold text-marque-800">
          Places
        </h2>
        <Occupation capacite={a.capacite} unite={a.uniteCapacite} participants={a.participantsEnCours} attente={a.listeAttente} />
      </section>
      <dl className="grid grid-cols-1 gap-x-6 gap-y-3 rounded border border-gray-300 bg-white p-6 sm:grid-cols-[14rem_1fr]">
        {rubriques.map(([libelle, valeur]) => (
          <div key={libelle} className="contents">
            <dt className="font-medium text-gray-700">{libelle}</dt>
            <dd className="whitespace-pre-line">{valeur || "—"}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
