"use server";

import { actionSecurisee } from "@/lib/actions/action-securisee";
import type { EtatFormulaire } from "@/lib/actions/etat-formulaire";
import * as s from "./schemas";
import { enregistrerResultat, planifierRendezVous } from "./commands/rendez-vous";
import { signalerManquement } from "./commands/signaler";
import { creerSession, inscrireSituation } from "./commands/sessions";
import { classerSituation, enregistrerObservations, informerPersonne, rendreAvis } from "./commands/instruire";
import { decider } from "./commands/decider";
import { enregistrerRemobilisation } from "./commands/remobiliser";
import { genererTransmission } from "./commands/transmettre";
import { modifierParametres } from "./commands/parametrer";

type Action = (etat: EtatFormulaire, formData: FormData) => Promise<EtatFormulaire>;
const dossier = (r: { personneId: string }) => [`/beneficiaires/${r.personneId}`, `/beneficiaires/${r.personneId}/droits-devoirs`];
const situation = (r: { id: string }) => ["/commissions", `/commissions/situations/${r.id}`];

const rdv = actionSecurisee({ schema: s.schemaRendezVous, permission: "rendez-vous:gerer", executer: ({ acteur, db, donnees }) => planifierRendezVous({ acteur, db }, donnees), revalider: dossier, messageSucces: "Rendez-vous fixé : convocation émise." });
export const planifierRendezVousAction: Action = async (e, f) => rdv(e, f);

const resultat = actionSecurisee({ schema: s.schemaResultatRendezVous, permission: "rendez-vous:gerer", executer: ({ acteur, db, donnees }) => enregistrerResultat({ acteur, db }, donnees), revalider: dossier, messageSucces: "Résultat enregistré." });
export const resultatRendezVousAction: Action = async (e, f) => resultat(e, f);

const signaler = actionSecurisee({ schema: s.schemaSignalement, permission: "manquements:signaler", executer: ({ acteur, db, donnees }) => signalerManquement({ acteur, db }, donnees), revalider: (r) => [...dossier(r), "/commissions"], messageSucces: "Situation signalée : elle figure parmi les situations à examiner." });
export const signalerManquementAction: Action = async (e, f) => signaler(e, f);

const session = actionSecurisee({ schema: s.schemaSession, permission: "commissions:instruire", executer: ({ acteur, db, donnees }) => creerSession({ acteur, db }, donnees), revalider: () => ["/commissions"], messageSucces: "Session créée." });
export const creerSessionAction: Action = async (e, f) => session(e, f);

const inscrire = actionSecurisee({ schema: s.schemaInscription, permission: "commissions:instruire", executer: ({ acteur, db, donnees }) => inscrireSituation({ acteur, db }, donnees), revalider: (r) => [...situation(r), `/commissions/sessions/${r.sessionId}`], messageSucces: "Situation inscrite à l'ordre du jour." });
export const inscrireSituationAction: Action = async (e, f) => inscrire(e, f);

const informer = actionSecurisee({ schema: s.schemaSituation, permission: "commissions:instruire", executer: ({ acteur, db, donnees }) => informerPersonne({ acteur, db }, donnees), revalider: situation, messageSucces: "Personne informée : courrier émis, délai d'observations ouvert." });
export const informerPersonneAction: Action = async (e, f) => informer(e, f);

const observer = actionSecurisee({ schema: s.schemaObservations, permission: "commissions:instruire", executer: ({ acteur, db, donnees }) => enregistrerObservations({ acteur, db }, donnees), revalider: situation, messageSucces: "Observations enregistrées." });
export const observationsAction: Action = async (e, f) => observer(e, f);

const aviser = actionSecurisee({ schema: s.schemaAvis, permission: "commissions:instruire", executer: ({ acteur, db, donnees }) => rendreAvis({ acteur, db }, donnees), revalider: situation, messageSucces: "Avis enregistré." });
export const avisAction: Action = async (e, f) => aviser(e, f);

const classer = actionSecurisee({ schema: s.schemaSituation, permission: "commissions:instruire", executer: ({ acteur, db, donnees }) => classerSituation({ acteur, db }, donnees), revalider: situation, messageSucces: "Situation classée sans suite." });
export const classerAction: Action = async (e, f) => classer(e, f);

const decision = actionSecurisee({ schema: s.schemaDecision, permission: "decisions:prendre", executer: ({ acteur, db, donnees }) => decider({ acteur, db }, donnees), revalider: (r) => situation({ id: r.situationId }), messageSucces: "Décision enregistrée : courrier de notification émis." });
export const deciderAction: Action = async (e, f) => decision(e, f);

const remobiliser = actionSecurisee({ schema: s.schemaRemobilisation, permission: "remobilisation:enregistrer", executer: ({ acteur, db, donnees }) => enregistrerRemobilisation({ acteur, db }, donnees), revalider: (r) => situation({ id: r.situationId }), messageSucces: "Remobilisation enregistrée : la suspension prend fin." });
export const remobilisationAction: Action = async (e, f) => remobiliser(e, f);

const transmettre = actionSecurisee({ schema: s.schemaTransmission, permission: "transmissions:generer", executer: ({ acteur, db, donnees }) => genererTransmission({ acteur, db }, donnees), revalider: () => ["/commissions/transmissions"], messageSucces: "Fichier produit : décisions marquées transmises." });
export const transmissionAction: Action = async (e, f) => transmettre(e, f);

const parametrer = actionSecurisee({ schema: s.schemaParametres, permission: "droits-devoirs:parametrer", executer: ({ acteur, db, donnees }) => modifierParametres({ acteur, db }, donnees), revalider: () => ["/commissions/parametres"], messageSucces: "Paramètres enregistrés : ils s'appliquent à la prochaine détection." });
export const parametresAction: Action = async (e, f) => parametrer(e, f);
