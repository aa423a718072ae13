"use client";

import { useState } from "react";
import { demanderAideAction } from "@/lib/aides/actions";
import { LIBELLES_FONDS, TYPES_AIDE, type Fonds } from "@/lib/aides/domain/regles";
import { Bouton } from "@/components/ui/bouton";
import { ChampSelection, ChampTexte, ChampZoneTexte } from "@/components/ui/champs";
import { MessageFormulaire } from "@/components/ui/message-formulaire";
import { useFormulaire } from "@/components/ui/use-formulaire";

/** Demande d'aide par le référent : le type proposé suit le fonds choisi ; la saisie survit aux erreurs. */
export function FormulaireDemandeAide({ personneId, fondsOuverts, aujourdhui }: { personneId: string; fondsOuverts: Fonds[]; aujourdhui: string }) {
  const f = useFormulaire(demanderAideAction);
  const [fonds, setFonds] = useState<string>(f.valeur("fonds") || fondsOuverts[0] || "");
  const types = TYPES_AIDE.filter((t) => t.fonds === fonds).map((t) => ({ valeur: t.code, libelle: t.libelle }));
  return (
    <form action={f.envoyer} className="no-print space-y-3 rounded border border-gray-300 bg-white p-4" noValidate key={f.cle}>
      <h2 className="text-lg font-semibold text-marque-800">Demander une aide</h2>
      <MessageFormulaire etat={f.etat} />
      <input type="hidden" name="personneId" value={personneId} />
      <div className="grid gap-3 md:grid-cols-2">
        <ChampSelection
          nom="fonds"
          libelle="Fonds"
          obligatoire
          options={fondsOuverts.map((v) => ({ valeur: v, libelle: LIBELLES_FONDS[v] }))}
          value={fonds}
          onChange={(e) => setFonds(e.target.value)}
          erreurs={f.erreurs.fonds}
          aide="Seuls les fonds dont une enveloppe est ouverte cette année sur le territoire de la personne sont proposés."
        />
        <ChampSelection nom="typeAide" libelle="Type d'aide" obligatoire key={fonds} options={types} defaultValue={f.valeur("typeAide")} erreurs={f.erreurs.typeAide} />
        <ChampTexte nom="montant" libelle="Montant demandé (€)" obligatoire inputMode="decimal" defaultValue={f.valeur("montant")} erreurs={f.erreurs.montant} aide="Par exemple 250,00" />
        <ChampTexte nom="dateDemande" libelle="Date de la demande" obligatoire type="date" defaultValue={f.valeur("dateDemande") || aujourdhui} erreurs={f.erreurs.dateDemande} />
      </div>
      <ChampZoneTexte nom="objet" libelle="Objet de la demande" obligatoire defaultValue={f.valeur("objet")} erreurs={f.erreurs.objet} aide="Ce que l'aide finance et son lien avec le parcours." />
      {fonds === "FAJD" ? (
        <div className="space-y-1">
          <label className="flex items-center gap-2">
            <input type="checkbox" name="derogationFormation" value="on" defaultChecked={f.valeur("derogationFormation") === "on"} className="h-4 w-4" aria-describedby={f.erreurs.derogationFormation ? "derogationFormation-erreur" : undefined} />
            Dérogation : jeune de 16 à 18 ans, pour une formation
          </label>
          {f.erreurs.derogationFormation ? <p id="derogationFormation-erreur" className="text-sm font-medium text-erreur-700">{f.erreurs.derogationFormation.join(" ")}</p> : null}
        </div>
      ) : null}
      {f.erreurs.contratId ? <p className="text-sm font-medium text-erreur-700">{f.erreurs.contratId.join(" ")}</p> : null}
      <Bouton type="submit" disabled={f.enCours}>Envoyer la demande</Bouton>
    </form>
  );
}
