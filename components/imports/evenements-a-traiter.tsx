import Link from "@/components/ui/lien";
import { formaterDate, formaterNombre } from "@/lib/format";
import { LIBELLES_EVENEMENT, type EvenementATraiter } from "@/lib/imports/queries/evenements";

function detail(e: EvenementATraiter): string {
  switch (e.type) {
    case "SORTANT":
      return e.contratRompu ? "Contrat d'engagement rompu et prescriptions closes (fin de droit)." : "Aucun contrat en cours à clore.";
    case "SUSPENSION":
      return "Versement suspendu : vérifier la situation avec la personne.";
    case "CHANGEMENT_TERRITOIRE":
      return `De ${e.territoireAvant ?? "—"} vers ${e.territoireApres ?? "—"} : passer le relais à la nouvelle équipe.`;
    case "DEPART_MEMBRE":
      return "N'apparaît plus dans le foyer transmis par la CAF / MSA.";
    default:
      return "";
  }
}

/** Section « à faire » des changements transmis par les flux CAF / MSA (fin de droit, suspension, territoire…). */
export function EvenementsATraiter({ lignes, total }: { lignes: EvenementATraiter[]; total: number }) {
  if (!total) return null;
  return (
    <section aria-labelledby="titre-evenements-flux" className="mb-6 rounded border border-gray-300 bg-white p-4">
      <h2 id="titre-evenements-flux" className="mb-2 text-lg font-semibold text-marque-800">
        Changements transmis par la CAF / MSA ({formaterNombre(total)})
      </h2>
      <p className="mb-2 text-sm text-gray-700">Personnes de votre périmètre sorties du RSA, suspendues, parties du territoire ou du foyer ces 60 derniers jours.</p>
      <ul className="space-y-2">
        {lignes.map((e, i) => (
          <li key={`${e.personneId}-${e.type}-${i}`}>
            <Link href={`/beneficiaires/${e.personneId}`} className="font-semibold underline">
              {e.nom.toUpperCase()} {e.prenom}
            </Link>{" "}
            — {LIBELLES_EVENEMENT[e.type] ?? e.type} le {formaterDate(e.date)}. <span className="text-gray-700">{detail(e)}</span>
          </li>
        ))}
      </ul>
      {total > lignes.length ? <p className="mt-2 text-sm text-gray-700">Les {formaterNombre(lignes.length)} plus récents sont affichés.</p> : null}
    </section>
  );
}
