import { calculerOccupation } from "@/lib/catalogue/domain/occupation";
import { libelleCapacite, type Unite } from "@/lib/catalogue/domain/libelles";
import { formaterNombre, formaterPourcentage } from "@/lib/format";

/** Capacité, participants et liste d'attente, en texte (et en jauge visuelle quand c'est comparable). */
export function Occupation({ capacite, unite, participants, attente, compacte = false }: { capacite: number | null; unite: Unite | null; participants: number; attente: number; compacte?: boolean }) {
  const occ = calculerOccupation(capacite, unite, participants);
  const pourcentage = occ.taux === null ? 0 : Math.min(100, Math.round(occ.taux * 100));
  return (
    <div className="text-sm">
      <p>
        {capacite !== null && unite ? <span className="font-medium">{libelleCapacite(capacite, unite)} conventionné{unite === "PLACES" ? "e" : ""}{capacite >= 2 ? "s" : ""}</span> : <span>Capacité non renseignée</span>}
        {" · "}
        {formaterNombre(participants)} participant{participants > 1 ? "s" : ""} en cours
        {attente ? ` · ${formaterNombre(attente)} en attente` : ""}
      </p>
      {occ.comparable ? (
        <>
          <div aria-hidden="true" className={`mt-1 h-2 overflow-hidden rounded bg-gray-200 ${compacte ? "max-w-48" : "max-w-md"}`}>
            <div className={`h-2 ${occ.complete ? "bg-accent-600" : "bg-succes-700"}`} style={{ width: `${pourcentage}%` }} />
          </div>
          <p className={occ.complete ? "font-semibold text-accent-600" : "text-succes-700"}>
            {occ.complete ? "Complet" : `${formaterNombre(occ.placesRestantes!)} disponible${occ.placesRestantes! > 1 ? "s" : ""}`} ({formaterPourcentage(occ.taux!)} d&apos;occupation)
          </p>
        </>
      ) : null}
    </div>
  );
}
