"use client";

import { deplacerCreditsAction, engagerCreditsAction } from "@/lib/budgets/actions";
import { Bouton } from "@/components/ui/bouton";
import { ChampSelection, ChampTexte } from "@/components/ui/champs";
import { MessageFormulaire } from "@/components/ui/message-formulaire";
import { useFormulaire } from "@/components/ui/use-formulaire";

type Option = { valeur: string; libelle: string };
const cadre = "no-print space-y-3 rounded border border-gray-300 bg-white p-4";

export function FormulaireEngagement({ ligneId, conventions }: { ligneId: string; conventions: Option[] }) {
  const f = useFormulaire(engagerCreditsAction);
  return (
    <form action={f.envoyer} className={cadre} noValidate key={f.cle}>
      <h2 className="font-semibold text-marque-800">Engager des crédits</h2>
      <MessageFormulaire etat={f.etat} />
      <input type="hidden" name="ligneId" value={ligneId} />
      <ChampTexte nom="libelle" identifiant="engagement-libelle" libelle="Libellé" obligatoire defaultValue={f.valeur("libelle")} erreurs={f.erreurs.libelle} />
      <ChampTexte nom="montant" identifiant="engagement-montant" libelle="Montant (€)" obligatoire inputMode="decimal" aide="ex. 40 000,00" defaultValue={f.valeur("montant")} erreurs={f.erreurs.montant} />
      <ChampTexte nom="dateEngagement" identifiant="engagement-dateEngagement" libelle="Date d'engagement" type="date" obligatoire defaultValue={f.valeur("dateEngagement")} erreurs={f.erreurs.dateEngagement} />
      <ChampTexte nom="numeroEngagement" identifiant="engagement-numeroEngagement" libelle="N° d'engagement juridique" defaultValue={f.valeur("numeroEngagement")} erreurs={f.erreurs.numeroEngagement} />
      <ChampSelection nom="conventionId" identifiant="engagement-conventionId" libelle="Convention" videLibelle="Aucune" options={conventions} defaultValue={f.valeur("conventionId")} erreurs={f.erreurs.conventionId} />
      <Bouton type="submit" disabled={f.enCours}>
        Engager
      </Bouton>
    </form>
  );
}

export function FormulaireMouvement({ sourceId, lignes }: { sourceId: string; lignes: Option[] }) {
  const f = useFormulaire(deplacerCreditsAction);
  return (
    <form action={f.envoyer} className={cadre} noValidate key={f.cle}>
      <h2 className="font-semibold text-marque-800">Redéployer ou reporter le solde</h2>
      <MessageFormulaire etat={f.etat} />
      <input type="hidden" name="sourceId" value={sourceId} />
      <ChampSelection nom="type" identifiant="mouvement-type" libelle="Mouvement" defaultValue={f.valeur("type") || "REDEPLOIEMENT"} options={[{ valeur: "REDEPLOIEMENT", libelle: "Redéploiement vers une autre ligne" }, { valeur: "REPORT", libelle: "Report sur un exercice suivant" }]} erreurs={f.erreurs.type} />
      <ChampSelection nom="cibleId" identifiant="mouvement-cibleId" libelle="Ligne de destination" obligatoire videLibelle="— Choisir —" options={lignes} defaultValue={f.valeur("cibleId")} erreurs={f.erreurs.cibleId} />
      <ChampTexte nom="montant" identifiant="mouvement-montant" libelle="Montant (€)" obligatoire inputMode="decimal" defaultValue={f.valeur("montant")} erreurs={f.erreurs.montant} />
      <ChampTexte nom="dateMouvement" identifiant="mouvement-dateMouvement" libelle="Date" type="date" obligatoire defaultValue={f.valeur("dateMouvement")} erreurs={f.erreurs.dateMouvement} />
      <ChampTexte nom="motif" identifiant="mouvement-motif" libelle="Motif" obligatoire defaultValue={f.valeur("motif")} erreurs={f.erreurs.motif} />
      <Bouton type="submit" disabled={f.enCours}>
        Enregistrer le mouvement
      </Bouton>
    </form>
  );
}
