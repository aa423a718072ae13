"use client";

import { creerConventionAction } from "@/lib/conventions/actions";
import { LIBELLES_FINANCEUR, LIBELLES_TYPE_CONVENTION } from "@/lib/conventions/libelles";
import { Bouton, LienBouton } from "@/components/ui/bouton";
import { ChampSelection, ChampTexte } from "@/components/ui/champs";
import { MessageFormulaire } from "@/components/ui/message-formulaire";
import { useFormulaire } from "@/components/ui/use-formulaire";
import { useAvertirSiModifie } from "@/components/ui/use-avertir-si-modifie";

type Option = { valeur: string; libelle: string };
const LIGNES = [0, 1, 2];
const cadre = "space-y-4 rounded border border-gray-300 bg-white p-4";

export function FormulaireNouvelleConvention({ options }: { options: { structures: Option[]; programmes: Option[]; actions: Option[] } }) {
  const f = useFormulaire(creerConventionAction);
  const quitter = useAvertirSiModifie(f.etat);
  const enums = (l: Record<string, string>) => Object.entries(l).map(([valeur, libelle]) => ({ valeur, libelle }));
  return (
    <form action={f.envoyer} onInput={quitter.surSaisie} onSubmit={quitter.surEnvoi} className="max-w-4xl space-y-6" noValidate key={f.cle}>
      <MessageFormulaire etat={f.etat} />
      <fieldset className={cadre}>
        <legend className="px-1 text-lg font-semibold text-marque-800">Convention</legend>
        <div className="grid gap-4 md:grid-cols-2">
          <ChampSelection nom="type" libelle="Type" obligatoire videLibelle="— Choisir —" options={enums(LIBELLES_TYPE_CONVENTION)} defaultValue={f.valeur("type")} erreurs={f.erreurs.type} />
          <ChampSelection nom="structureId" libelle="Titulaire (ou mandataire)" obligatoire videLibelle="— Choisir —" options={options.structures} defaultValue={f.valeur("structureId")} erreurs={f.erreurs.structureId} />
        </div>
        <ChampTexte nom="objet" libelle="Objet" obligatoire defaultValue={f.valeur("objet")} erreurs={f.erreurs.objet} />
        <div className="grid gap-4 md:grid-cols-3">
          <ChampSelection nom="nature" libelle="Nature" videLibelle="Non précisée" options={[{ valeur: "NOUVELLE", libelle: "Nouvelle" }, { valeur: "RENOUVELLEMENT", libelle: "Renouvellement" }]} defaultValue={f.valeur("nature")} />
          <ChampTexte nom="dateDebut" libelle="Début" type="date" obligatoire defaultValue={f.valeur("dateDebut")} erreurs={f.erreurs.dateDebut} />
          <ChampTexte nom="dateFin" libelle="Fin" type="date" obligatoire defaultValue={f.valeur("dateFin")} erreurs={f.erreurs.dateFin} />
          <ChampTexte nom="montant" libelle="Montant (€)" obligatoire inputMode="decimal" aide="ex. 67 550,00" defaultValue={f.valeur("montant")} erreurs={f.erreurs.montant} />
          <ChampTexte nom="volume" libelle="Volume" inputMode="decimal" aide="ex. 40" defaultValue={f.valeur("volume")} erreurs={f.erreurs.volume} />
          <ChampSelection nom="uniteVolume" libelle="Unité du volume" videLibelle="—" options={[{ valeur: "PARCOURS", libelle: "parcours" }, { valeur: "PLACES", libelle: "places" }, { valeur: "POSTES", libelle: "postes" }, { valeur: "ETP", libelle: "ETP" }]} defaultValue={f.valeur("uniteVolume")} erreurs={f.erreurs.uniteVolume} />
          <ChampTexte nom="cpDate" libelle="Commission permanente du" type="date" defaultValue={f.valeur("cpDate")} erreurs={f.erreurs.cpDate} />
          <ChampTexte nom="cpRapport" libelle="Rapport n°" defaultValue={f.valeur("cpRapport")} erreurs={f.erreurs.cpRapport} />
          <ChampSelection nom="programmeId" libelle="Programme" videLibelle="Aucun" options={options.programmes} defaultValue={f.valeur("programmeId")} erreurs={f.erreurs.programmeId} />
        </div>
        <ChampSelection nom="actions" libelle="Actions du catalogue concernées" multiple size={6} aide="Ctrl (ou Cmd) pour en choisir plusieurs." options={options.actions} defaultValue={f.valeurs("actions")} erreurs={f.erreurs.actions} />
      </fieldset>
      <fieldset className={cadre}>
        <legend className="px-1 text-lg font-semibold text-marque-800">Objectifs et indicateurs</legend>
        {LIGNES.map((i) => (
          <div key={i} className="grid gap-3 md:grid-cols-[1fr_10rem_8rem]">
            <ChampTexte nom={`indicateurNom_${i}`} libelle={`Indicateur ${i + 1}`} defaultValue={f.valeur(`indicateurNom_${i}`)} erreurs={f.erreurs[`indicateurNom_${i}`]} />
            <ChampTexte nom={`indicateurUnite_${i}`} libelle="Unité" defaultValue={f.valeur(`indicateurUnite_${i}`)} erreurs={f.erreurs[`indicateurUnite_${i}`]} />
            <ChampTexte nom={`indicateurCible_${i}`} libelle="Cible" inputMode="decimal" defaultValue={f.valeur(`indicateurCible_${i}`)} erreurs={f.erreurs[`indicateurCible_${i}`]} />
          </div>
        ))}
      </fieldset>
      <fieldset className={cadre}>
        <legend className="px-1 text-lg font-semibold text-marque-800">Plan de financement</legend>
        {LIGNES.map((i) => (
          <div key={i} className="grid gap-3 md:grid-cols-4">
            <ChampSelection nom={`financeur_${i}`} libelle={`Financeur ${i + 1}`} videLibelle="—" options={enums(LIBELLES_FINANCEUR)} defaultValue={f.valeur(`financeur_${i}`)} erreurs={f.erreurs[`financeur_${i}`]} />
            <ChampTexte nom={`exercice_${i}`} libelle="Exercice" inputMode="numeric" defaultValue={f.valeur(`exercice_${i}`)} erreurs={f.erreurs[`exercice_${i}`]} />
            <ChampTexte nom={`financementMontant_${i}`} libelle="Montant (€)" inputMode="decimal" defaultValue={f.valeur(`financementMontant_${i}`)} erreurs={f.erreurs[`financementMontant_${i}`]} />
            <ChampTexte nom={`numeroEngagement_${i}`} libelle="N° d'engagement" defaultValue={f.valeur(`numeroEngagement_${i}`)} erreurs={f.erreurs[`numeroEngagement_${i}`]} />
          </div>
        ))}
      </fieldset>
      <div className="flex gap-3">
        <Bouton type="submit" disabled={f.enCours}>
          Créer la convention
        </Bouton>
        <LienBouton href="/conventions" variante="secondaire">
          Annuler
        </LienBouton>
      </div>
    </form>
  );
}
