"use client";

import { avisAction, classerAction, creerSessionAction, deciderAction, informerPersonneAction, inscrireSituationAction, observationsAction, remobilisationAction, transmissionAction } from "@/lib/droits-devoirs/actions";
import { Bouton } from "@/components/ui/bouton";
import { ChampSelection, ChampTexte, ChampZoneTexte } from "@/components/ui/champs";
import { MessageFormulaire } from "@/components/ui/message-formulaire";
import { useFormulaire } from "@/components/ui/use-formulaire";

type Option = { valeur: string; libelle: string };
const cadre = "no-print space-y-3 rounded border border-gray-300 bg-white p-4";
const aujourdhui = () => new Date().toISOString().slice(0, 10);
export const OPTIONS_DECISION: Option[] = [
  { valeur: "MAINTIEN", libelle: "Maintien de l'allocation" },
  { valeur: "SUSPENSION_REMOBILISATION", libelle: "Suspension-remobilisation" },
  { valeur: "SUPPRESSION_PARTIELLE", libelle: "Suppression partielle" },
  { valeur: "SUPPRESSION_TOTALE", libelle: "Suppression totale" },
  { valeur: "REORIENTATION", libelle: "Réorientation" },
  { valeur: "RETABLISSEMENT", libelle: "Rétablissement des droits" },
];

export function FormulaireSession({ territoires, departementale }: { territoires: (Option & { type: string })[]; departementale: boolean }) {
  const f = useFormulaire(creerSessionAction);
  const types: Option[] = [
    ...(territoires.some((t) => t.type === "POLE_INSERTION") ? [{ valeur: "EP_TERRITORIALE", libelle: "Équipe pluridisciplinaire du pôle" }] : []),
    ...(territoires.some((t) => t.type === "POLE_INSERTION") && departementale ? [{ valeur: "EP_DEPARTEMENTALE", libelle: "Équipe pluridisciplinaire départementale" }] : []),
    ...(territoires.some((t) => t.type === "COMMISSION_RSA") ? [{ valeur: "COMMISSION_RSA", libelle: "Commission RSA" }] : []),
  ];
  return (
    <form action={f.envoyer} className={cadre} noValidate key={f.cle}>
      <h2 className="font-semibold text-marque-800">Nouvelle session</h2>
      <MessageFormulaire etat={f.etat} />
      <ChampSelection nom="type" identifiant="session-type" libelle="Instance" obligatoire videLibelle="— Choisir —" options={types} defaultValue={f.valeur("type")} erreurs={f.erreurs.type} />
      <ChampSelection nom="territoireId" identifiant="session-territoire" libelle="Territoire" aide="Sans objet pour l'équipe départementale." videLibelle="—" options={territoires} defaultValue={f.valeur("territoireId")} erreurs={f.erreurs.territoireId} />
      <div className="grid grid-cols-2 gap-2">
        <ChampTexte nom="jour" identifiant="session-jour" libelle="Date" type="date" obligatoire defaultValue={f.valeur("jour")} erreurs={f.erreurs.jour} />
        <ChampTexte nom="heure" identifiant="session-heure" libelle="Heure" type="time" obligatoire defaultValue={f.valeur("heure") || "14:00"} erreurs={f.erreurs.heure} />
      </div>
      <ChampTexte nom="lieu" identifiant="session-lieu" libelle="Lieu" defaultValue={f.valeur("lieu")} erreurs={f.erreurs.lieu} />
      <ChampZoneTexte nom="membres" identifiant="session-membres" libelle="Composition (un membre par ligne)" obligatoire defaultValue={f.valeur("membres")} erreurs={f.erreurs.membres} />
      <Bouton type="submit" disabled={f.enCours}>Créer la session</Bouton>
    </form>
  );
}

export function FormulaireInscription({ situationId, sessionId, sessions, situations }: { situationId?: string; sessionId?: string; sessions?: Option[]; situations?: Option[] }) {
  const f = useFormulaire(inscrireSituationAction);
  return (
    <form action={f.envoyer} className={cadre} noValidate key={f.cle}>
      <h3 className="font-semibold text-marque-800">Inscrire à l&apos;ordre du jour</h3>
      <MessageFormulaire etat={f.etat} />
      {situationId ? <input type="hidden" name="situationId" value={situationId} /> : <ChampSelection nom="situationId" identifiant="inscription-situation" libelle="Situation à examiner" obligatoire videLibelle="— Choisir —" options={situations ?? []} defaultValue={f.valeur("situationId")} erreurs={f.erreurs.situationId} />}
      {sessionId ? <input type="hidden" name="sessionId" value={sessionId} /> : <ChampSelection nom="sessionId" identifiant="inscription-session" libelle="Session" obligatoire videLibelle="— Choisir —" options={sessions ?? []} defaultValue={f.valeur("sessionId")} erreurs={f.erreurs.sessionId} />}
      <Bouton type="submit" disabled={f.enCours}>Inscrire</Bouton>
    </form>
  );
}

export function BoutonSituation({ situationId, action, libelle, variante = "primaire" }: { situationId: string; action: "informer" | "classer"; libelle: string; variante?: "primaire" | "secondaire" }) {
  const f = useFormulaire(action === "informer" ? informerPersonneAction : classerAction);
  return (
    <form action={f.envoyer} className="no-print space-y-2" key={f.cle}>
      <MessageFormulaire etat={f.etat} />
      <input type="hidden" name="situationId" value={situationId} />
      <Bouton type="submit" variante={variante} disabled={f.enCours}>{libelle}</Bouton>
    </form>
  );
}

export function FormulaireObservations({ situationId }: { situationId: string }) {
  const f = useFormulaire(observationsAction);
  return (
    <form action={f.envoyer} className={cadre} noValidate key={f.cle}>
      <h3 className="font-semibold text-marque-800">Observations de la personne</h3>
      <MessageFormulaire etat={f.etat} />
      <input type="hidden" name="situationId" value={situationId} />
      <ChampZoneTexte nom="observations" identifiant="observations-texte" libelle="Observations (écrites ou recueillies à l'audition)" obligatoire defaultValue={f.valeur("observations")} erreurs={f.erreurs.observations} />
      <ChampTexte nom="jour" identifiant="observations-jour" libelle="Reçues le" type="date" obligatoire defaultValue={f.valeur("jour") || aujourdhui()} erreurs={f.erreurs.jour} />
      <Bouton type="submit" disabled={f.enCours}>Enregistrer les observations</Bouton>
    </form>
  );
}

export function FormulaireAvis({ situationId }: { situationId: string }) {
  const f = useFormulaire(avisAction);
  return (
    <form action={f.envoyer} className={cadre} noValidate key={f.cle}>
      <h3 className="font-semibold text-marque-800">Avis de l&apos;instance</h3>
      <MessageFormulaire etat={f.etat} />
      <input type="hidden" name="situationId" value={situationId} />
      <ChampSelection nom="avis" identifiant="avis-type" libelle="Avis" obligatoire videLibelle="— Choisir —" options={OPTIONS_DECISION} defaultValue={f.valeur("avis")} erreurs={f.erreurs.avis} />
      <ChampZoneTexte nom="motifs" identifiant="avis-motifs" libelle="Motifs de l'avis" obligatoire defaultValue={f.valeur("motifs")} erreurs={f.erreurs.motifs} />
      <Bouton type="submit" disabled={f.enCours}>Enregistrer l&apos;avis</Bouton>
    </form>
  );
}

export function FormulaireDecision({ situationId, avis, aide }: { situationId: string; avis: string; aide: string }) {
  const f = useFormulaire(deciderAction, { type: avis });
  return (
    <form action={f.envoyer} className={cadre} noValidate key={f.cle}>
      <h3 className="font-semibold text-marque-800">Décision du président du conseil départemental</h3>
      <p className="text-sm text-gray-700">{aide}</p>
      <MessageFormulaire etat={f.etat} />
      <input type="hidden" name="situationId" value={situationId} />
      <ChampSelection nom="type" identifiant="decision-type" libelle="Décision" obligatoire videLibelle="— Choisir —" options={OPTIONS_DECISION} defaultValue={f.valeur("type")} erreurs={f.erreurs.type} />
      <div className="grid grid-cols-2 gap-2">
        <ChampTexte nom="pourcentage" identifiant="decision-pourcentage" libelle="Part de l'allocation (%)" inputMode="numeric" defaultValue={f.valeur("pourcentage")} erreurs={f.erreurs.pourcentage} />
        <ChampTexte nom="dureeMois" identifiant="decision-duree" libelle="Durée (mois)" inputMode="numeric" defaultValue={f.valeur("dureeMois")} erreurs={f.erreurs.dureeMois} />
      </div>
      <ChampTexte nom="dateEffet" identifiant="decision-effet" libelle="Date d'effet" type="date" obligatoire defaultValue={f.valeur("dateEffet") || aujourdhui()} erreurs={f.erreurs.dateEffet} />
      <ChampZoneTexte nom="motifs" identifiant="decision-motifs" libelle="Motifs de la décision" obligatoire defaultValue={f.valeur("motifs")} erreurs={f.erreurs.motifs} />
      <Bouton type="submit" disabled={f.enCours}>Prendre la décision</Bouton>
    </form>
  );
}

export function FormulaireRemobilisation({ decisionId }: { decisionId: string }) {
  const f = useFormulaire(remobilisationAction);
  return (
    <form action={f.envoyer} className={cadre} noValidate key={f.cle}>
      <h3 className="font-semibold text-marque-800">Remobilisation</h3>
      <MessageFormulaire etat={f.etat} />
      <input type="hidden" name="decisionId" value={decisionId} />
      <ChampSelection nom="motif" identifiant="remobilisation-motif" libelle="La personne a repris ses engagements" obligatoire videLibelle="— Choisir —" options={[{ valeur: "CONTRAT_SIGNE", libelle: "Contrat d'engagement signé" }, { valeur: "RENDEZ_VOUS_HONORE", libelle: "Rendez-vous honoré" }]} defaultValue={f.valeur("motif")} erreurs={f.erreurs.motif} />
      <ChampTexte nom="jour" identifiant="remobilisation-jour" libelle="Le" type="date" obligatoire defaultValue={f.valeur("jour") || aujourdhui()} erreurs={f.erreurs.jour} />
      <Bouton type="submit" disabled={f.enCours}>Enregistrer la remobilisation</Bouton>
    </form>
  );
}

export function FormulaireTransmission() {
  const f = useFormulaire(transmissionAction);
  return (
    <form action={f.envoyer} className={cadre} noValidate key={f.cle}>
      <h2 className="font-semibold text-marque-800">Produire le fichier d&apos;un jour</h2>
      <MessageFormulaire etat={f.etat} />
      <ChampTexte nom="jour" identifiant="transmission-jour" libelle="Décisions prises le" type="date" obligatoire defaultValue={f.valeur("jour") || aujourdhui()} erreurs={f.erreurs.jour} />
      <Bouton type="submit" disabled={f.enCours}>Produire le fichier CAF / MSA</Bouton>
    </form>
  );
}
