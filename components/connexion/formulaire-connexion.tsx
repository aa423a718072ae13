"use client";

import { useActionState, useState } from "react";
import { seConnecter, seConnecterAvecProConnect } from "@/lib/auth/actions";
import { ETAT_INITIAL, type EtatFormulaire } from "@/lib/actions/etat-formulaire";
import { ChampTexte } from "@/components/ui/champs";
import { Alerte } from "@/components/ui/alerte";
import { Bouton } from "@/components/ui/bouton";

export function FormulaireConnexion({ retour, proConnect }: { retour: string; proConnect: boolean }) {
  const [etat, action, enCours] = useActionState<EtatFormulaire, FormData>(seConnecter, ETAT_INITIAL);
  const erreurs = etat.statut === "erreur" ? etat.erreursChamps : {};
  const courriel = etat.statut === "initial" ? "" : String(etat.valeurs.courriel ?? "");
  // mot de passe contrôlé : il reste saisi quand le code à usage unique est demandé ensuite
  const [motDePasse, setMotDePasse] = useState("");
  const etapeCode = etat.statut === "erreur" && etat.valeurs.etape === "code";
  return (
    <>
      <form action={action} className="space-y-4" noValidate>
        {etat.statut === "erreur" && Object.keys(erreurs).length === 0 ? <Alerte type={etapeCode ? "info" : "erreur"}>{etat.message}</Alerte> : null}
        <input type="hidden" name="retour" value={retour} />
        <ChampTexte nom="courriel" libelle="Adresse électronique" type="email" autoComplete="username" obligatoire defaultValue={courriel} key={`c-${courriel}`} erreurs={erreurs.courriel} />
        <ChampTexte
          nom="motDePasse"
          libelle="Mot de passe"
          type="password"
          autoComplete="current-password"
          obligatoire
          value={motDePasse}
          onChange={(e) => setMotDePasse(e.target.value)}
          erreurs={erreurs.motDePasse}
        />
        {etapeCode ? (
          <ChampTexte
            nom="code"
            libelle="Code à usage unique"
            aide="Les 6 chiffres affichés par votre application d'authentification."
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="[0-9 ]*"
            maxLength={7}
            obligatoire
            autoFocus
            erreurs={erreurs.code}
          />
        ) : null}
        <Bouton type="submit" disabled={enCours} className="w-full justify-center">
          {enCours ? "Connexion…" : "Se connecter"}
        </Bouton>
      </form>
      {proConnect ? (
        <form action={seConnecterAvecProConnect} className="mt-6 border-t border-gray-200 pt-6">
          <Bouton type="submit" variante="secondaire" className="w-full justify-center">
            S&apos;identifier avec ProConnect
          </Bouton>
        </form>
      ) : null}
    </>
  );
}
