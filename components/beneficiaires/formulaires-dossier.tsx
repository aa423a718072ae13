"use client";

import { diagnostiquerAction, orienterAction } from "@/lib/beneficiaires/actions";
import { Bouton } from "@/components/ui/bouton";
import { ChampSelection, ChampTexte } from "@/components/ui/champs";
import { MessageFormulaire } from "@/components/ui/message-formulaire";
import { useFormulaire } from "@/components/ui/use-formulaire";

type Option = { valeur: string; libelle: string };
const cadre = "no-print space-y-3 rounded border border-gray-300 bg-white p-4";
const aujourdhui = () => new Date().toISOString().slice(0, 10);

export function FormulaireOrientation({ personneId, referents, organismes }: { personneId: string; referents: Option[]; organismes: Option[] }) {
  const f = useFormulaire(orienterAction);
  return (
    <form action={f.envoyer} className={cadre} noValidate key={f.cle}>
      <h3 className="font-semibold text-marque-800">Orienter et désigner le référent</h3>
      <MessageFormulaire etat={f.etat} />
      <input type="hidden" name="personneId" value={personneId} />
      <ChampSelection nom="parcours" identifiant="orientation-parcours" libelle="Parcours" obligatoire videLibelle="— Choisir —" options={[{ valeur: "PROFESSIONNEL", libelle: "Professionnel" }, { valeur: "SOCIO_PROFESSIONNEL", libelle: "Socio-professionnel" }, { valeur: "SOCIAL", libelle: "Social" }]} defaultValue={f.valeur("parcours")} erreurs={f.erreurs.parcours} />
      <ChampSelection nom="organismeId" identifiant="orientation-organisme" libelle="Organisme d'accompagnement" videLibelle="Département" options={organismes} defaultValue={f.valeur("organismeId")} erreurs={f.erreurs.organismeId} />
      <ChampSelection nom="referentId" identifiant="orientation-referent" libelle="Référent de parcours" obligatoire videLibelle="— Choisir —" options={referents} defaultValue={f.valeur("referentId")} erreurs={f.erreurs.referentId} />
      <ChampTexte nom="date" identifiant="orientation-date" libelle="À compter du" type="date" obligatoire defaultValue={f.valeur("date") || aujourdhui()} erreurs={f.erreurs.date} />
      <Bouton type="submit" disabled={f.enCours}>Enregistrer l&apos;orientation</Bouton>
    </form>
  );
}

export function FormulaireDiagnostic({ personneId, freins }: { personneId: string; freins: Option[] }) {
  const f = useFormulaire(diagnostiquerAction);
  const niveaux = [{ valeur: "FORT", libelle: "Fort" }, { valeur: "MOYEN", libelle: "Moyen" }, { valeur: "SANS_IMPACT", libelle: "Sans impact" }];
  return (
    <form action={f.envoyer} className={cadre} noValidate key={f.cle}>
      <h3 className="font-semibold text-marque-800">Diagnostic des freins</h3>
      <MessageFormulaire etat={f.etat} />
      <input type="hidden" name="personneId" value={personneId} />
      <ChampTexte nom="date" identifiant="diagnostic-date" libelle="Date" type="date" obligatoire defaultValue={f.valeur("date") || aujourdhui()} erreurs={f.erreurs.date} />
      {f.erreurs.freins ? <p className="text-sm font-medium text-erreur-700">{f.erreurs.freins.join(" ")}</p> : null}
      <div className="grid gap-2">
        {freins.map((fr) => (
          <ChampSelection key={fr.valeur} nom={`frein_${fr.valeur}`} identifiant={`diagnostic-${fr.valeur}`} libelle={fr.libelle} videLibelle="Non évalué" options={niveaux} defaultValue={f.valeur(`frein_${fr.valeur}`)} />
        ))}
      </div>
      <Bouton type="submit" disabled={f.enCours}>Enregistrer le diagnostic</Bouton>
    </form>
  );
}
