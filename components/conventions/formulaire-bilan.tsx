"use client";

import { enregistrerBilanAction } from "@/lib/conventions/actions";
import { CODES_SORTIE_BILAN } from "@/lib/conventions/schemas";
import { LIBELLES_SORTIE_BILAN, LIBELLES_TYPE_BILAN } from "@/lib/conventions/libelles";
import { Bouton, LienBouton } from "@/components/ui/bouton";
import { ChampSelection, ChampTexte, ChampZoneTexte } from "@/components/ui/champs";
import { MessageFormulaire } from "@/components/ui/message-formulaire";
import { useFormulaire } from "@/components/ui/use-formulaire";

const cadre = "space-y-4 rounded border border-gray-300 bg-white p-4";

export function FormulaireBilan({ conventionId, indicateurs, structure = false }: { conventionId: string; indicateurs: { id: string; nom: string; unite: string; cible: number | null }[]; structure?: boolean }) {
  const f = useFormulaire(enregistrerBilanAction);
  return (
    <form action={f.envoyer} className="max-w-4xl space-y-6" noValidate key={f.cle}>
      <MessageFormulaire etat={f.etat} />
      <input type="hidden" name="conventionId" value={conventionId} />
      {indicateurs.map((i) => (
        <input key={i.id} type="hidden" name="indicateurIds" value={i.id} />
      ))}
      <fieldset className={cadre}>
        <legend className="px-1 text-lg font-semibold text-marque-800">Période et public</legend>
        <div className="grid gap-4 md:grid-cols-3">
          <ChampSelection nom="type" libelle="Type de bilan" obligatoire videLibelle="— Choisir —" options={Object.entries(LIBELLES_TYPE_BILAN).map(([valeur, libelle]) => ({ valeur, libelle }))} defaultValue={f.valeur("type")} erreurs={f.erreurs.type} />
          <ChampTexte nom="periodeDebut" libelle="Du" type="date" obligatoire defaultValue={f.valeur("periodeDebut")} erreurs={f.erreurs.periodeDebut} />
          <ChampTexte nom="periodeFin" libelle="Au" type="date" obligatoire defaultValue={f.valeur("periodeFin")} erreurs={f.erreurs.periodeFin} />
          <ChampTexte nom="participants" libelle="Participants" obligatoire inputMode="numeric" defaultValue={f.valeur("participants")} erreurs={f.erreurs.participants} />
          <ChampTexte nom="pctFemmes" libelle="Femmes (%)" inputMode="decimal" defaultValue={f.valeur("pctFemmes")} erreurs={f.erreurs.pctFemmes} />
          <ChampTexte nom="pctSansQualification" libelle="Sans qualification (%)" inputMode="decimal" defaultValue={f.valeur("pctSansQualification")} erreurs={f.erreurs.pctSansQualification} />
        </div>
      </fieldset>
      <fieldset className={cadre}>
        <legend className="px-1 text-lg font-semibold text-marque-800">Sorties par type</legend>
        {CODES_SORTIE_BILAN.map((code) => (
          <div key={code} className="grid gap-3 md:grid-cols-[14rem_1fr]">
            <ChampTexte nom={`sortie_${code}`} libelle={LIBELLES_SORTIE_BILAN[code]!} inputMode="numeric" defaultValue={f.valeur(`sortie_${code}`)} erreurs={f.erreurs[`sortie_${code}`]} />
            <ChampTexte nom={`detail_${code}`} libelle="Détail (contrats, secteurs…)" defaultValue={f.valeur(`detail_${code}`)} erreurs={f.erreurs[`detail_${code}`]} />
          </div>
        ))}
      </fieldset>
      {indicateurs.length ? (
        <fieldset className={cadre}>
          <legend className="px-1 text-lg font-semibold text-marque-800">Indicateurs</legend>
          {indicateurs.map((i) => (
            <div key={i.id} className="grid gap-3 md:grid-cols-[14rem_1fr]">
              <ChampTexte nom={`valeur_${i.id}`} libelle={`${i.nom}${i.cible !== null ? ` (cible : ${i.cible} ${i.unite})` : ""}`} inputMode="decimal" defaultValue={f.valeur(`valeur_${i.id}`)} erreurs={f.erreurs[`valeur_${i.id}`]} />
              <ChampTexte nom={`justification_${i.id}`} libelle="Justification des écarts" defaultValue={f.valeur(`justification_${i.id}`)} erreurs={f.erreurs[`justification_${i.id}`]} />
            </div>
          ))}
        </fieldset>
      ) : null}
      <fieldset className={cadre}>
        <legend className="px-1 text-lg font-semibold text-marque-800">Bilan qualitatif</legend>
        <ChampZoneTexte nom="pointsPositifs" libelle="Points positifs" rows={3} defaultValue={f.valeur("pointsPositifs")} erreurs={f.erreurs.pointsPositifs} />
        <ChampZoneTexte nom="pointsAAmeliorer" libelle="Points à améliorer" rows={3} defaultValue={f.valeur("pointsAAmeliorer")} erreurs={f.erreurs.pointsAAmeliorer} />
        <ChampZoneTexte nom="perspectives" libelle="Perspectives" rows={3} defaultValue={f.valeur("perspectives")} erreurs={f.erreurs.perspectives} />
      </fieldset>
      <div className="flex gap-3">
        <Bouton type="submit" name="soumettre" value="oui" disabled={f.enCours}>
          {structure ? "Soumettre le bilan au Département" : "Enregistrer le bilan"}
        </Bouton>
        {structure ? (
          <Bouton type="submit" name="soumettre" value="non" variante="secondaire" disabled={f.enCours}>
            Enregistrer le brouillon
          </Bouton>
        ) : null}
        <LienBouton href={`/conventions/${conventionId}`} variante="secondaire">
          Annuler
        </LienBouton>
      </div>
    </form>
  );
}
