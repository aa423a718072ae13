// Catalogue de l'offre d'insertion du PDI 2024-2026 (D2 partie 2) : les 52 entrées, codes tels qu'imprimés
// (doublons 1.7.2, 2.1.4 et 3.4.1 conservés comme actions distinctes). Objectifs et secteurs : texte du document.
// Porteur, visée, freins, publics et territoires : lecture de l'entrée (voir docs/decisions/007-catalogue.md).
import type { ActionDonnee } from "./catalogue-types";

export const ACTIONS_PDI_2024: ActionDonnee[] = [
  {
    "code": "1.1.1",
    "sousAxe": "1.1",
    "intitule": "Boost emploi",
    "porteur": null,
    "visee": "PROFESSIONNELLE",
    "freins": [],
    "publics": [],
    "territoires": [
      "POLE-I",
      "POLE-II",
      "POLE-III",
      "POLE-IV",
      "POLE-V",
      "POLE-VI",
      "POLE-VIII",
      "POLE-IX"
    ],
    "objectifs": "Accompagnement intensif de 3 mois axé sur la reprise d'emploi dans l'objectif d'une sortie rapide du RSA.",
    "secteur": "Département sauf Pôles d'insertion de Salon et d'Arles",
    "modalites": "Accompagnement intensif de 3 mois, un entretien individuel par semaine et des ateliers collectifs. Accord-cadre en lots géographiques (D1 : lot 1 Marseille, ACOPAD mandataire ; lot 2 Aix-Gardanne-Aubagne-La Ciotat, OMI Formation et Métier ; lot 3 ouest du département, AECD mandataire).",
    "duree": "3 mois",
    "mode": "MIXTE"
  },
  {
    "code": "1.1.2",
    "sousAxe": "1.1",
    "intitule": "Accélérateur de l'emploi itinérant (CCI du Pays d'Arles)",
    "porteur": "CCI du Pays d'Arles",
    "visee": "PROFESSIONNELLE",
    "freins": [],
    "publics": [],
    "territoires": [
      "POLE-VII"
    ],
    "objectifs": "Favoriser les recrutements de bénéficiaires du RSA, grâce à des rencontres sur tout le territoire du Pôle Insertion d'Arles, entre bénéficiaires du RSA et chefs d'entreprise.",
    "secteur": "Pôle d'insertion d'Arles",
    "mode": "COLLECTIF"
  },
  {
    "code": "1.2.1",
    "sousAxe": "1.2",
    "intitule": "Dispositif d'accompagnement à l'entrepreneuriat",
    "porteur": null,
    "visee": "PROFESSIONNELLE",
    "freins": [],
    "publics": [
      "TRAVAILLEURS_INDEPENDANTS"
    ],
    "territoires": [
      "DEP"
    ],
    "objectifs": "Accompagner les BRSA : ; porteurs d'un projet de création d'activité ou d'entreprise : afin d'améliorer leurs perspectives de réussite, ; déjà chefs d'entreprise ou travailleurs indépendants : afin de les amener, en fonction du potentiel de leur activité, à développer leur activité ou à la cesser en vue d'occuper un emploi salarié.",
    "secteur": "Département",
    "mode": "INDIVIDUEL"
  },
  {
    "code": "1.2.2",
    "sousAxe": "1.2",
    "intitule": "Lieu d'accueil spécialisé pour les travailleurs indépendants",
    "porteur": null,
    "visee": "SOCIO_PROFESSIONNELLE",
    "freins": [],
    "publics": [
      "TRAVAILLEURS_INDEPENDANTS"
    ],
    "territoires": [
      "DEP"
    ],
    "objectifs": "Action fondée sur le suivi et la contractualisation de bénéficiaires du RSA ayant le statut de travailleur indépendant par des professionnels de l'entrepreneuriat.",
    "secteur": "Département",
    "mode": "INDIVIDUEL"
  },
  {
    "code": "1.2.3",
    "sousAxe": "1.2",
    "intitule": "Accompagnement à la création et à la reprise d'entreprises agricoles (ADEAR 13)",
    "porteur": "ADEAR 13",
    "visee": "PROFESSIONNELLE",
    "freins": [],
    "publics": [
      "AGRICULTEURS"
    ],
    "territoires": [
      "DEP"
    ],
    "objectifs": "Accompagner les bénéficiaires du RSA à la création ou à la reprise d'entreprise agricole.",
    "secteur": "Département",
    "mode": "INDIVIDUEL"
  },
  {
    "code": "1.3.1",
    "sousAxe": "1.3",
    "intitule": "Dispositif d'accompagnement et de placement en emploi (DAPE)",
    "porteur": null,
    "visee": "PROFESSIONNELLE",
    "freins": [],
    "publics": [],
    "territoires": [
      "POLE-I",
      "POLE-II",
      "POLE-III",
      "POLE-IV",
      "POLE-V",
      "POLE-VII",
      "POLE-X",
      "13005"
    ],
    "objectifs": "Faciliter le retour à l'emploi des BRSA via un parcours adapté, dynamique et régulier afin d'assurer une sortie pérenne en emploi.",
    "secteur": "Marseille, Nord du pays d'Arles, Pôle Salon-Berre, Aubagne.",
    "duree": "9 mois en moyenne",
    "modalites": "Marché public renouvelé en 2022, sur les territoires sans PLIE et à Marseille.",
    "mode": "INDIVIDUEL"
  },
  {
    "code": "1.3.2",
    "sousAxe": "1.3",
    "intitule": "Plans locaux pour l'insertion et l'emploi (PLIE)",
    "porteur": null,
    "visee": "SOCIO_PROFESSIONNELLE",
    "freins": [],
    "publics": [],
    "territoires": [
      "POLE-I",
      "POLE-II",
      "POLE-III",
      "POLE-IV",
      "POLE-V",
      "POLE-VI",
      "13054",
      "13028",
      "13047",
      "13004",
      "13056"
    ],
    "objectifs": "Accompagnement socioprofessionnel et relation entreprise.",
    "secteur": "Marseille, Aix-en-Provence et pays d'Aix, Marignane Côte bleue, La Ciotat, Istres Ouest Provence, Arles ACCM, Pays de Martigues",
    "modalites": "Sept PLIE, chacun avec ses propres modalités ; tableau de bord trimestriel unique partagé entre financeurs.",
    "mode": "INDIVIDUEL"
  },
  {
    "code": "1.3.3",
    "sousAxe": "1.3",
    "intitule": "Action intermédiaire pour un accès à l'emploi (ACIADE)",
    "porteur": null,
    "visee": "SOCIO_PROFESSIONNELLE",
    "freins": [],
    "publics": [],
    "territoires": [
      "POLE-I",
      "POLE-II",
      "POLE-III",
      "POLE-IV",
      "POLE-V",
      "POLE-VI",
      "POLE-VII",
      "POLE-IX",
      "POLE-X"
    ],
    "objectifs": "Permettre aux personnes souhaitant retrouver une activité de développer leur potentiel d'initiative et d'employabilité afin de construire et de concrétiser un projet professionnel.",
    "secteur": "Département sauf le territoire du pôle d'insertion d'Aubagne-La Ciotat"
  },
  {
    "code": "1.3.4",
    "sousAxe": "1.3",
    "intitule": "Accompagnement global avec France Travail",
    "porteur": "France Travail",
    "visee": "SOCIO_PROFESSIONNELLE",
    "freins": [],
    "publics": [],
    "territoires": [
      "DEP"
    ],
    "objectifs": "prendre en charge simultanément les problématiques sociales et professionnelles avec l'intervention conjointe d'un travailleur social et d'un conseiller dédié de France Travail, ; engager un parcours personnalisé à la fois sur le plan social et sur le plan professionnel.",
    "secteur": "Département",
    "modalites": "Intervention conjointe d'un travailleur social et d'un conseiller dédié de France Travail (46 conseillers dédiés, environ 4 000 personnes par an).",
    "mode": "INDIVIDUEL"
  },
  {
    "code": "1.3.5",
    "sousAxe": "1.3",
    "intitule": "Accompagnement global tripartite avec des lieux d'accueil",
    "porteur": null,
    "visee": "SOCIO_PROFESSIONNELLE",
    "freins": [],
    "publics": [],
    "territoires": [
      "DEP"
    ],
    "objectifs": "Travailler sur les potentialités des bénéficiaires en termes d'emploi tout en levant de manière concomitante les freins de tout type. L'accompagnement repose sur un suivi tripartite d'un accompagnateur à l'emploi (référent de parcours), un travailleur social et un psychologue pour permettre une prise en compte globale de la situation de chaque bénéficiaire.",
    "secteur": "Département",
    "modalites": "Accompagnateur à l'emploi (référent de parcours), travailleur social et psychologue en un même lieu.",
    "mode": "INDIVIDUEL"
  },
  {
    "code": "1.4.1",
    "sousAxe": "1.4",
    "intitule": "Prévention de l'entrée et de l'installation des jeunes dans le RSA – Mission locale de Marseille",
    "porteur": "Mission locale de Marseille",
    "visee": "PROFESSIONNELLE",
    "freins": [],
    "publics": [
      "JEUNES"
    ],
    "territoires": [
      "POLE-I",
      "POLE-II",
      "POLE-III",
      "POLE-IV",
      "POLE-V"
    ],
    "objectifs": "Accompagnement individualisé à l'insertion professionnelle afin de prévenir une entrée précoce dans le dispositif du RSA ou d'en permettre la sortie.",
    "secteur": "Marseille, Allauch Plan-de-Cuques et Septèmes-les-Vallons",
    "mode": "INDIVIDUEL"
  },
  {
    "code": "1.4.2",
    "sousAxe": "1.4",
    "intitule": "Accompagnement global tripartite – Mission locale de Marseille",
    "porteur": "Mission locale de Marseille",
    "visee": "SOCIO_PROFESSIONNELLE",
    "freins": [],
    "publics": [
      "JEUNES"
    ],
    "territoires": [
      "POLE-I",
      "POLE-II",
      "POLE-III",
      "POLE-IV",
      "POLE-V"
    ],
    "objectifs": "Travailler sur les potentialités des bénéficiaires en termes d'emploi tout en levant de manière concomitante les freins de tout type. L'accompagnement repose sur un suivi tripartite d'un référent emploi, un référent social et un psychologue pour permettre une prise en compte globale de la situation du bénéficiaire et engager une dynamique de parcours en vue d'une insertion professionnelle réussie.",
    "secteur": "Marseille, Allauch, Plan-de-Cuques et Septèmes-les-Vallons",
    "mode": "INDIVIDUEL"
  },
  {
    "code": "1.4.3",
    "sousAxe": "1.4",
    "intitule": "Prévention de l'entrée et de l'installation des jeunes dans le RSA – Mission locale de Châteaurenard",
    "porteur": "Mission locale de Châteaurenard",
    "visee": "PROFESSIONNELLE",
    "freins": [],
    "publics": [
      "JEUNES"
    ],
    "territoires": [
      "13027",
      "13100"
    ],
    "objectifs": "Accompagnement individualisé à l'insertion professionnelle afin de prévenir une entrée précoce dans le dispositif du RSA ou d'en permettre la sortie.",
    "secteur": "Châteaurenard, Saint-Rémy-de-Provence",
    "mode": "INDIVIDUEL"
  },
  {
    "code": "1.4.4",
    "sousAxe": "1.4",
    "intitule": "SAS prévention RSA – Mission locale du Pays salonais",
    "porteur": "Mission locale du Pays salonais",
    "visee": "PROFESSIONNELLE",
    "freins": [],
    "publics": [
      "JEUNES"
    ],
    "territoires": [
      "POLE-X"
    ],
    "objectifs": "Accompagnement individualisé à l'insertion professionnelle afin de prévenir une entrée précoce dans le dispositif du RSA.",
    "secteur": "Pays salonais",
    "mode": "INDIVIDUEL"
  },
  {
    "code": "1.5.1",
    "sousAxe": "1.5",
    "intitule": "Génération experts (GEX)",
    "porteur": "Ciotat Initiatives Emploi",
    "visee": "PROFESSIONNELLE",
    "freins": [],
    "publics": [
      "SENIORS"
    ],
    "territoires": [
      "13028"
    ],
    "objectifs": "Accompagner, de manière renforcée et soutenue vers l'emploi, la formation qualifiante… un public bénéficiaire du RSA de 50 ans et plus.",
    "secteur": "La Ciotat",
    "mode": "MIXTE"
  },
  {
    "code": "1.6.1",
    "sousAxe": "1.6",
    "intitule": "Les chantiers d'insertion",
    "porteur": null,
    "visee": "PROFESSIONNELLE",
    "freins": [
      "SAVOIR_ETRE"
    ],
    "publics": [],
    "territoires": [
      "DEP"
    ],
    "objectifs": "Socialiser et remobiliser par le travail ; développer l'employabilité en accompagnant à la levée des freins à l'emploi ; acquérir des savoir-être dans un contexte professionnel.",
    "secteur": "Département",
    "modalites": "Plus de 80 chantiers financés chaque année (ateliers et chantiers d'insertion), contrat à durée déterminée d'insertion (CDDI), parcours de 4 à 12 mois.",
    "duree": "4 à 12 mois",
    "mode": "COLLECTIF"
  },
  {
    "code": "1.7.1",
    "sousAxe": "1.7",
    "intitule": "Coordination Qualité Fiabilité Domicile (CQFD) – aide à domicile",
    "porteur": "Coordination Qualité Fiabilité Domicile",
    "visee": "PROFESSIONNELLE",
    "freins": [],
    "publics": [],
    "territoires": [
      "POLE-I",
      "POLE-II",
      "POLE-III",
      "POLE-IV",
      "POLE-V",
      "POLE-VIII"
    ],
    "objectifs": "Accompagner, former et insérer les bénéficiaires du RSA sur les métiers de l'aide à domicile.",
    "secteur": "Marseille - Aubagne/La Ciotat",
    "mode": "MIXTE"
  },
  {
    "code": "1.7.2",
    "sousAxe": "1.7",
    "intitule": "Fédération nationale des transports de voyageurs (FNTV)",
    "porteur": "Fédération nationale des transports de voyageurs",
    "visee": "PROFESSIONNELLE",
    "freins": [],
    "publics": [],
    "territoires": [
      "DEP"
    ],
    "objectifs": "Procéder à la validation de projets professionnels et de profils transmis par les partenaires de l'emploi pour une mise en relation avec les employeurs dans les métiers du transport de voyageurs.",
    "secteur": "Département"
  },
  {
    "code": "1.7.2",
    "sousAxe": "1.7",
    "intitule": "CIERES – Speed restauration",
    "porteur": "CIERES",
    "visee": "PROFESSIONNELLE",
    "freins": [],
    "publics": [],
    "territoires": [
      "POLE-I",
      "POLE-II",
      "POLE-V"
    ],
    "objectifs": "Expérimenter un dispositif de formation visant l'insertion professionnelle de personnes offrant un premier niveau de qualification et d'employabilité reconnu par les employeurs de la filière restauration.",
    "secteur": "Marseille - Pôles d'insertion marseillais des 1er/5e/6e/7e ; 2e/3e et 15e/16e arr.",
    "nature": "EXPERIMENTATION",
    "mode": "COLLECTIF"
  },
  {
    "code": "2.1.1",
    "sousAxe": "2.1",
    "intitule": "Accueillir et accompagner les gens du voyage – AREAT",
    "porteur": "AREAT",
    "visee": "SOCIALE",
    "freins": [],
    "publics": [
      "GENS_DU_VOYAGE"
    ],
    "territoires": [
      "DEP"
    ],
    "objectifs": "Accompagnement spécifique visant à améliorer l'autonomie sociale, financière et professionnelle des gens du voyage",
    "secteur": "Département (lieu d'intervention Port-de-Bouc)",
    "lieu": "Port-de-Bouc",
    "mode": "INDIVIDUEL"
  },
  {
    "code": "2.1.2",
    "sousAxe": "2.1",
    "intitule": "Accueillir et accompagner les gens du voyage – ASNIT",
    "porteur": "ASNIT",
    "visee": "SOCIALE",
    "freins": [],
    "publics": [
      "GENS_DU_VOYAGE"
    ],
    "territoires": [
      "DEP"
    ],
    "objectifs": "Accompagnement spécifique visant à améliorer l'autonomie sociale, financière et professionnelle des gens du voyage, domiciliation",
    "secteur": "Département (lieu d'intervention 16e arr. de Marseille)",
    "lieu": "Marseille 16e arrondissement",
    "mode": "INDIVIDUEL"
  },
  {
    "code": "2.1.3",
    "sousAxe": "2.1",
    "intitule": "Personnes sans domicile fixe : accueil de jour",
    "porteur": null,
    "visee": "SOCIALE",
    "freins": [
      "LOGEMENT",
      "SANTE"
    ],
    "publics": [
      "SANS_DOMICILE"
    ],
    "territoires": [
      "POLE-I",
      "POLE-II",
      "POLE-III",
      "POLE-IV",
      "POLE-V"
    ],
    "objectifs": "Dans le cadre de sa mission générale d'accueil de jour pour un public SDF isolé (mise à l'abri, accès à l'hygiène, laverie, aide aux démarches…), proposer un accompagnement social global renforcé aux bénéficiaires du RSA avec une prise en charge spécifique des comportements de rue.",
    "secteur": "Marseille",
    "mode": "INDIVIDUEL"
  },
  {
    "code": "2.1.4",
    "sousAxe": "2.1",
    "intitule": "Personnes entrant en détention – Relais RSA (APCARS)",
    "porteur": "APCARS",
    "visee": "SOCIALE",
    "freins": [],
    "publics": [
      "DETENUS"
    ],
    "territoires": [
      "POLE-I",
      "POLE-II",
      "POLE-III",
      "POLE-IV",
      "POLE-V",
      "13001"
    ],
    "objectifs": "Prendre en charge les bénéficiaires du RSA marseillais et du pays d'Aix incarcérés sur les centres pénitentiaires des Baumettes et de Luynes.",
    "secteur": "Marseille et Aix-en-Provence, centres pénitentiaires des Baumettes et de Luynes.",
    "lieu": "Centres pénitentiaires des Baumettes et de Luynes",
    "mode": "INDIVIDUEL"
  },
  {
    "code": "2.1.4",
    "sousAxe": "2.1",
    "intitule": "Agriculteurs en difficulté : Solidarité Paysans Provence",
    "porteur": "Solidarité Paysans Provence",
    "visee": "SOCIALE",
    "freins": [
      "ENDETTEMENT"
    ],
    "publics": [
      "AGRICULTEURS"
    ],
    "territoires": [
      "DEP"
    ],
    "objectifs": "Agriculteurs bénéficiaires du RSA : Accompagner et défendre les agriculteurs et anciens agriculteurs en difficulté sociale et économique.",
    "secteur": "Département",
    "mode": "INDIVIDUEL"
  },
  {
    "code": "2.2.1",
    "sousAxe": "2.2",
    "intitule": "Diagnostic et accompagnement à l'emploi des BRSA ayant des problèmes de santé (HEDA)",
    "porteur": "HEDA",
    "visee": "SANTE",
    "freins": [
      "SANTE"
    ],
    "publics": [
      "PROBLEMES_SANTE"
    ],
    "territoires": [
      "DEP"
    ],
    "objectifs": "Proposer un diagnostic et un accompagnement pour les bénéficiaires du RSA, dont la santé est la problématique centrale à leur insertion professionnelle.",
    "secteur": "Département",
    "mode": "INDIVIDUEL",
    "duree": "12 mois"
  },
  {
    "code": "2.2.2",
    "sousAxe": "2.2",
    "intitule": "Accès aux soins santé mentale : centres hospitaliers",
    "porteur": null,
    "visee": "SANTE",
    "freins": [
      "PSYCHIQUE",
      "SANTE"
    ],
    "publics": [
      "PROBLEMES_SANTE"
    ],
    "territoires": [
      "POLE-I",
      "POLE-II",
      "POLE-III",
      "POLE-IV",
      "POLE-V",
      "POLE-VIII"
    ],
    "objectifs": "Accès à des consultations réalisées par des psychologues et infirmiers psychiatriques afin d'amener la personne à une prise en charge dans le droit commun.",
    "secteur": "Marseille, Aubagne-La Ciotat",
    "mode": "INDIVIDUEL"
  },
  {
    "code": "2.2.3",
    "sousAxe": "2.2",
    "intitule": "Personnes en situation d'addiction : Addiction Méditerranée",
    "porteur": "Addiction Méditerranée",
    "visee": "SANTE",
    "freins": [
      "ADDICTIONS"
    ],
    "publics": [
      "PROBLEMES_SANTE"
    ],
    "territoires": [
      "POLE-I",
      "POLE-II",
      "POLE-III",
      "POLE-IV",
      "POLE-V"
    ],
    "objectifs": "Accompagnement spécifique visant à améliorer l'insertion sociale et à initier une insertion professionnelle d'un public en conduite addictive, en cohérence avec le projet de soin.",
    "secteur": "Marseille",
    "mode": "INDIVIDUEL"
  },
  {
    "code": "2.2.4",
    "sousAxe": "2.2",
    "intitule": "Accès santé – ACPM",
    "porteur": "ACPM",
    "visee": "SANTE",
    "freins": [
      "SANTE"
    ],
    "publics": [
      "PROBLEMES_SANTE"
    ],
    "territoires": [
      "POLE-I",
      "POLE-II",
      "POLE-III",
      "POLE-IV",
      "POLE-V"
    ],
    "objectifs": "Permettre à des bénéficiaires du RSA de s'engager activement dans une démarche d'insertion sanitaire, sociale et ou/professionnelle en tenant compte de leur état de santé.",
    "secteur": "Marseille",
    "mode": "INDIVIDUEL"
  },
  {
    "code": "2.2.5",
    "sousAxe": "2.2",
    "intitule": "Espace d'accompagnement – ARES",
    "porteur": "Association régionale en économie sociale",
    "visee": "SANTE",
    "freins": [
      "SANTE",
      "PSYCHIQUE"
    ],
    "publics": [
      "PROBLEMES_SANTE"
    ],
    "territoires": [
      "POLE-VI"
    ],
    "objectifs": "Permettre aux personnes de s'engager activement dans une démarche de soin et d'insertion sociale et/ou professionnelle, en posant les bases d'un processus de changement.",
    "secteur": "Pôle d'insertion Aix-Gardanne",
    "capacite": 40,
    "unite": "PARCOURS",
    "duree": "12 mois en moyenne",
    "modalites": "Intervention d'un psychologue pour concevoir un projet de vie.",
    "entreesPermanentes": true,
    "nature": "RENOUVELLEMENT",
    "mode": "INDIVIDUEL",
    "public": "Public fragilisé et confronté à un cumul de difficultés (endettement, mal-logement…)."
  },
  {
    "code": "2.2.6",
    "sousAxe": "2.2",
    "intitule": "Action Passage – Confluence",
    "porteur": "Confluence",
    "visee": "SANTE",
    "freins": [
      "SANTE",
      "CODES_SOCIOCULTURELS"
    ],
    "publics": [
      "ORIGINE_ETRANGERE"
    ],
    "territoires": [
      "POLE-VII"
    ],
    "objectifs": "Permettre au public d'exprimer ses maux/mots en tenant compte de sa culture d'origine. Sensibiliser et démystifier l'environnement social et médical afin de favoriser l'accompagnement.",
    "secteur": "Pays d'Arles",
    "mode": "COLLECTIF"
  },
  {
    "code": "2.2.7",
    "sousAxe": "2.2",
    "intitule": "Action santé – Confluence",
    "porteur": "Confluence",
    "visee": "SANTE",
    "freins": [
      "SANTE",
      "CODES_SOCIOCULTURELS"
    ],
    "publics": [
      "ORIGINE_ETRANGERE"
    ],
    "territoires": [
      "13054",
      "13117"
    ],
    "objectifs": "Permettre au public d'exprimer ses maux/mots en tenant compte de sa culture d'origine. Sensibiliser et démystifier l'environnement social et médical afin de favoriser l'accompagnement.",
    "secteur": "Marignane - Vitrolles",
    "mode": "COLLECTIF"
  },
  {
    "code": "2.2.8",
    "sousAxe": "2.2",
    "intitule": "Dynamique d'accès aux soins – APDL",
    "porteur": "APDL",
    "visee": "SANTE",
    "freins": [
      "SANTE"
    ],
    "publics": [
      "PROBLEMES_SANTE"
    ],
    "territoires": [
      "POLE-IX"
    ],
    "objectifs": "Favoriser la prévention, l'accès aux soins et aux droits à la santé pour un public en situation de grande précarité.",
    "secteur": "Pôle d'insertion Istres-Marignane-Martigues-Vitrolles.",
    "mode": "MIXTE"
  },
  {
    "code": "2.3.1",
    "sousAxe": "2.3",
    "intitule": "Action génératrice d'insertion et de remobilisation (AGIR)",
    "porteur": null,
    "visee": "SOCIALE",
    "freins": [
      "ISOLEMENT"
    ],
    "publics": [],
    "territoires": [
      "POLE-I",
      "POLE-II",
      "POLE-III",
      "POLE-V",
      "13047"
    ],
    "objectifs": "Permettre aux personnes de développer leur capacité d'insertion sociale dans leur environnement (remobilisation, réactivation des liens sociaux, autonomie) et d'élaborer un projet individuel et collectif dans le cadre d'un parcours d'insertion cohérent.",
    "secteur": "Marseille (excepté les 13/14 arr.), Istres Ouest Provence",
    "mode": "MIXTE"
  },
  {
    "code": "2.3.2",
    "sousAxe": "2.3",
    "intitule": "SAS diagnostic projet",
    "porteur": null,
    "visee": "SOCIO_PROFESSIONNELLE",
    "freins": [],
    "publics": [],
    "territoires": [
      "DEP"
    ],
    "objectifs": "Définir un projet d'insertion sociale ou professionnelle dans le cadre d'un accompagnement individualisé très court et intensif.",
    "secteur": "Département",
    "mode": "INDIVIDUEL",
    "duree": "Très court et intensif"
  },
  {
    "code": "2.4.1",
    "sousAxe": "2.4",
    "intitule": "Alpha Garde – Centre social La Garde",
    "porteur": "Centre social La Garde",
    "visee": "SOCIALE",
    "freins": [
      "LANGUE",
      "GARDE_ENFANTS"
    ],
    "publics": [
      "FAMILLES_MONOPARENTALES"
    ],
    "territoires": [
      "POLE-IV"
    ],
    "objectifs": "Cette action spécifique propose, sur un mode de garde adapté à l'entrée, une action de linguistique pour des personnes en situation d'illettrisme ou d'analphabétisme, souvent des chefs de familles monoparentales. Cette action de trois matinées par semaine constitue une première étape clé d'un parcours personnel d'insertion pour des personnes qui jusque-là ne pouvaient pas enclencher une dynamique de parcours dans le cadre d'un projet d'insertion socioprofessionnelle.",
    "secteur": "13e et 14e arr. de Marseille, Allauch, Plan-de-Cuques",
    "heures": 9,
    "modalites": "Action linguistique de trois matinées par semaine avec un mode de garde adapté à l'entrée.",
    "mode": "COLLECTIF"
  },
  {
    "code": "2.4.2",
    "sousAxe": "2.4",
    "intitule": "Passeport pour un accompagnement réussi vers l'insertion (PARI) – AAI",
    "porteur": "AAI",
    "visee": "SOCIALE",
    "freins": [],
    "publics": [],
    "territoires": [
      "POLE-VI"
    ],
    "objectifs": "Permettre à partir de la définition d'un projet de vie de mettre en œuvre un parcours et de permettre au bénéficiaire de retrouver une dynamique d'insertion.",
    "secteur": "Pôle d'insertion Aix-Gardanne",
    "mode": "INDIVIDUEL"
  },
  {
    "code": "2.4.3",
    "sousAxe": "2.4",
    "intitule": "DEFI – AIR le Fil d'Ariane",
    "porteur": "AIR le Fil d'Ariane",
    "visee": "SOCIALE",
    "freins": [
      "ISOLEMENT"
    ],
    "publics": [],
    "territoires": [
      "POLE-VIII"
    ],
    "objectifs": "Redynamisation de personnes bénéficiaires du RSA par la citoyenneté en vue d'une remobilisation vers une insertion professionnelle.",
    "secteur": "Pôle d'insertion Aubagne-La Ciotat",
    "mode": "COLLECTIF"
  },
  {
    "code": "2.4.4",
    "sousAxe": "2.4",
    "intitule": "Centre d'insertion pour les femmes – Équipe Saint-Vincent de Martigues",
    "porteur": "Équipe Saint-Vincent de Martigues",
    "visee": "SOCIALE",
    "freins": [
      "ENDETTEMENT"
    ],
    "publics": [
      "FEMMES"
    ],
    "territoires": [
      "13056",
      "13077"
    ],
    "objectifs": "Favoriser l'insertion des mères de famille par l'éducation en économie sociale et familiale, grâce à la construction d'un parcours d'insertion sociale au cours duquel elles pourront acquérir des notions théoriques et pratiques sur le budget, l'accès au droit, la parentalité, l'équilibre alimentaire.",
    "secteur": "Martigues Port-de-Bouc",
    "mode": "COLLECTIF"
  },
  {
    "code": "2.4.5",
    "sousAxe": "2.4",
    "intitule": "Rêv'elle toi – CIDFF",
    "porteur": "CIDFF des Bouches-du-Rhône",
    "visee": "SOCIO_PROFESSIONNELLE",
    "freins": [],
    "publics": [
      "FEMMES"
    ],
    "territoires": [
      "POLE-I",
      "POLE-II",
      "POLE-III",
      "POLE-IV",
      "POLE-V"
    ],
    "objectifs": "Coordonner les parcours d'accompagnement socioprofessionnel des femmes bénéficiaires du RSA afin de favoriser leur autonomie et de prévenir les situations de précarité.",
    "secteur": "Marseille (en particulier les 1er,5e,6e,7e arr.)",
    "mode": "MIXTE"
  },
  {
    "code": "2.4.6",
    "sousAxe": "2.4",
    "intitule": "PRICE – Centre social Endoume (CIDFF)",
    "porteur": "Centre social Endoume",
    "visee": "SOCIALE",
    "freins": [
      "GARDE_ENFANTS",
      "ISOLEMENT"
    ],
    "publics": [],
    "territoires": [
      "POLE-I",
      "13208"
    ],
    "objectifs": "Proposer un parcours de remobilisation sociale destiné aux bénéficiaires du RSA très éloignés de l'emploi, en associant un mode de garde.",
    "secteur": "Marseille (1er,5e,6e,7e,8e arr.)",
    "mode": "COLLECTIF"
  },
  {
    "code": "2.4.7",
    "sousAxe": "2.4",
    "intitule": "Action santé – ISATIS",
    "porteur": "ISATIS",
    "visee": "SANTE",
    "freins": [
      "SANTE"
    ],
    "publics": [
      "PROBLEMES_SANTE"
    ],
    "territoires": [
      "POLE-X",
      "POLE-VII"
    ],
    "objectifs": "À travers l'accès aux soins, favoriser leur autonomie et leur permettre d'engager une démarche d'insertion sociale et/ou professionnelle.",
    "secteur": "Pôles d'insertion de Salon de Provence et d'Arles",
    "mode": "INDIVIDUEL"
  },
  {
    "code": "3.1.1",
    "sousAxe": "3.1",
    "intitule": "Centrale de mobilité – Maison de l'emploi de Marseille",
    "porteur": "Maison de l'emploi de Marseille",
    "visee": "LEVEE_FREINS",
    "freins": [
      "MOBILITE"
    ],
    "publics": [],
    "territoires": [
      "POLE-I",
      "POLE-II",
      "POLE-III",
      "POLE-IV",
      "POLE-V"
    ],
    "objectifs": "Action d'accompagnement à la mobilité.",
    "secteur": "Marseille",
    "mode": "INDIVIDUEL"
  },
  {
    "code": "3.1.2",
    "sousAxe": "3.1",
    "intitule": "Plateforme mobilité Wimoov (Salon, Istres-Marignane, Arles)",
    "porteur": "Wimoov",
    "visee": "LEVEE_FREINS",
    "freins": [
      "MOBILITE"
    ],
    "publics": [],
    "territoires": [
      "POLE-X",
      "POLE-IX",
      "POLE-VII"
    ],
    "objectifs": "Action d'accompagnement à la mobilité.",
    "secteur": "Pôles d'insertion de Salon de Provence, Istres-Marignane, Arles.",
    "mode": "INDIVIDUEL"
  },
  {
    "code": "3.1.3",
    "sousAxe": "3.1",
    "intitule": "Plateforme mobilité Wimoov (Aix-Gardanne)",
    "porteur": "Wimoov",
    "visee": "LEVEE_FREINS",
    "freins": [
      "MOBILITE"
    ],
    "publics": [],
    "territoires": [
      "POLE-VI"
    ],
    "objectifs": "Action d'accompagnement à la mobilité.",
    "secteur": "Pôle d'insertion Aix-Gardanne",
    "mode": "INDIVIDUEL"
  },
  {
    "code": "3.1.4",
    "sousAxe": "3.1",
    "intitule": "Mobile Idées – permis de conduire",
    "porteur": "Mobile Idées",
    "visee": "LEVEE_FREINS",
    "freins": [
      "MOBILITE"
    ],
    "publics": [],
    "territoires": [
      "13047"
    ],
    "objectifs": "Permettre à 50 BRSA inscrits dans un parcours professionnel ou socioprofessionnel, d'obtenir un financement d'un permis de conduire selon trois modalités avec une participation financière.",
    "secteur": "Istres",
    "capacite": 50,
    "unite": "PLACES",
    "modalites": "Financement du permis de conduire selon trois modalités, avec une participation financière du bénéficiaire.",
    "public": "BRSA inscrits dans un parcours professionnel ou socioprofessionnel.",
    "mode": "MIXTE"
  },
  {
    "code": "3.2.1",
    "sousAxe": "3.2",
    "intitule": "Plateforme garde d'enfants JEDAI",
    "porteur": "JEDAI",
    "visee": "LEVEE_FREINS",
    "freins": [
      "GARDE_ENFANTS"
    ],
    "publics": [],
    "territoires": [
      "POLE-II",
      "POLE-IV",
      "POLE-V"
    ],
    "objectifs": "Aider à la recherche de solutions de garde d'enfants dans le cadre d'un projet professionnel.",
    "secteur": "Marseille 2e/3e, 13e/14e, 15e/16e arr.",
    "mode": "INDIVIDUEL"
  },
  {
    "code": "3.2.2",
    "sousAxe": "3.2",
    "intitule": "Plateforme garde d'enfants PROTIS",
    "porteur": "PROTIS",
    "visee": "LEVEE_FREINS",
    "freins": [
      "GARDE_ENFANTS"
    ],
    "publics": [],
    "territoires": [
      "POLE-I",
      "POLE-III"
    ],
    "objectifs": "Aider à la recherche de solutions de garde d'enfants dans le cadre d'un projet professionnel.",
    "secteur": "Marseille 1er/4e/5e/6e/7e/8e/9e/10e/11e/12e arr.",
    "mode": "INDIVIDUEL"
  },
  {
    "code": "3.2.3",
    "sousAxe": "3.2",
    "intitule": "Mary Popp'ins – AAI",
    "porteur": "AAI",
    "visee": "LEVEE_FREINS",
    "freins": [
      "GARDE_ENFANTS"
    ],
    "publics": [],
    "territoires": [
      "POLE-VI"
    ],
    "objectifs": "Aider des familles en phase d'insertion socioprofessionnelle au niveau des modes de garde et d'accueil de leurs enfants.",
    "secteur": "Pôle d'insertion Aix-Gardanne",
    "mode": "INDIVIDUEL"
  },
  {
    "code": "3.3.1",
    "sousAxe": "3.3",
    "intitule": "Valoriser son image professionnelle (VIP) – Le CANA",
    "porteur": "Le CANA",
    "visee": "LEVEE_FREINS",
    "freins": [
      "SAVOIR_ETRE"
    ],
    "publics": [],
    "territoires": [
      "POLE-I",
      "POLE-II",
      "POLE-III",
      "POLE-IV",
      "POLE-V"
    ],
    "objectifs": "L'action “valoriser son image professionnelle” consiste en un accompagnement aux bénéficiaires du RSA capables de se projeter dans un métier ou un secteur professionnel pour lesquels un axe d'amélioration a été détecté sur le champ du savoir-être professionnel ou qui méconnaissent les codes en vigueur au sein des entreprises.",
    "secteur": "Marseille (en particulier les 15e/16e arr.)",
    "modalites": "Sessions de 5 à 10 personnes.",
    "mode": "COLLECTIF"
  },
  {
    "code": "3.4.1",
    "sousAxe": "3.4",
    "intitule": "Parcours en communication interculturelle – ACPM",
    "porteur": "ACPM",
    "visee": "LEVEE_FREINS",
    "freins": [
      "CODES_SOCIOCULTURELS"
    ],
    "publics": [
      "ORIGINE_ETRANGERE"
    ],
    "territoires": [
      "POLE-I",
      "POLE-II",
      "POLE-III",
      "POLE-IV",
      "POLE-V"
    ],
    "objectifs": "Lever les freins à l'insertion sociale et professionnelle par la communication interculturelle.",
    "secteur": "Marseille",
    "mode": "COLLECTIF"
  },
  {
    "code": "3.4.2",
    "sousAxe": "3.4",
    "intitule": "Liaisons interculturelles – Confluence",
    "porteur": "Confluence",
    "visee": "LEVEE_FREINS",
    "freins": [
      "CODES_SOCIOCULTURELS"
    ],
    "publics": [
      "ORIGINE_ETRANGERE"
    ],
    "territoires": [
      "POLE-VII"
    ],
    "objectifs": "Faciliter l'accès et l'engagement des bénéficiaires du RSA d'origine étrangère, dans leur complexité migratoire et culturelle, dans une démarche d'insertion.",
    "secteur": "Pôle d'insertion d'Arles",
    "mode": "COLLECTIF"
  },
  {
    "code": "3.4.1",
    "sousAxe": "3.4",
    "intitule": "Culture du cœur",
    "porteur": "Culture du cœur",
    "visee": "LEVEE_FREINS",
    "freins": [
      "ISOLEMENT"
    ],
    "publics": [],
    "territoires": [
      "DEP"
    ],
    "objectifs": "Remobilisation des personnes à travers des sorties culturelles mises en place dans le cadre d'un partenariat entre les structures sociales et les structures culturelles. La culture, même gratuite, reste difficilement accessible au public en difficulté, d'où la nécessité d'un travail de sensibilisation en amont des sorties, en articulation étroite avec les structures d'accompagnement.",
    "secteur": "Département",
    "mode": "COLLECTIF"
  }
];
