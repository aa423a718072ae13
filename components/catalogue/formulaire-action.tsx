"use client";

import { enregistrerActionInsertion } from "@/lib/catalogue/actions";
import { CODES_PUBLICS, LIBELLES_MODE, LIBELLES_NATURE, LIBELLES_PUBLICS, LIBELLES_UNITE, LIBELLES_VISEE } from "@/lib/catalogue/domain/libelles";
import { MessageFormulaire } from "@/components/ui/message-formulaire";
import { useFormulaire } from "@/components/ui/use-formulaire";
import { useAvertirSiModifie } from "@/components/ui/use-avertir-si-modifie";
import { Bouton, LienBouton } from "@/components/ui/bouton";
import { ChampSelection, ChampTexte, ChampZoneTexte } from "@/components/ui/champs";

type Option = { valeur: string; libelle: string };
export type ValeursAction = Record<string, string | string[]>;

function CasesACocher({ nom, legende, options, coches, erreurs }: { nom: string; legende: string; options: Option[]; coches: string[]; erreurs?: string[] }) {
  return (
    <fieldset className="space-y-1" aria-describedby={erreurs?.length ? `${nom}-erreur` : undefined}>
      <legend className="font-medium">{legende}</legend>
      <div className="grid gap-1 sm:grid-cols-2">
        {options.map((o) => (
          <label key={o.valeur} className="flex items-center gap-2">
            <input type="checkbox" name={nom} value={o.valeur} defaultChecked={coches.includes(o.valeur)} className="h-4 w-4" />
            {o.libelle}
          </label>
        ))}
      </div>
      {erreurs?.length ? (
        <p id={`${nom}-erreur`} className="text-sm font-medium text-erreur-700">
          {erreurs.join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}

export function FormulaireAction({
  initiales,
  options,
  annulerVers,
}: {
  initiales: ValeursAction;
  options: { porteurs: Option[]; programmes: Option[]; axes: Option[]; territoires: Option[]; freins: Option[] };
  annulerVers: string;
}) {
  const { etat, envoyer, enCours, erreurs, valeur: v, valeurs: vs, cle } = useFormulaire(enregistrerActionInsertion, initiales);
  const quitter = useAvertirSiModifie(etat);
  const enum_ = (l: Record<string, string>) => Object.entries(l).map(([valeur, libelle]) => ({ valeur, libelle }));

  return (
    <form action={envoyer} onInput={quitter.surSaisie} onSubmit={quitter.surEnvoi} className="max-w-4xl space-y-6" noValidate key={cle}>
      <MessageFormulaire etat={etat} />
      {v("id") ? <input type="hidden" name="id" value={v("id")} /> : null}
      {v("version") ? <input type="hidden" name="version" value={v("version")} /> : null}

      <fieldset className="space-y-4 rounded border border-gray-300 bg-white p-4">
        <legend className="px-1 text-lg font-semibold text-marque-800">Identification</legend>
        <div className="grid gap-4 md:grid-cols-[10rem_1fr]">
          <ChampTexte nom="code" libelle="Code" obligatoire defaultValue={v("code")} erreurs={erreurs.code} aide="Tel qu'imprimé (ex. 3.1.4)." />
          <ChampTexte nom="intitule" libelle="Intitulé" obligatoire defaultValue={v("intitule")} erreurs={erreurs.intitule} />
        </div>
        <div className="grid gap-4 md:grid-cols-2">
          <ChampSelection nom="structureId" libelle="Porteur" videLibelle="Plusieurs porteurs ou régie" options={options.porteurs} defaultValue={v("structureId")} erreurs={erreurs.structureId} />
          <ChampSelection nom="visee" libelle="Visée" obligatoire videLibelle="— Choisir —" options={enum_(LIBELLES_VISEE)} defaultValue={v("visee")} erreurs={erreurs.visee} />
          <ChampSelection nom="programmeId" libelle="Programme" videLibelle="Aucun" options={options.programmes} defaultValue={v("programmeId")} erreurs={erreurs.programmeId} />
          <ChampSelection nom="axeId" libelle="Axe ou sous-axe" videLibelle="Aucun" options={options.axes} defaultValue={v("axeId")} erreurs={erreurs.axeId} />
          <ChampSelection nom="nature" libelle="Nature" videLibelle="Non précisée" options={enum_(LIBELLES_NATURE)} defaultValue={v("nature")} erreurs={erreurs.nature} />
        </div>
      </fieldset>

      <fieldset className="space-y-4 rounded border border-gray-300 bg-white p-4">
        <legend className="px-1 text-lg font-semibold text-marque-800">Contenu</legend>
        <ChampZoneTexte nom="objectifs" libelle="Objectifs" obligatoire defaultValue={v("objectifs")} erreurs={erreurs.objectifs} />
        <ChampZoneTexte nom="publicCible" libelle="Public cible" rows={2} defaultValue={v("publicCible")} erreurs={erreurs.publicCible} />
        <CasesACocher nom="publics" legende="Publics spécifiques" options={CODES_PUBLICS.map((c) => ({ valeur: c, libelle: LIBELLES_PUBLICS[c] }))} coches={vs("publics")} erreurs={erreurs.publics} />
        <CasesACocher nom="freins" legende="Freins levés" options={options.freins} coches={vs("freins")} erreurs={erreurs.freins} />
      </fieldset>

      <fieldset className="space-y-4 rounded border border-gray-300 bg-white p-4">
        <legend className="px-1 text-lg font-semibold text-marque-800">Secteur géographique</legend>
        <label className="flex items-center gap-2">
          <input type="checkbox" name="toutDepartement" value="1" defaultChecked={v("toutDepartement") === "1"} className="h-4 w-4" />
          Tout le département
        </label>
        <ChampSelection
          nom="territoires"
          libelle="Territoires"
          multiple
          size={8}
          aide="Maintenez Ctrl (ou Cmd) pour en choisir plusieurs. Une action sur un pôle vaut pour ses communes."
          options={options.territoires}
          defaultValue={vs("territoires")}
          erreurs={erreurs.territoires}
        />
        <div className="grid gap-4 md:grid-cols-2">
          <ChampTexte nom="secteurGeographique" libelle="Secteur tel que publié" defaultValue={v("secteurGeographique")} erreurs={erreurs.secteurGeographique} />
          <ChampTexte nom="lieuIntervention" libelle="Lieu d'intervention" defaultValue={v("lieuIntervention")} erreurs={erreurs.lieuIntervention} />
        </div>
      </fieldset>

      <fieldset className="space-y-4 rounded border border-gray-300 bg-white p-4">
        <legend className="px-1 text-lg font-semibold text-marque-800">Modalités et capacité</legend>
        <div className="grid gap-4 md:grid-cols-3">
          <ChampSelection nom="modeIntervention" libelle="Mode" videLibelle="Non précisé" options={enum_(LIBELLES_MODE)} defaultValue={v("modeIntervention")} erreurs={erreurs.modeIntervention} />
          <ChampTexte nom="heuresHebdo" libelle="Heures par semaine" inputMode="decimal" defaultValue={v("heuresHebdo")} erreurs={erreurs.heuresHebdo} />
          <ChampTexte nom="duree" libelle="Durée du parcours" defaultValue={v("duree")} erreurs={erreurs.duree} />
        </div>
        <label className="flex items-center gap-2">
          <input type="checkbox" name="entreesSortiesPermanentes" value="1" defaultChecked={v("entreesSortiesPermanentes") === "1"} className="h-4 w-4" />
          Entrées et sorties permanentes
        </label>
        <ChampZoneTexte nom="modalites" libelle="Déroulement" rows={3} defaultValue={v("modalites")} erreurs={erreurs.modalites} />
        <ChampZoneTexte nom="modalitesPrescription" libelle="Modalités de prescription" rows={2} defaultValue={v("modalitesPrescription")} erreurs={erreurs.modalitesPrescription} />
        <ChampZoneTexte nom="contacts" libelle="Contacts" rows={2} defaultValue={v("contacts")} erreurs={erreurs.contacts} />
        <div className="grid gap-4 md:grid-cols-4">
          <ChampTexte nom="capacite" libelle="Capacité" inputMode="decimal" defaultValue={v("capacite")} erreurs={erreurs.capacite} />
          <ChampSelection nom="uniteCapacite" libelle="Unité" videLibelle="—" options={Object.entries(LIBELLES_UNITE).map(([valeur, l]) => ({ valeur, libelle: l.pluriel }))} defaultValue={v("uniteCapacite")} erreurs={erreurs.uniteCapacite} />
          <ChampTexte nom="participantsEnCours" libelle="Participants en cours" inputMode="numeric" defaultValue={v("participantsEnCours")} erreurs={erreurs.participantsEnCours} />
          <ChampTexte nom="listeAttente" libelle="Liste d'attente" inputMode="numeric" defaultValue={v("listeAttente")} erreurs={erreurs.listeAttente} />
        </div>
        <div className="grid gap-4 md:grid-cols-2">
          <ChampTexte nom="dateDebut" libelle="Début" type="date" defaultValue={v("dateDebut")} erreurs={erreurs.dateDebut} />
          <ChampTexte nom="dateFin" libelle="Fin" type="date" defaultValue={v("dateFin")} erreurs={erreurs.dateFin} />
        </div>
      </fieldset>

      <div className="flex gap-3">
        <Bouton type="submit" disabled={enCours}>
          {enCours ? "Enregistrement…" : "Enregistrer"}
        </Bouton>
        <LienBouton href={annulerVers} variante="secondaire">
          Annuler
        </LienBouton>
      </div>
    </form>
  );
}
