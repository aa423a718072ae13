"use client";

import { evenementContratAction, renouvelerContratAction } from "@/lib/contrats/actions";
import { Bouton } from "@/components/ui/bouton";
import { ChampTexte, ChampZoneTexte } from "@/components/ui/champs";
import { MessageFormulaire } from "@/components/ui/message-formulaire";
import { useFormulaire } from "@/components/ui/use-formulaire";

const cadre = "no-print space-y-3 rounded border border-gray-300 bg-white p-4";

export function FormulaireEvenement({ id, version, evenement, titre, bouton, avecDate, avecMotif }: { id: string; version: number; evenement: "signer" | "valider" | "rompre"; titre: string; bouton: string; avecDate?: boolean; avecMotif?: boolean }) {
  const f = useFormulaire(evenementContratAction);
  return (
    <form action={f.envoyer} className={cadre} noValidate key={f.cle}>
      <h2 className="font-semibold text-marque-800">{titre}</h2>
      <MessageFormulaire etat={f.etat} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="evenement" value={evenement} />
      {avecDate ? <ChampTexte nom="date" identifiant={`${evenement}-date`} libelle="Date de signature" type="date" defaultValue={f.valeur("date") || new Date().toISOString().slice(0, 10)} erreurs={f.erreurs.date} /> : null}
      {avecMotif ? <ChampTexte nom="motif" identifiant={`${evenement}-motif`} libelle="Motif" obligatoire defaultValue={f.valeur("motif")} erreurs={f.erreurs.motif} /> : null}
      <Bouton type="submit" variante={evenement === "rompre" ? "danger" : "primaire"} disabled={f.enCours}>
        {bouton}
      </Bouton>
    </form>
  );
}

export function FormulaireRenouvellement({ id }: { id: string }) {
  const f = useFormulaire(renouvelerContratAction);
  return (
    <form action={f.envoyer} className={cadre} noValidate key={f.cle}>
      <h2 className="font-semibold text-marque-800">Renouveler le contrat</h2>
      <MessageFormulaire etat={f.etat} />
      <input type="hidden" name="id" value={id} />
      <ChampZoneTexte nom="bilan" libelle="Bilan du contrat qui s'achève" obligatoire rows={4} aide="Objectifs atteints, difficultés, situation au moment du renouvellement." defaultValue={f.valeur("bilan")} erreurs={f.erreurs.bilan} />
      <Bouton type="submit" disabled={f.enCours}>
        Préparer le contrat suivant
      </Bouton>
    </form>
  );
}
