"use client";

import { parametresAction } from "@/lib/droits-devoirs/actions";
import { Bouton } from "@/components/ui/bouton";
import { ChampTexte } from "@/components/ui/champs";
import { MessageFormulaire } from "@/components/ui/message-formulaire";
import { useFormulaire } from "@/components/ui/use-formulaire";

const CHAMPS: [string, string, string][] = [
  ["delaiContratApresOrientation", "Pas de contrat : jours après l'orientation", "Une personne orientée sans contrat signé après ce délai devient une situation à examiner."],
  ["delaiRenouvellement", "Non-renouvellement : jours après l'échéance", "Un contrat échu sans contrat suivant après ce délai."],
  ["seuilAbsences", "Absences répétées : nombre de rendez-vous non honorés", "Rendez-vous non honorés et non excusés."],
  ["fenetreAbsences", "Absences répétées : sur combien de jours", ""],
  ["delaiObservations", "Délai laissé pour présenter des observations (jours)", "Aucun avis ni décision avant son terme, sauf observations reçues."],
];

export function FormulaireParametres({ valeurs }: { valeurs: Record<string, number> }) {
  const f = useFormulaire(parametresAction, Object.fromEntries(Object.entries(valeurs).map(([k, v]) => [k, String(v)])));
  return (
    <form action={f.envoyer} className="max-w-xl space-y-3 rounded border border-gray-300 bg-white p-4" noValidate key={f.cle}>
      <MessageFormulaire etat={f.etat} />
      {CHAMPS.map(([nom, libelle, aide]) => (
        <ChampTexte key={nom} nom={nom} libelle={libelle} aide={aide || undefined} inputMode="numeric" obligatoire defaultValue={f.valeur(nom) || String(valeurs[nom] ?? "")} erreurs={f.erreurs[nom]} />
      ))}
      <Bouton type="submit" disabled={f.enCours}>Enregistrer</Bouton>
    </form>
  );
}
