"use client";

import { ajouterAvenantAction, changerStatutAction, mandaterPaiementAction, programmerPaiementAction } from "@/lib/conventions/actions";
import { LIBELLES_STATUT, TRANSITIONS, type StatutConvention } from "@/lib/conventions/domain/convention";
import { LIBELLES_TYPE_PAIEMENT } from "@/lib/conventions/libelles";
import { Bouton } from "@/components/ui/bouton";
import { ChampSelection, ChampTexte } from "@/components/ui/champs";
import { MessageFormulaire } from "@/components/ui/message-formulaire";
import { useFormulaire } from "@/components/ui/use-formulaire";

const cadre = "no-print space-y-3 rounded border border-gray-300 bg-white p-4";

export function FormulaireAvenant({ conventionId }: { conventionId: string }) {
  const f = useFormulaire(ajouterAvenantAction);
  return (
    <form action={f.envoyer} className={cadre} noValidate key={f.cle}>
      <h3 className="font-semibold text-marque-800">Ajouter un avenant</h3>
      <MessageFormulaire etat={f.etat} />
      <input type="hidden" name="conventionId" value={conventionId} />
      <ChampTexte nom="objet" identifiant="avenant-objet" libelle="Objet de l'avenant" obligatoire defaultValue={f.valeur("objet")} erreurs={f.erreurs.objet} />
      <div className="grid gap-3 sm:grid-cols-2">
        <ChampTexte nom="dateSignature" identifiant="avenant-dateSignature" libelle="Date de signature" type="date" obligatoire defaultValue={f.valeur("dateSignature")} erreurs={f.erreurs.dateSignature} />
        <ChampSelection nom="sens" identifiant="avenant-sens" libelle="Sens" defaultValue={f.valeur("sens") || "AUGMENTATION"} options={[{ valeur: "AUGMENTATION", libelle: "Augmentation" }, { valeur: "DIMINUTION", libelle: "Diminution" }]} />
        <ChampTexte nom="montant" identifiant="avenant-montant" libelle="Variation de montant (€)" inputMode="decimal" aide="ex. 77 760,00" defaultValue={f.valeur("montant")} erreurs={f.erreurs.montant} />
        <ChampTexte nom="nouvelleDateFin" identifiant="avenant-nouvelleDateFin" libelle="Nouvelle date de fin" type="date" defaultValue={f.valeur("nouvelleDateFin")} erreurs={f.erreurs.nouvelleDateFin} />
        <ChampTexte nom="deltaVolume" identifiant="avenant-deltaVolume" libelle="Variation de volume" inputMode="decimal" aide="ex. 160 parcours de plus" defaultValue={f.valeur("deltaVolume")} erreurs={f.erreurs.deltaVolume} />
      </div>
      <Bouton type="submit" disabled={f.enCours}>
        Enregistrer l&apos;avenant
      </Bouton>
    </form>
  );
}

export function FormulairePaiement({ conventionId, engagements, mandatable = true }: { conventionId: string; engagements: { valeur: string; libelle: string }[]; mandatable?: boolean }) {
  const f = useFormulaire(programmerPaiementAction);
  return (
    <form action={f.envoyer} className={cadre} noValidate key={f.cle}>
      <h3 className="font-semibold text-marque-800">Programmer un paiement</h3>
      <MessageFormulaire etat={f.etat} />
      <input type="hidden" name="conventionId" value={conventionId} />
      <div className="grid gap-3 sm:grid-cols-2">
        <ChampSelection nom="type" identifiant="paiement-type" libelle="Type" obligatoire defaultValue={f.valeur("type") || "ACOMPTE"} options={Object.entries(LIBELLES_TYPE_PAIEMENT).map(([valeur, libelle]) => ({ valeur, libelle }))} erreurs={f.erreurs.type} />
        <ChampTexte nom="libelle" identifiant="paiement-libelle" libelle="Libellé" obligatoire defaultValue={f.valeur("libelle")} erreurs={f.erreurs.libelle} />
        <ChampTexte nom="montant" identifiant="paiement-montant" libelle="Montant (€)" obligatoire inputMode="decimal" aide="ex. 20 265,00" defaultValue={f.valeur("montant")} erreurs={f.erreurs.montant} />
        <ChampTexte nom="datePrevue" identifiant="paiement-datePrevue" libelle="Date prévue" type="date" defaultValue={f.valeur("datePrevue")} erreurs={f.erreurs.datePrevue} />
        {engagements.length ? (
          <ChampSelection nom="engagementId" identifiant="paiement-engagementId" libelle="Engagement budgétaire" videLibelle="Aucun" options={engagements} defaultValue={f.valeur("engagementId")} erreurs={f.erreurs.engagementId} />
        ) : null}
      </div>
      {mandatable ? (
        <>
          <label className="flex items-center gap-2">
            <input type="checkbox" name="mandate" value="1" defaultChecked={f.valeur("mandate") === "1"} className="h-4 w-4" />
            Déjà mandaté
          </label>
          <ChampTexte nom="dateMandatement" identifiant="paiement-dateMandatement" libelle="Date de mandatement" type="date" defaultValue={f.valeur("dateMandatement")} erreurs={f.erreurs.dateMandatement} />
        </>
      ) : (
        <p className="text-sm text-gray-700">Le paiement sera mandaté une fois la convention signée.</p>
      )}
      <Bouton type="submit" disabled={f.enCours}>
        Enregistrer le paiement
      </Bouton>
    </form>
  );
}

export function FormulaireMandatement({ conventionId, paiementId, libelle }: { conventionId: string; paiementId: string; libelle: string }) {
  const f = useFormulaire(mandaterPaiementAction);
  return (
    <form action={f.envoyer} className="flex flex-wrap items-end gap-2" noValidate key={f.cle}>
      <input type="hidden" name="conventionId" value={conventionId} />
      <input type="hidden" name="paiementId" value={paiementId} />
      <ChampTexte nom="dateMandatement" identifiant={`mandat-${paiementId}`} libelle={`Date de mandatement (${libelle})`} type="date" defaultValue={f.valeur("dateMandatement")} erreurs={f.erreurs.dateMandatement} />
      <Bouton type="submit" variante="secondaire" disabled={f.enCours}>
        Mandater
      </Bouton>
      {f.etat.statut === "erreur" && !Object.keys(f.erreurs).length ? <p className="text-sm text-erreur-700">{f.etat.message}</p> : null}
    </form>
  );
}

export function FormulaireStatut({ conventionId, version, statut }: { conventionId: string; version: number; statut: StatutConvention }) {
  const f = useFormulaire(changerStatutAction);
  const suivants = TRANSITIONS[statut];
  if (!suivants.length) return null;
  return (
    <form action={f.envoyer} className={cadre} noValidate key={f.cle}>
      <h3 className="font-semibold text-marque-800">Faire avancer la convention</h3>
      <MessageFormulaire etat={f.etat} />
      <input type="hidden" name="conventionId" value={conventionId} />
      <input type="hidden" name="version" value={version} />
      <ChampSelection nom="statut" identifiant="statut-statut" libelle="Nouvel état" defaultValue={f.valeur("statut") || suivants[0]} options={suivants.map((s) => ({ valeur: s, libelle: LIBELLES_STATUT[s] }))} />
      {statut === "INSTRUCTION" ? (
        <div className="grid gap-3 sm:grid-cols-2">
          <ChampTexte nom="cpDate" identifiant="statut-cpDate" libelle="Date de la Commission permanente" type="date" defaultValue={f.valeur("cpDate")} erreurs={f.erreurs.cpDate} />
          <ChampTexte nom="cpRapport" identifiant="statut-cpRapport" libelle="N° du rapport" defaultValue={f.valeur("cpRapport")} erreurs={f.erreurs.cpRapport} />
        </div>
      ) : null}
      {statut === "VOTEE" ? <ChampTexte nom="dateSignature" identifiant="statut-dateSignature" libelle="Date de signature" type="date" defaultValue={f.valeur("dateSignature")} erreurs={f.erreurs.dateSignature} /> : null}
      <ChampTexte nom="motif" identifiant="statut-motif" libelle="Motif (pour solder ou résilier)" defaultValue={f.valeur("motif")} erreurs={f.erreurs.motif} aide="500 caractères au maximum." />
      <div className="space-y-1">
        <div className="flex items-start gap-2">
          <input type="checkbox" id="statut-confirmation" name="confirmation" value="oui" className="mt-1 h-4 w-4" aria-invalid={f.erreurs.confirmation ? true : undefined} aria-describedby={f.erreurs.confirmation ? "statut-confirmation-erreur" : undefined} />
          <label htmlFor="statut-confirmation" className="text-sm font-medium">Je confirme : solder ou résilier la convention ne se défait pas</label>
        </div>
        {f.erreurs.confirmation ? <p id="statut-confirmation-erreur" className="text-sm font-medium text-erreur-700">{f.erreurs.confirmation.join(" ")}</p> : null}
      </div>
      <Bouton type="submit" disabled={f.enCours}>
        Valider
      </Bouton>
    </form>
  );
}
