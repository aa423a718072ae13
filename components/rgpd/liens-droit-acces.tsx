import { peutExporterDroitAcces } from "@/lib/rgpd/droit-acces";

/** Liens d'export du droit d'accès (administrateur, chargé de mission) ; rien pour les autres rôles. */
export async function LiensDroitAcces({ personneId }: { personneId: string }) {
  if (!(await peutExporterDroitAcces())) return null;
  return (
    <p className="no-print mb-4 text-sm">
      Droit d&apos;accès de la personne (RGPD) :{" "}
      <a href={`/beneficiaires/${personneId}/droit-acces?format=pdf`} className="text-marque-700 underline">
        tout ce qui est détenu, en PDF
      </a>{" "}
      ·{" "}
      <a href={`/beneficiaires/${personneId}/droit-acces?format=json`} className="text-marque-700 underline">
        en JSON
      </a>{" "}
      <span className="text-gray-700">(chaque export est inscrit au journal d&apos;audit)</span>
    </p>
  );
}
