"use client";

import type { EtatFormulaire } from "@/lib/actions/etat-formulaire";
import { MessageFormulaire } from "@/components/ui/message-formulaire";
import { useFormulaire } from "@/components/ui/use-formulaire";
import { Bouton, LienBouton } from "@/components/ui/bouton";
import { ChampSelection, ChampTexte } from "@/components/ui/champs";

export interface ValeursStructure {
  id?: string;
  nom: string;
  sigle: string;
  categorie: string;
  siret: string;
  adresse: string;
  codePostal: string;
  commune: string;
  telephone: string;
  courriel: string;
  territoireId: string;
}

export function FormulaireStructure({
  action,
  initiales,
  categories,
  territoires,
  annulerVers,
}: {
  action: (etat: EtatFormulaire, formData: FormData) => Promise<EtatFormulaire>;
  initiales: ValeursStructure;
  categories: { valeur: string; libelle: string }[];
  territoires: { valeur: string; libelle: string }[];
  annulerVers: string;
}) {
  // après une erreur, on réaffiche exactement ce qui a été saisi
  const { etat, envoyer, enCours, erreurs, valeur: v, cle } = useFormulaire(action, { ...initiales });
  return (
    <form action={envoyer} className="max-w-3xl space-y-4" noValidate key={cle}>
      <MessageFormulaire etat={etat} />
      {initiales.id ? <input type="hidden" name="id" value={initiales.id} /> : null}
      <div className="grid gap-4 md:grid-cols-2">
        <ChampTexte nom="nom" libelle="Nom" obligatoire defaultValue={v("nom")} erreurs={erreurs.nom} />
        <ChampTexte nom="sigle" libelle="Sigle" defaultValue={v("sigle")} erreurs={erreurs.sigle} />
        <ChampSelection nom="categorie" libelle="Catégorie" obligatoire options={categories} videLibelle="— Choisir —" defaultValue={v("categorie")} erreurs={erreurs.categorie} />
        <ChampTexte nom="siret" libelle="SIRET" inputMode="numeric" aide="14 chiffres, espaces acceptés." defaultValue={v("siret")} erreurs={erreurs.siret} />
        <ChampTexte nom="adresse" libelle="Adresse" defaultValue={v("adresse")} erreurs={erreurs.adresse} />
        <ChampTexte nom="codePostal" libelle="Code postal" inputMode="numeric" defaultValue={v("codePostal")} erreurs={erreurs.codePostal} />
        <ChampTexte nom="commune" libelle="Commune" defaultValue={v("commune")} erreurs={erreurs.commune} />
        <ChampSelection nom="territoireId" libelle="Territoire d'implantation" options={territoires} videLibelle="— Aucun —" defaultValue={v("territoireId")} erreurs={erreurs.territoireId} />
        <ChampTexte nom="telephone" libelle="Téléphone" type="tel" defaultValue={v("telephone")} erreurs={erreurs.telephone} />
        <ChampTexte nom="courriel" libelle="Courriel de contact" type="email" defaultValue={v("courriel")} erreurs={erreurs.courriel} />
      </div>
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
