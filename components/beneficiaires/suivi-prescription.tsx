"use client";

import { suivrePrescriptionAction } from "@/lib/prescriptions/actions";
import { Bouton } from "@/components/ui/bouton";
import { ChampSelection, ChampTexte } from "@/components/ui/champs";
import { useFormulaire } from "@/components/ui/use-formulaire";
import type { EtatFormulaire } from "@/lib/actions/etat-formulaire";
import { useAnnoncer } from "./zone-annonces";

const EVENEMENTS: Record<string, { valeur: string; libelle: string }[]> = {
  PROPOSEE: [{ valeur: "accepter", libelle: "Accepter" }, { valeur: "refuser", libelle: "Refuser" }],
  ACCEPTEE: [{ valeur: "entrer", libelle: "Enregistrer l'entrée" }, { valeur: "abandonner", libelle: "Abandon" }],
  ENTREE: [{ valeur: "sortir", libelle: "Enregistrer la sortie" }, { valeur: "abandonner", libelle: "Abandon" }],
};

/** Réponse de l'opérateur à une prescription, puis entrée et sortie. */
export function SuiviPrescription({ id, version, statut, typesSortie, personne }: { id: string; version: number; statut: string; typesSortie: { valeur: string; libelle: string }[]; personne: string }) {
  const annoncer = useAnnoncer();
  // le message de l'étape s'affiche au-dessus de la liste, dans la même transition que la réponse : la
  // ligne (et ce formulaire) peut quitter la liste filtrée par état au même moment
  const f = useFormulaire(async (etat: EtatFormulaire, formData: FormData) => {
    const r = await suivrePrescriptionAction(etat, formData);
    if (r.statut === "succes") annoncer(`${personne} : ${r.message}`);
    return r;
  });
  const choix = EVENEMENTS[statut];
  if (!choix) return null;
  const p = `suivi-${id}`;
  return (
    <form action={f.envoyer} className="space-y-2" noValidate key={f.cle}>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <ChampSelection nom="evenement" identifiant={`${p}-evenement`} libelle={`Décision pour ${personne}`} options={choix} defaultValue={f.valeur("evenement") || choix[0]!.valeur} />
      <ChampTexte nom="date" identifiant={`${p}-date`} libelle="Date" type="date" defaultValue={f.valeur("date") || new Date().toISOString().slice(0, 10)} erreurs={f.erreurs.date} />
      <ChampTexte nom="motif" identifiant={`${p}-motif`} libelle="Motif (refus ou abandon)" defaultValue={f.valeur("motif")} erreurs={f.erreurs.motif} />
      {statut === "ENTREE" ? <ChampSelection nom="typeSortie" identifiant={`${p}-sortie`} libelle="Type de sortie" videLibelle="—" options={typesSortie} defaultValue={f.valeur("typeSortie")} erreurs={f.erreurs.typeSortie} /> : null}
      {f.etat.statut === "erreur" && !Object.keys(f.erreurs).length ? <p role="alert" className="text-sm font-medium text-erreur-700">{f.etat.message}</p> : null}
      <Bouton type="submit" variante="secondaire" disabled={f.enCours}>Enregistrer</Bouton>
    </form>
  );
}
