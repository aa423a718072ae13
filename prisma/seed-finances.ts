// Budgets (tableau financier D1) et conventions (D0 ARES, D1 FJT, maraudes, Boost emploi, HEDA).
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { LIGNES_D1_2019, MANDATEMENTS_D1, MOUVEMENTS_D1 } from "./donnees/budget-calpae";

const euros = (n: number) => BigInt(Math.round(n * 100));
const jour = (iso: string) => new Date(`${iso}T00:00:00Z`);

export async function chargerFinances(db: PrismaClient, departementId: string) {
  const programme = await db.programme.findFirstOrThrow({ where: { departementId, code: "CALPAE-2019" }, include: { fiches: true } });
  const fiche = (code: string) => programme.fiches.find((f) => f.code === code)!;
  const structure = async (nom: string) => (await db.structure.findFirstOrThrow({ where: { departementId, OR: [{ nom }, { sigle: nom }] } })).id;
  const action = async (code: string, intitule?: string) =>
    (await db.actionInsertion.findFirstOrThrow({ where: { departementId, code, ...(intitule ? { intitule: { contains: intitule } } : {}) } })).id;

  // --- conventions -----------------------------------------------------------------------------
  const fjt = await db.convention.create({
    data: {
      departementId,
      structureId: await structure("UDHAJ"),
      type: "SUBVENTION",
      objet: "Accompagnement des jeunes sortants de l'ASE en foyers de jeunes travailleurs (UDHAJ et 4 FJT)",
      nature: "RENOUVELLEMENT",
      statut: "EN_EXECUTION",
      dateDebut: jour("2019-01-01"),
      dateFin: jour("2019-12-31"),
      montantInitialCentimes: euros(365_238),
      volume: 58,
      uniteVolume: "PLACES",
      programmeId: programme.id,
      ficheId: fiche("1-1").id,
      actions: { create: [{ actionId: await action("1-1") }] },
      avenants: { create: [{ numero: 1, dateSignature: jour("2019-09-01"), objet: "Extension à 97 places", deltaMontantCentimes: euros(77_760), deltaVolume: 39 }] },
      indicateurs: { create: [{ nom: "Nombre de jeunes accompagnés", unite: "jeunes", cible: null, ordre: 0 }, { nom: "Places", unite: "places", cible: 97, ordre: 1 }] },
      financements: { create: [{ financeur: "ETAT", exercice: 2019, montantCentimes: euros(221_499) }, { financeur: "DEPARTEMENT", exercice: 2019, montantCentimes: euros(221_499) }] },
    },
  });
  await db.convention.update({ where: { id: fjt.id }, data: { volume: 97 } });

  const maraudes = await db.convention.create({
    data: {
      departementId,
      structureId: await structure("Groupe ADDAP 13"),
      type: "SUBVENTION",
      objet: "Mise en place de maraudes mixtes État / Département",
      nature: "NOUVELLE",
      statut: "SOLDEE",
      dateDebut: jour("2019-12-01"),
      dateFin: jour("2022-12-31"),
      montantInitialCentimes: euros(400_000),
      programmeId: programme.id,
      ficheId: fiche("1-2").id,
      actions: { create: [{ actionId: await action("1-2") }] },
      indicateurs: {
        create: [
          { nom: "Nombre de familles rencontrées par la maraude", unite: "familles", cible: null, ordre: 0 },
          { nom: "Nombre d'adultes et de mineurs mis à l'abri", unite: "personnes", cible: null, ordre: 1 },
          { nom: "Ouvertures de droits pour les enfants et les familles", unite: "ouvertures", cible: null, ordre: 2 },
        ],
      },
      financements: { create: [{ financeur: "ETAT", exercice: 2019, montantCentimes: euros(200_000) }, { financeur: "DEPARTEMENT", exercice: 2019, montantCentimes: euros(200_000) }] },
    },
  });

  const boost = await db.convention.create({
    data: {
      departementId,
      structureId: await structure("ACOPAD"),
      type: "ACCORD_CADRE",
      objet: "Boost emploi – accord-cadre d'accompagnement intensif vers l'emploi (3 lots)",
      nature: "NOUVELLE",
      statut: "EN_EXECUTION",
      dateDebut: jour("2019-12-02"),
      dateFin: jour("2023-12-01"),
      dateSignature: jour("2019-12-02"),
      montantInitialCentimes: euros(650_000),
      volume: 1058,
      uniteVolume: "PARCOURS",
      programmeId: programme.id,
      ficheId: fiche("3-2").id,
      observations: "Accord-cadre notifié le 02/12/2019. Le tableau financier porte 1 000 000 € de crédits pour la fiche 3-2, le budget prévisionnel de l'accord-cadre 650 000 €.",
      actions: { create: [{ actionId: await action("1.1.1") }] },
      indicateurs: {
        create: [
          { nom: "Sorties visées", unite: "sorties", cible: 600, ordre: 0 },
          { nom: "Insertions professionnelles réussies (contrat d'au moins 3 mois)", unite: "%", cible: 30, ordre: 1 },
          { nom: "Sorties du RSA 6 mois après", unite: "%", cible: 60, ordre: 2 },
          { nom: "BRSA accompagnés par an (9,8 ETP × 27 × 4 trimestres)", unite: "BRSA", cible: 1058, ordre: 3 },
        ],
      },
      financements: { create: [{ financeur: "ETAT", exercice: 2019, montantCentimes: euros(325_000) }, { financeur: "DEPARTEMENT", exercice: 2019, montantCentimes: euros(325_000) }] },
    },
  });
  const lots: [number, string, string, string, string[]][] = [
    [1, "Marseille", "Marseille", "ACOPAD", ["AECD", "ACPM", "Le CANA"]],
    [2, "Aix, Gardanne, Aubagne, La Ciotat", "Aix-en-Provence, Gardanne, Aubagne, La Ciotat", "OMI Formation et Métier", []],
    [3, "Istres, Martigues, Marignane, Salon, Arles", "Istres, Martigues, Marignane, Salon-de-Provence, Arles", "AECD", ["ACOPAD", "ACPM"]],
  ];
  for (const [numero, intitule, secteur, mandataire, cotraitants] of lots) {
    await db.lot.create({
      data: {
        conventionId: boost.id,
        numero,
        intitule: `Lot ${numero} – ${intitule}`,
        secteur,
        mandataireId: await structure(mandataire),
        cotraitants: { create: await Promise.all(cotraitants.map(async (c) => ({ structureId: await structure(c) }))) },
      },
    });
  }

  const heda = await db.convention.create({
    data: {
      departementId,
      structureId: await structure("HEDA"),
      type: "SUBVENTION",
      objet: "Diagnostic, accompagnement et placement en emploi des BRSA en situation de handicap (MODALH, PHARE)",
      nature: "RENOUVELLEMENT",
      statut: "EN_EXECUTION",
      dateDebut: jour("2019-07-01"),
      dateFin: jour("2019-12-31"),
      montantInitialCentimes: euros(220_000),
      programmeId: programme.id,
      ficheId: fiche("3-6").id,
      actions: { create: [{ actionId: await action("3-6") }] },
      avenants: { create: [{ numero: 1, dateSignature: jour("2019-07-01"), objet: "Extension de l'accompagnement à 160 BRSA supplémentaires sur 6 mois", deltaVolume: 160 }] },
      volume: 160,
      uniteVolume: "PARCOURS",
      indicateurs: { create: [{ nom: "Nombre de BRSA orientés", unite: "BRSA", cible: null, ordre: 0 }, { nom: "Nombre de BRSA accompagnés", unite: "BRSA", cible: 160, ordre: 1 }] },
    },
  });

  // ARES (D0) : deux conventions précédentes et leurs bilans, puis le renouvellement voté le 14/09/2018
  const aresId = await structure("ARES");
  const actionAres = await action("2.2.5");
  const ares1 = await db.convention.create({
    data: {
      departementId,
      structureId: aresId,
      type: "SUBVENTION",
      objet: "Action « espace d'accompagnement » 2016-2017",
      statut: "SOLDEE",
      dateDebut: jour("2016-10-01"),
      dateFin: jour("2017-09-30"),
      montantInitialCentimes: null,
      volume: 40,
      uniteVolume: "PARCOURS",
      observations: "Montant non repris dans les documents.",
      actions: { create: [{ actionId: actionAres }] },
      bilans: {
        create: [
          {
            type: "FINAL",
            periodeDebut: jour("2016-10-01"),
            periodeFin: jour("2017-09-30"),
            participants: 61,
            pctFemmes: 72,
            pctSansQualification: 47,
            appreciation: "8 insertions professionnelles réussies ; les résultats de l'action sont satisfaisants.",
            sorties: {
              create: [
                { typeSortie: "EMPLOI_DURABLE", nombre: 2, detail: "CDD à temps plein de plus de 6 mois (éducation nationale, entretien)" },
                { typeSortie: "EMPLOI_TRANSITION", nombre: 3, detail: "CDD à temps plein de moins de 6 mois (télécommunication, accueil, bâtiment)" },
                { typeSortie: "SORTIE_POSITIVE", nombre: 3, detail: "2 contrats en chantier d'insertion ; 1 formation de remise à niveau" },
                { typeSortie: "ORIENTATION_SANTE", nombre: 34, detail: "dont 3 demandes d'AAH et 4 demandes de RQTH" },
                { typeSortie: "ORIENTATION_SOCIALE", nombre: 19, detail: "orientation vers un dispositif social" },
              ],
            },
          },
        ],
      },
    },
  });
  const ares2 = await db.convention.create({
    data: {
      departementId,
      structureId: aresId,
      type: "SUBVENTION",
      objet: "Action « espace d'accompagnement » 2017-2018",
      statut: "SOLDEE",
      dateDebut: jour("2017-10-01"),
      dateFin: jour("2018-09-30"),
      montantInitialCentimes: null,
      volume: 40,
      uniteVolume: "PARCOURS",
      conventionPrecedenteId: ares1.id,
      observations: "Montant non repris dans les documents.",
      actions: { create: [{ actionId: actionAres }] },
      bilans: {
        create: [
          {
            type: "INTERMEDIAIRE",
            periodeDebut: jour("2017-10-01"),
            periodeFin: jour("2018-04-30"),
            participants: 51,
            pctFemmes: 77,
            pctSansQualification: 28,
            appreciation: "Le rapport annonce 4 personnes en insertion professionnelle réussie et détaille 5 situations ; les autres personnes sont toujours en accompagnement.",
            sorties: {
              create: [
                { typeSortie: "SORTIE_POSITIVE", nombre: 2, detail: "contrats en chantier d'insertion" },
                { typeSortie: "EMPLOI_TRANSITION", nombre: 1, detail: "mi-temps dans une association d'aide à domicile" },
                { typeSortie: "EMPLOI_DURABLE", nombre: 2, detail: "1 création d'entreprise en cours ; 1 démarrage d'une activité commerciale" },
              ],
            },
          },
        ],
      },
    },
  });
  await db.convention.create({
    data: {
      departementId,
      structureId: aresId,
      type: "SUBVENTION",
      objet: "Action « espace d'accompagnement » : convention liant le Département et l'association ARES (2018-2019)",
      nature: "RENOUVELLEMENT",
      statut: "VOTEE",
      dateDebut: jour("2018-10-01"),
      dateFin: jour("2019-09-30"),
      montantInitialCentimes: euros(67_550),
      volume: 40,
      uniteVolume: "PARCOURS",
      cpDate: jour("2018-09-14"),
      cpRapport: "35",
      deliberation: "Commission permanente du 14 septembre 2018 – Direction de l'insertion",
      conventionPrecedenteId: ares2.id,
      observations: "Accompagnement social de 40 parcours d'une durée moyenne de 12 mois, entrées et sorties permanentes, Aix/Gardanne ; mêmes objectifs que le conventionnement précédent.",
      actions: { create: [{ actionId: actionAres }] },
      indicateurs: { create: [{ nom: "Parcours d'insertion", unite: "parcours", cible: 40, ordre: 0 }, { nom: "Insertions professionnelles réussies", unite: "personnes", cible: null, ordre: 1 }] },
      financements: { create: [{ financeur: "DEPARTEMENT", exercice: 2018, montantCentimes: euros(67_550) }] },
    },
  });
  const conventions: Record<string, string> = { FJT: fjt.id, MARAUDES: maraudes.id, BOOST: boost.id, HEDA: heda.id };

  // --- lignes budgétaires 2019 et 2020, engagements, mouvements, mandatements -------------------
  const lignes2019 = new Map<string, string>();
  let ordre = 0;
  for (const l of LIGNES_D1_2019) {
    const f = fiche(l.fiche);
    const ligne = await db.ligneBudgetaire.create({
      data: {
        departementId,
        programmeId: programme.id,
        exercice: 2019,
        axeId: f.axeId,
        ficheId: f.id,
        libelle: `${f.code} ${f.intitule}`,
        objectifs: l.objectifs,
        prevuCentimes: euros(l.prevu),
        observations: l.observations ?? null,
        ordre: ordre++,
        parts: l.prevu ? { create: [{ financeur: "ETAT", montantCentimes: euros(l.prevu / 2) }, { financeur: "DEPARTEMENT", montantCentimes: euros(l.prevu / 2) }] } : undefined,
        engagements: {
          create: l.engagements.map((e) => ({ libelle: e.libelle, montantCentimes: euros(e.montant), dateEngagement: jour(e.date), conventionId: e.convention ? conventions[e.convention] : null })),
        },
      },
    });
    lignes2019.set(l.fiche, ligne.id);
  }
  const lignes2020 = new Map<string, string>();
  for (const code of ["1-1", "3-3", "3-4", "3-5", "3-6"]) {
    const f = fiche(code);
    const hedA2020 = code === "3-6";
    const ligne = await db.ligneBudgetaire.create({
      data: {
        departementId,
        programmeId: programme.id,
        exercice: 2020,
        axeId: f.axeId,
        ficheId: f.id,
        libelle: `${f.code} ${f.intitule}`,
        prevuCentimes: hedA2020 ? euros(1_345_559) : 0n,
        observations: hedA2020
          ? "Montant annoncé : 1 345 560 € = 673 636 € plan pauvreté (50 % État – 50 % Département) + 671 923 € FSE (somme exacte : 1 345 559 €). Objectifs : 960 parcours, 192 sorties positives."
          : "Crédits 2020 non détaillés dans le document : seuls les mouvements issus de l'année 1 sont inscrits.",
        ordre: ordre++,
        parts: hedA2020
          ? { create: [{ financeur: "ETAT", montantCentimes: euros(336_818) }, { financeur: "DEPARTEMENT", montantCentimes: euros(336_818) }, { financeur: "FSE_PLUS", montantCentimes: euros(671_923) }] }
          : undefined,
      },
    });
    lignes2020.set(code, ligne.id);
  }
  for (const m of MOUVEMENTS_D1) {
    await db.mouvementBudgetaire.create({
      data: { type: m.type, sourceId: lignes2019.get(m.source)!, cibleId: lignes2020.get(m.cible)!, montantCentimes: euros(m.montant), motif: m.motif, dateMouvement: jour("2020-04-14") },
    });
  }
  for (const p of MANDATEMENTS_D1) {
    const engagement = await db.engagement.findFirstOrThrow({ where: { ligneId: lignes2019.get(p.fiche)! } });
    await db.paiement.create({
      data: {
        conventionId: engagement.conventionId,
        engagementId: engagement.id,
        type: p.type,
        libelle: p.libelle,
        montantCentimes: euros(p.montant),
        statut: "MANDATE",
        datePrevue: jour(p.date),
        dateMandatement: jour(p.date),
      },
    });
  }
  return { conventions: 8, lignes: lignes2019.size + lignes2020.size };
}
