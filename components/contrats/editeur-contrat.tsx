"use client";

import { startTransition, useEffect, useRef, useState } from "react";
import Link from "@/components/ui/lien";
import { enregistrerContratAction } from "@/lib/contrats/actions";
import { schemaContrat, LIMITES_CONTRAT } from "@/lib/contrats/schemas";
import { CATEGORIES_ACTIVITE, HEURES_MINIMUM, MODES_ACTIVITE, MOTIFS_EXEMPTION, erreursPlan, formaterHeures } from "@/lib/contrats/domain/regles";
import { erreursDeValidation, formDataVersObjet } from "@/lib/actions/etat-formulaire";
import { nomChamp } from "@/lib/actions/champs-imbriques";
import { Bouton } from "@/components/ui/bouton";
import { Alerte } from "@/components/ui/alerte";
import { ChampSelection, ChampTexte } from "@/components/ui/champs";
import { useFormulaire } from "@/components/ui/use-formulaire";

type Option = { valeur: string; libelle: string };
export interface ActiviteSaisie { libelle: string; categorie: string; mode: string; heuresHebdo: string; actionId: string }
export interface ObjectifSaisi { libelle: string; frein: string; activites: ActiviteSaisie[] }
export interface AideSaisie { typeAide: string; objet: string; montant: string }
export interface ContratSaisi {
  id?: string;
  version?: number;
  dateDebut: string;
  dateFin: string;
  motifMinoration: string;
  motifExemption: string;
  heuresSalariees: string;
  objectifs: ObjectifSaisi[];
  aides: AideSaisie[];
}

const activiteVide = (): ActiviteSaisie => ({ libelle: "", categorie: "PROFESSIONNELLE", mode: "ACCOMPAGNEE", heuresHebdo: "", actionId: "" });
const enums = (l: Record<string, string>) => Object.entries(l).map(([valeur, libelle]) => ({ valeur, libelle }));
const nombre = (s: string) => Number(s.replace(",", ".")) || 0;
const MESSAGE_QUITTER = "Vos modifications du contrat ne sont pas enregistrées. Quitter quand même ?";

/** Aide d'un champ texte limité : la limite est visible avant la saisie, le compte pendant. */
const limite = (valeur: string, max: number) => `${valeur.length.toLocaleString("fr-FR")} / ${max.toLocaleString("fr-FR")} caractères.`;

/** Erreurs du formulaire vues du client : même schéma zod et mêmes règles du plan que le serveur, mêmes chemins. */
function validerCoteClient(formData: FormData): Record<string, string[]> {
  const analyse = schemaContrat.safeParse(formDataVersObjet(formData));
  if (!analyse.success) return erreursDeValidation(analyse.error);
  const d = analyse.data;
  const erreurs = erreursPlan({ objectifs: d.objectifs, motifMinoration: d.motifMinoration, motifExemption: d.motifExemption, heuresSalariees: d.heuresSalariees });
  if (erreurs._) {
    erreurs.plan = erreurs._;
    delete erreurs._;
  }
  return erreurs;
}

/**
 * Éditeur du plan d'action : objectifs → activités (catégorie, mode, heures, action du catalogue), aides.
 * Champs imbriqués nommés par leur chemin (« objectifs[0].activites[1].heuresHebdo ») : ce qui est affiché
 * est exactement ce qui est envoyé, et chaque erreur (client ou serveur) s'affiche sous son champ.
 * L'envoi passe par startTransition (et non `<form action>`) : React ne réinitialise pas le formulaire après
 * une erreur, les listes déroulantes gardent la valeur affichée.
 */
export function EditeurContrat({ personneId, initial, options, annulerVers }: { personneId: string; initial: ContratSaisi; options: { freins: Option[]; aides: Option[]; actions: Option[] }; annulerVers: string }) {
  const f = useFormulaire(enregistrerContratAction);
  const [c, setC] = useState<ContratSaisi>(initial);
  const [erreursClient, setErreursClient] = useState<Record<string, string[]> | null>(null);
  const envoiEnCours = useRef(false);
  const modifie = JSON.stringify(c) !== JSON.stringify(initial);

  useEffect(() => {
    if (!modifie) return;
    const avertir = (ev: BeforeUnloadEvent) => {
      if (envoiEnCours.current) return;
      ev.preventDefault();
      ev.returnValue = MESSAGE_QUITTER;
    };
    window.addEventListener("beforeunload", avertir);
    return () => window.removeEventListener("beforeunload", avertir);
  }, [modifie]);
  useEffect(() => {
    if (!f.enCours) envoiEnCours.current = false;
  }, [f.enCours]);

  const maj = (partiel: Partial<ContratSaisi>) => setC((x) => ({ ...x, ...partiel }));
  const majObjectif = (i: number, o: Partial<ObjectifSaisi>) => maj({ objectifs: c.objectifs.map((x, k) => (k === i ? { ...x, ...o } : x)) });
  const majActivite = (i: number, j: number, a: Partial<ActiviteSaisie>) =>
    majObjectif(i, { activites: c.objectifs[i]!.activites.map((x, k) => (k === j ? { ...x, ...a } : x)) });
  const total = c.objectifs.reduce((t, o) => t + o.activites.reduce((s, a) => s + nombre(a.heuresHebdo), 0), 0);
  const e: Record<string, string[]> = erreursClient ?? f.erreurs;
  const nbErreursChamps = Object.keys(e).filter((k) => k !== "plan" && k !== "_").length;
  const messageServeur = erreursClient === null && f.etat.statut === "erreur" ? f.etat.message : null;

  function envoyer(ev: React.FormEvent<HTMLFormElement>) {
    ev.preventDefault();
    const formData = new FormData(ev.currentTarget);
    const erreurs = validerCoteClient(formData);
    if (Object.keys(erreurs).length) {
      setErreursClient(erreurs);
      return;
    }
    setErreursClient(null);
    envoiEnCours.current = true;
    startTransition(() => f.envoyer(formData));
  }

  return (
    <form onSubmit={envoyer} className="max-w-5xl space-y-6" noValidate>
      {erreursClient || messageServeur ? (
        <Alerte type="erreur" titre="Le contrat n'a pas été enregistré.">
          {messageServeur && messageServeur !== "Le formulaire contient des erreurs." && !Object.values(e).flat().includes(messageServeur) ? <p>{messageServeur}</p> : null}
          {e.plan ? <p id="plan-erreur">{e.plan.join(" ")}</p> : null}
          {nbErreursChamps ? <p>{nbErreursChamps === 1 ? "Un champ à corriger, signalé ci-dessous" : `${nbErreursChamps} champs à corriger, signalés ci-dessous`} ; vos saisies sont conservées.</p> : null}
        </Alerte>
      ) : null}
      <input type="hidden" name="personneId" value={personneId} />
      {c.id ? <input type="hidden" name="id" value={c.id} /> : null}
      {c.version ? <input type="hidden" name="version" value={c.version} /> : null}

      <fieldset className="space-y-4 rounded border border-gray-300 bg-white p-4">
        <legend className="px-1 text-lg font-semibold text-marque-800">Durée et intensité</legend>
        <div className="grid gap-4 md:grid-cols-3">
          <ChampTexte nom="dateDebut" libelle="Début" type="date" obligatoire value={c.dateDebut} onChange={(ev) => maj({ dateDebut: ev.target.value })} erreurs={e.dateDebut} aide="Pas avant l'ouverture des droits." />
          <ChampTexte nom="dateFin" libelle="Fin" type="date" obligatoire value={c.dateFin} onChange={(ev) => maj({ dateFin: ev.target.value })} erreurs={e.dateFin} aide="Durée maximale fixée par le département (12 mois par défaut)." />
          <ChampTexte nom="heuresSalariees" libelle="Travail salarié (h par semaine)" inputMode="decimal" value={c.heuresSalariees} onChange={(ev) => maj({ heuresSalariees: ev.target.value })} erreurs={e.heuresSalariees} aide="Si la personne travaille déjà." />
        </div>
        <p role="status" className={`font-semibold ${total >= HEURES_MINIMUM || c.motifExemption ? "text-succes-700" : "text-accent-600"}`}>
          Total des activités : {formaterHeures(total).replace("\u00a0h", " h")} par semaine {c.motifExemption ? "(exemption)" : total < HEURES_MINIMUM ? `— moins de ${HEURES_MINIMUM} h : motif de minoration requis` : ""}
        </p>
        <div className="grid gap-4 md:grid-cols-2">
          <ChampTexte nom="motifMinoration" libelle="Motif de minoration (moins de 15 h)" value={c.motifMinoration} onChange={(ev) => maj({ motifMinoration: ev.target.value })} erreurs={e.motifMinoration} aide={limite(c.motifMinoration, LIMITES_CONTRAT.motifMinoration)} />
          <ChampSelection nom="motifExemption" libelle="Exemption d'heures, à la demande de la personne" videLibelle="Aucune" options={enums(MOTIFS_EXEMPTION)} value={c.motifExemption} onChange={(ev) => maj({ motifExemption: ev.target.value })} erreurs={e.motifExemption} />
        </div>
      </fieldset>

      {c.objectifs.map((o, i) => (
        <fieldset key={i} className="space-y-3 rounded border border-gray-300 bg-white p-4">
          <legend className="px-1 text-lg font-semibold text-marque-800">Objectif {i + 1}</legend>
          <div className="grid gap-3 md:grid-cols-[1fr_16rem]">
            <ChampTexte nom={nomChamp(`objectifs.${i}.libelle`)} identifiant={`objectif-${i}-libelle`} libelle="Objectif" obligatoire value={o.libelle} onChange={(ev) => majObjectif(i, { libelle: ev.target.value })} erreurs={e[`objectifs.${i}.libelle`]} aide={limite(o.libelle, LIMITES_CONTRAT.objectif)} />
            <ChampSelection nom={nomChamp(`objectifs.${i}.frein`)} identifiant={`objectif-${i}-frein`} libelle="Frein visé" videLibelle="Projet professionnel" options={options.freins} value={o.frein} onChange={(ev) => majObjectif(i, { frein: ev.target.value })} erreurs={e[`objectifs.${i}.frein`]} />
          </div>
          {o.activites.map((a, j) => {
            const chemin = `objectifs.${i}.activites.${j}`;
            return (
              <div key={j} className="grid gap-3 rounded bg-gray-50 p-3 md:grid-cols-[1fr_10rem_10rem_7rem]">
                <ChampTexte nom={nomChamp(`${chemin}.libelle`)} identifiant={`activite-${i}-${j}-libelle`} libelle={`Activité ${j + 1}`} value={a.libelle} onChange={(ev) => majActivite(i, j, { libelle: ev.target.value })} erreurs={e[`${chemin}.libelle`]} aide={limite(a.libelle, LIMITES_CONTRAT.activite)} />
                <ChampSelection nom={nomChamp(`${chemin}.categorie`)} identifiant={`activite-${i}-${j}-categorie`} libelle="Catégorie" options={enums(CATEGORIES_ACTIVITE)} value={a.categorie} onChange={(ev) => majActivite(i, j, { categorie: ev.target.value })} erreurs={e[`${chemin}.categorie`]} />
                <ChampSelection nom={nomChamp(`${chemin}.mode`)} identifiant={`activite-${i}-${j}-mode`} libelle="Mode" options={enums(MODES_ACTIVITE)} value={a.mode} onChange={(ev) => majActivite(i, j, { mode: ev.target.value })} erreurs={e[`${chemin}.mode`]} />
                <ChampTexte nom={nomChamp(`${chemin}.heuresHebdo`)} identifiant={`activite-${i}-${j}-heures`} libelle="Heures / semaine" inputMode="decimal" value={a.heuresHebdo} onChange={(ev) => majActivite(i, j, { heuresHebdo: ev.target.value })} erreurs={e[`${chemin}.heuresHebdo`]} />
                <div className="md:col-span-3">
                  <ChampSelection nom={nomChamp(`${chemin}.actionId`)} identifiant={`activite-${i}-${j}-action`} libelle="Action du catalogue (facultatif)" videLibelle="Aucune" options={options.actions} value={a.actionId} onChange={(ev) => majActivite(i, j, { actionId: ev.target.value })} erreurs={e[`${chemin}.actionId`]} aide="Seules les actions ouvertes à la prescription sont proposées ; la prescription se fait ensuite depuis le contrat." />
                </div>
                <div className="flex items-end">
                  <button type="button" className="text-sm underline" onClick={() => majObjectif(i, { activites: o.activites.filter((_, k) => k !== j) })}>
                    Retirer l&apos;activité {j + 1}
                  </button>
                </div>
              </div>
            );
          })}
          <div className="flex flex-wrap gap-4">
            <button type="button" className="text-sm font-semibold underline" onClick={() => majObjectif(i, { activites: [...o.activites, activiteVide()] })}>
              Ajouter une activité à l&apos;objectif {i + 1}
            </button>
            <button type="button" className="text-sm underline" onClick={() => maj({ objectifs: c.objectifs.filter((_, k) => k !== i) })}>
              Retirer l&apos;objectif {i + 1}
            </button>
          </div>
        </fieldset>
      ))}
      <button type="button" className="rounded border border-marque-700 bg-white px-4 py-2 text-sm font-semibold text-marque-700" onClick={() => maj({ objectifs: [...c.objectifs, { libelle: "", frein: "", activites: [activiteVide()] }] })}>
        Ajouter un objectif
      </button>

      <fieldset className="space-y-3 rounded border border-gray-300 bg-white p-4">
        <legend className="px-1 text-lg font-semibold text-marque-800">Aides individuelles demandées</legend>
        {c.aides.map((a, i) => (
          <div key={i} className="grid gap-3 md:grid-cols-[16rem_1fr_10rem_auto]">
            <ChampSelection nom={nomChamp(`aides.${i}.typeAide`)} identifiant={`aide-${i}-type`} libelle="Type d'aide" videLibelle="— Choisir —" options={options.aides} value={a.typeAide} onChange={(ev) => maj({ aides: c.aides.map((x, k) => (k === i ? { ...x, typeAide: ev.target.value } : x)) })} erreurs={e[`aides.${i}.typeAide`]} />
            <ChampTexte nom={nomChamp(`aides.${i}.objet`)} identifiant={`aide-${i}-objet`} libelle="Objet" value={a.objet} onChange={(ev) => maj({ aides: c.aides.map((x, k) => (k === i ? { ...x, objet: ev.target.value } : x)) })} erreurs={e[`aides.${i}.objet`]} aide={limite(a.objet, LIMITES_CONTRAT.objetAide)} />
            <ChampTexte nom={nomChamp(`aides.${i}.montant`)} identifiant={`aide-${i}-montant`} libelle="Montant (€)" inputMode="decimal" value={a.montant} onChange={(ev) => maj({ aides: c.aides.map((x, k) => (k === i ? { ...x, montant: ev.target.value } : x)) })} erreurs={e[`aides.${i}.montant`]} />
            <div className="flex items-end">
              <button type="button" className="text-sm underline" onClick={() => maj({ aides: c.aides.filter((_, k) => k !== i) })}>Retirer l&apos;aide {i + 1}</button>
            </div>
          </div>
        ))}
        <button type="button" className="text-sm font-semibold underline" onClick={() => maj({ aides: [...c.aides, { typeAide: "", objet: "", montant: "" }] })}>
          Ajouter une aide
        </button>
      </fieldset>

      <div className="flex flex-wrap gap-3">
        <Bouton type="submit" disabled={f.enCours}>
          Enregistrer le brouillon
        </Bouton>
        <Link
          href={annulerVers}
          className="inline-flex items-center gap-2 rounded border border-marque-700 bg-white px-4 py-2 text-sm font-semibold text-marque-700 hover:bg-marque-50"
          onClick={(ev) => {
            if (modifie && !window.confirm(MESSAGE_QUITTER)) ev.preventDefault();
          }}
        >
          Annuler
        </Link>
      </div>
    </form>
  );
}
