"use client";

import { faireAvancerAideAction } from "@/lib/aides/actions";
import { LIBELLES_EVENEMENT, type Evenement } from "@/lib/aides/domain/regles";
import { Bouton } from "@/components/ui/bouton";
import { ChampSelection, ChampTexte, ChampZoneTexte } from "@/components/ui/champs";
import { MessageFormulaire } from "@/components/ui/message-formulaire";
import { useFormulaire } from "@/components/ui/use-formulaire";

const AIDE_MONTANT: Partial<Record<Evenement, string>> = {
  accorder: "Obligatoire pour un accord ; au plus le montant demandé et le reste de l'enveloppe.",
  verser: "Vide : le montant accordé.",
};

/** Instruction, décision et versement par le chargé de mission. */
export function EtapeAide({ id, version, evenements, aujourdhui }: { id: string; version: number; evenements: Evenement[]; aujourdhui: string }) {
  const f = useFormulaire(faireAvancerAideAction);
  if (!evenements.length) return null;
  return (
    <form action={f.envoyer} className="no-print space-y-3 rounded border border-gray-300 bg-white p-4" noValidate key={f.cle}>
      <h2 className="text-lg font-semibold text-marque-800">Étape suivante</h2>
      <MessageFormulaire etat={f.etat} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <div className="grid gap-3 md:grid-cols-3">
        <ChampSelection nom="evenement" libelle="Décision" obligatoire options={evenements.map((e) => ({ valeur: e, libelle: LIBELLES_EVENEMENT[e] }))} defaultValue={f.valeur("evenement") || evenements[0]} erreurs={f.erreurs.evenement} />
        <ChampTexte nom="date" libelle="Date" obligatoire type="date" defaultValue={f.valeur("date") || aujourdhui} erreurs={f.erreurs.date} />
        {evenements.some((e) => e === "accorder" || e === "verser") ? (
          <ChampTexte nom="montant" libelle="Montant (€)" inputMode="decimal" defaultValue={f.valeur("montant")} erreurs={f.erreurs.montant} aide={AIDE_MONTANT[evenements.includes("accorder") ? "accorder" : "verser"]} />
        ) : null}
      </div>
      <ChampZoneTexte nom="motif" libelle="Motif ou avis" defaultValue={f.valeur("motif")} erreurs={f.erreurs.motif} aide="Obligatoire pour un refus ou un ajournement ; communiqué au référent." />
      <Bouton type="submit" disabled={f.enCours}>Enregistrer</Bouton>
    </form>
  );
}
