"use client";

import { planifierRendezVousAction, resultatRendezVousAction, signalerManquementAction } from "@/lib/droits-devoirs/actions";
import { Bouton } from "@/components/ui/bouton";
import { ChampSelection, ChampTexte, ChampZoneTexte } from "@/components/ui/champs";
import { MessageFormulaire } from "@/components/ui/message-formulaire";
import { useFormulaire } from "@/components/ui/use-formulaire";

const cadre = "no-print space-y-3 rounded border border-gray-300 bg-white p-4";
const opt = (o: Record<string, string>) => Object.entries(o).map(([valeur, libelle]) => ({ valeur, libelle }));

export function FormulaireRendezVous({ personneId, courriel, telephone }: { personneId: string; courriel: string; telephone: string }) {
  const f = useFormulaire(planifierRendezVousAction, { courriel, telephone });
  return (
    <form action={f.envoyer} className={cadre} noValidate key={f.cle}>
      <h3 className="font-semibold text-marque-800">Fixer un rendez-vous</h3>
      <MessageFormulaire etat={f.etat} />
      <input type="hidden" name="personneId" value={personneId} />
      <ChampSelection nom="type" identifiant="rdv-type" libelle="Objet" obligatoire videLibelle="— Choisir —" options={opt({ ORIENTATION: "Orientation", CONTRAT: "Contrat d'engagement", SUIVI: "Suivi" })} defaultValue={f.valeur("type")} erreurs={f.erreurs.type} />
      <ChampSelection nom="modalite" identifiant="rdv-modalite" libelle="Modalité" obligatoire videLibelle="— Choisir —" options={opt({ PRESENTIEL: "Sur place", TELEPHONE: "Par téléphone", VISIO: "En visioconférence" })} defaultValue={f.valeur("modalite")} erreurs={f.erreurs.modalite} />
      <div className="grid grid-cols-2 gap-2">
        <ChampTexte nom="jour" identifiant="rdv-jour" libelle="Date" type="date" obligatoire defaultValue={f.valeur("jour")} erreurs={f.erreurs.jour} />
        <ChampTexte nom="heure" identifiant="rdv-heure" libelle="Heure" type="time" obligatoire defaultValue={f.valeur("heure") || "09:30"} erreurs={f.erreurs.heure} />
      </div>
      <ChampTexte nom="lieu" identifiant="rdv-lieu" libelle="Lieu (sur place)" defaultValue={f.valeur("lieu")} erreurs={f.erreurs.lieu} />
      <ChampTexte nom="courriel" identifiant="rdv-courriel" libelle="Courriel de la personne" type="email" aide="La convocation y est aussi envoyée." defaultValue={f.valeur("courriel")} erreurs={f.erreurs.courriel} />
      <ChampTexte nom="telephone" identifiant="rdv-telephone" libelle="Téléphone (SMS)" type="tel" defaultValue={f.valeur("telephone")} erreurs={f.erreurs.telephone} />
      <Bouton type="submit" disabled={f.enCours}>Fixer le rendez-vous et convoquer</Bouton>
    </form>
  );
}

export function FormulaireResultat({ id, libelle }: { id: string; libelle: string }) {
  const f = useFormulaire(resultatRendezVousAction);
  return (
    <form action={f.envoyer} className="flex flex-wrap items-end gap-2" noValidate key={f.cle}>
      <MessageFormulaire etat={f.etat} />
      <input type="hidden" name="id" value={id} />
      <ChampSelection nom="resultat" identifiant={`resultat-${id}`} libelle={`Résultat du rendez-vous du ${libelle}`} obligatoire videLibelle="— Choisir —" options={opt({ HONORE: "Honoré", EXCUSE: "Excusé", NON_HONORE: "Non honoré", ANNULE: "Annulé" })} defaultValue={f.valeur("resultat")} erreurs={f.erreurs.resultat} />
      <ChampTexte nom="commentaire" identifiant={`commentaire-${id}`} libelle="Commentaire" defaultValue={f.valeur("commentaire")} erreurs={f.erreurs.commentaire} />
      <Bouton type="submit" variante="secondaire" disabled={f.enCours}>Enregistrer le résultat</Bouton>
    </form>
  );
}

export function FormulaireSignalement({ personneId }: { personneId: string }) {
  const f = useFormulaire(signalerManquementAction);
  return (
    <form action={f.envoyer} className={cadre} noValidate key={f.cle}>
      <h3 className="font-semibold text-marque-800">Signaler un manquement</h3>
      <MessageFormulaire etat={f.etat} />
      <input type="hidden" name="personneId" value={personneId} />
      <ChampSelection nom="motif" identifiant="signalement-motif" libelle="Motif" obligatoire videLibelle="— Choisir —" options={opt({ NON_RESPECT_ENGAGEMENTS: "Non-respect des engagements", RADIATION_FRANCE_TRAVAIL: "Radiation de France Travail", REFUS_SIGNATURE: "Refus de signer le contrat", ABSENCES_REPETEES: "Absences répétées non excusées" })} defaultValue={f.valeur("motif")} erreurs={f.erreurs.motif} />
      <ChampZoneTexte nom="detail" identifiant="signalement-detail" libelle="Détail" obligatoire defaultValue={f.valeur("detail")} erreurs={f.erreurs.detail} />
      <Bouton type="submit" disabled={f.enCours}>Signaler</Bouton>
    </form>
  );
}
