"use client";

import { useState } from "react";
import { enregistrerContratAction } from "@/lib/contrats/actions";
import { CATEGORIES_ACTIVITE, HEURES_MINIMUM, MODES_ACTIVITE, MOTIFS_EXEMPTION } from "@/lib/contrats/domain/regles";
import { Bouton, LienBouton } from "@/components/ui/bouton";
import { ChampSelection, ChampTexte } from "@/components/ui/champs";
import { MessageFormulaire } from "@/components/ui/message-formulaire";
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

/**
 * Éditeur du plan d'action : objectifs → activités (catégorie, mode, heures), aides demandées.
 * Tout est gardé dans l'état du composant : une erreur renvoyée par le serveur n'efface rien.
 */
export function EditeurContrat({ personneId, initial, options, annulerVers }: { personneId: string; initial: ContratSaisi; options: { freins: Option[]; aides: Option[]; actions: Option[] }; annulerVers: string }) {
  const f = useFormulaire(enregistrerContratAction);
  const [c, setC] = useState<ContratSaisi>(initial);
  const maj = (partiel: Partial<ContratSaisi>) => setC((x) => ({ ...x, ...partiel }));
  const majObjectif = (i: number, o: Partial<ObjectifSaisi>) => maj({ objectifs: c.objectifs.map((x, k) => (k === i ? { ...x, ...o } : x)) });
  const majActivite = (i: number, j: number, a: Partial<ActiviteSaisie>) =>
    majObjectif(i, { activites: c.objectifs[i]!.activites.map((x, k) => (k === j ? { ...x, ...a } : x)) });
  const total = c.objectifs.reduce((t, o) => t + o.activites.reduce((s, a) => s + nombre(a.heuresHebdo), 0), 0);
  const e = f.erreurs;
  const plan = JSON.stringify({
    objectifs: c.objectifs.map((o) => ({ ...o, activites: o.activites.map((a) => ({ ...a, heuresHebdo: a.heuresHebdo || "0" })) })),
    aides: c.aides,
  });
  return (
    <form action={f.envoyer} className="max-w-5xl space-y-6" noValidate>
      <MessageFormulaire etat={f.etat} />
      {e.plan ? <p id="plan-erreur" className="font-medium text-erreur-700">{e.plan.join(" ")}</p> : null}
      <input type="hidden" name="personneId" value={personneId} />
      {c.id ? <input type="hidden" name="id" value={c.id} /> : null}
      {c.version ? <input type="hidden" name="version" value={c.version} /> : null}
      <input type="hidden" name="plan" value={plan} />

      <fieldset className="space-y-4 rounded border border-gray-300 bg-white p-4">
        <legend className="px-1 text-lg font-semibold text-marque-800">Durée et intensité</legend>
        <div className="grid gap-4 md:grid-cols-3">
          <ChampTexte nom="dateDebut" libelle="Début" type="date" obligatoire value={c.dateDebut} onChange={(ev) => maj({ dateDebut: ev.target.value })} erreurs={e.dateDebut} />
          <ChampTexte nom="dateFin" libelle="Fin" type="date" obligatoire value={c.dateFin} onChange={(ev) => maj({ dateFin: ev.target.value })} erreurs={e.dateFin} />
          <ChampTexte nom="heuresSalariees" libelle="Travail salarié (h par semaine)" inputMode="decimal" value={c.heuresSalariees} onChange={(ev) => maj({ heuresSalariees: ev.target.value })} erreurs={e.heuresSalariees} aide="Si la personne travaille déjà." />
        </div>
        <p role="status" className={`font-semibold ${total >= HEURES_MINIMUM || c.motifExemption ? "text-succes-700" : "text-accent-600"}`}>
          Total des activités : {String(total).replace(".", ",")} h par semaine {c.motifExemption ? "(exemption)" : total < HEURES_MINIMUM ? `— moins de ${HEURES_MINIMUM} h : motif de minoration requis` : ""}
        </p>
        <div className="grid gap-4 md:grid-cols-2">
          <ChampTexte nom="motifMinoration" libelle="Motif de minoration (moins de 15 h)" value={c.motifMinoration} onChange={(ev) => maj({ motifMinoration: ev.target.value })} erreurs={e.motifMinoration} />
          <ChampSelection nom="motifExemption" libelle="Exemption d'heures, à la demande de la personne" videLibelle="Aucune" options={enums(MOTIFS_EXEMPTION)} value={c.motifExemption} onChange={(ev) => maj({ motifExemption: ev.target.value })} erreurs={e.motifExemption} />
        </div>
      </fieldset>

      {c.objectifs.map((o, i) => (
        <fieldset key={i} className="space-y-3 rounded border border-gray-300 bg-white p-4">
          <legend className="px-1 text-lg font-semibold text-marque-800">Objectif {i + 1}</legend>
          <div className="grid gap-3 md:grid-cols-[1fr_16rem]">
            <ChampTexte nom={`objectif-${i}`} identifiant={`objectif-${i}-libelle`} libelle="Objectif" obligatoire value={o.libelle} onChange={(ev) => majObjectif(i, { libelle: ev.target.value })} erreurs={e[`objectifs.${i}.libelle`]} />
            <ChampSelection nom={`frein-${i}`} identifiant={`objectif-${i}-frein`} libelle="Frein visé" videLibelle="Projet professionnel" options={options.freins} value={o.frein} onChange={(ev) => majObjectif(i, { frein: ev.target.value })} />
          </div>
          {o.activites.map((a, j) => (
            <div key={j} className="grid gap-3 rounded bg-gray-50 p-3 md:grid-cols-[1fr_10rem_10rem_7rem]">
              <ChampTexte nom={`activite-${i}-${j}`} identifiant={`activite-${i}-${j}-libelle`} libelle={`Activité ${j + 1}`} value={a.libelle} onChange={(ev) => majActivite(i, j, { libelle: ev.target.value })} erreurs={e[`objectifs.${i}.activites.${j}.libelle`]} />
              <ChampSelection nom={`categorie-${i}-${j}`} identifiant={`activite-${i}-${j}-categorie`} libelle="Catégorie" options={enums(CATEGORIES_ACTIVITE)} value={a.categorie} onChange={(ev) => majActivite(i, j, { categorie: ev.target.value })} />
              <ChampSelection nom={`mode-${i}-${j}`} identifiant={`activite-${i}-${j}-mode`} libelle="Mode" options={enums(MODES_ACTIVITE)} value={a.mode} onChange={(ev) => majActivite(i, j, { mode: ev.target.value })} />
              <ChampTexte nom={`heures-${i}-${j}`} identifiant={`activite-${i}-${j}-heures`} libelle="Heures / semaine" inputMode="decimal" value={a.heuresHebdo} onChange={(ev) => majActivite(i, j, { heuresHebdo: ev.target.value })} erreurs={e[`objectifs.${i}.activites.${j}.heuresHebdo`] ?? e[`plan.objectifs.${i}.activites.${j}.heuresHebdo`]} />
              <div className="md:col-span-3">
                <ChampSelection nom={`action-${i}-${j}`} identifiant={`activite-${i}-${j}-action`} libelle="Action du catalogue (facultatif)" videLibelle="Aucune" options={options.actions} value={a.actionId} onChange={(ev) => majActivite(i, j, { actionId: ev.target.value })} />
              </div>
              <div className="flex items-end">
                <button type="button" className="text-sm underline" onClick={() => majObjectif(i, { activites: o.activites.filter((_, k) => k !== j) })}>
                  Retirer l&apos;activité {j + 1}
                </button>
              </div>
            </div>
          ))}
          <div className="flex gap-4">
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
            <ChampSelection nom={`aide-${i}`} identifiant={`aide-${i}-type`} libelle="Type d'aide" videLibelle="— Choisir —" options={options.aides} value={a.typeAide} onChange={(ev) => maj({ aides: c.aides.map((x, k) => (k === i ? { ...x, typeAide: ev.target.value } : x)) })} erreurs={e[`plan.aides.${i}.typeAide`]} />
            <ChampTexte nom={`aide-objet-${i}`} identifiant={`aide-${i}-objet`} libelle="Objet" value={a.objet} onChange={(ev) => maj({ aides: c.aides.map((x, k) => (k === i ? { ...x, objet: ev.target.value } : x)) })} erreurs={e[`plan.aides.${i}.objet`]} />
            <ChampTexte nom={`aide-montant-${i}`} identifiant={`aide-${i}-montant`} libelle="Montant (€)" inputMode="decimal" value={a.montant} onChange={(ev) => maj({ aides: c.aides.map((x, k) => (k === i ? { ...x, montant: ev.target.value } : x)) })} erreurs={e[`plan.aides.${i}.montant`]} />
            <div className="flex items-end">
              <button type="button" className="text-sm underline" onClick={() => maj({ aides: c.aides.filter((_, k) => k !== i) })}>Retirer l&apos;aide {i + 1}</button>
            </div>
          </div>
        ))}
        <button type="button" className="text-sm font-semibold underline" onClick={() => maj({ aides: [...c.aides, { typeAide: "", objet: "", montant: "" }] })}>
          Ajouter une aide
        </button>
      </fieldset>

      <div className="flex gap-3">
        <Bouton type="submit" disabled={f.enCours}>
          Enregistrer le brouillon
        </Bouton>
        <LienBouton href={annulerVers} variante="secondaire">
          Annuler
        </LienBouton>
      </div>
    </form>
  );
}
