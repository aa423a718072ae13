"use client";

import type { EtatFormulaire } from "@/lib/actions/etat-formulaire";
import { MessageFormulaire } from "@/components/ui/message-formulaire";
import { useFormulaire } from "@/components/ui/use-formulaire";
import { Bouton, LienBouton } from "@/components/ui/bouton";
import { ChampSelection, ChampTexte } from "@/components/ui/champs";
import { LienATransmettre } from "./lien-a-transmettre";

type Option = { valeur: string; libelle: string };

export interface ValeursCompte {
  id?: string;
  courriel: string;
  nom: string;
  prenom: string;
  role: string;
  territoireId: string;
  structureId: string;
  actif: string;
}

export function FormulaireCompte({
  action,
  initiales,
  roles,
  territoires,
  structures,
  estSoiMeme = false,
}: {
  action: (etat: EtatFormulaire, formData: FormData) => Promise<EtatFormulaire>;
  initiales: ValeursCompte;
  roles: Option[];
  territoires: Option[];
  structures: Option[];
  estSoiMeme?: boolean;
}) {
  const { etat, envoyer, enCours, erreurs, valeur: v, cle } = useFormulaire(action, { ...initiales });
  const creation = !initiales.id;
  const jeton = etat.statut === "succes" && creation ? (etat.resultat as { jeton?: string } | null)?.jeton : undefined;
  return (
    <div className="space-y-4">
      {jeton ? <LienATransmettre jeton={jeton} /> : null}
      <form action={envoyer} className="max-w-3xl space-y-4" noValidate key={cle}>
        <MessageFormulaire etat={etat} />
        {initiales.id ? <input type="hidden" name="id" value={initiales.id} /> : null}
        <div className="grid gap-4 md:grid-cols-2">
          <ChampTexte nom="prenom" libelle="Prénom" obligatoire autoComplete="off" defaultValue={v("prenom")} erreurs={erreurs.prenom} />
          <ChampTexte nom="nom" libelle="Nom" obligatoire autoComplete="off" defaultValue={v("nom")} erreurs={erreurs.nom} />
          {creation ? (
            <ChampTexte nom="courriel" libelle="Adresse électronique" type="email" obligatoire autoComplete="off" defaultValue={v("courriel")} erreurs={erreurs.courriel} />
          ) : null}
          <ChampSelection
            nom="role"
            libelle="Rôle"
            obligatoire
            options={roles}
            videLibelle="— Choisir —"
            defaultValue={v("role")}
            erreurs={erreurs.role}
            disabled={estSoiMeme}
            aide={estSoiMeme ? "Vous ne pouvez pas changer votre propre rôle." : undefined}
          />
          <ChampSelection
            nom="territoireId"
            libelle="Territoire de rattachement"
            aide="Pour un responsable de territoire ou un référent : le pôle, la commission ou la commune."
            options={territoires}
            videLibelle="— Aucun (tout le département) —"
            defaultValue={v("territoireId")}
            erreurs={erreurs.territoireId}
          />
          <ChampSelection
            nom="structureId"
            libelle="Structure"
            aide="Pour un opérateur (obligatoire) ou un référent d'une structure partenaire."
            options={structures}
            videLibelle="— Aucune —"
            defaultValue={v("structureId")}
            erreurs={erreurs.structureId}
          />
        </div>
        {estSoiMeme ? <input type="hidden" name="role" value={initiales.role} /> : null}
        {!creation ? (
          <div className="flex items-center gap-2">
            <input id="actif" name="actif" type="checkbox" className="h-5 w-5" defaultChecked={v("actif") === "on"} disabled={estSoiMeme} />
            <label htmlFor="actif" className="font-medium">
              Compte actif
            </label>
            {estSoiMeme ? <input type="hidden" name="actif" value="on" /> : null}
            <span className="text-sm text-gray-700">(désactiver ferme aussitôt toutes ses sessions)</span>
          </div>
        ) : null}
        <div className="flex flex-wrap gap-3">
          <Bouton type="submit" disabled={enCours}>
            {enCours ? "Enregistrement…" : creation ? "Créer le compte" : "Enregistrer"}
          </Bouton>
          <LienBouton href="/administration/utilisateurs" variante="secondaire">
            Retour à la liste
          </LienBouton>
        </div>
      </form>
    </div>
  );
}
