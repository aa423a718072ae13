// Territoires des deux départements de la démonstration.
// Sources : D2 partie 3 (les 10 pôles d'insertion du CD13 et leurs arrondissements), D2 partie 2
// (communes citées dans les secteurs géographiques du catalogue), D4 (les 4 commissions RSA de l'Orne
// et les communes du territoire d'Argentan). Le rattachement d'une commune hors Marseille à un pôle
// suit le nom du pôle et les secteurs du catalogue (voir docs/decisions/006-territoires-de-demonstration.md).

export interface QuartierDonnee {
  code: string;
  nom: string;
  qpv: boolean;
}
export interface CommuneDonnee {
  code: string;
  nom: string;
  codeInsee?: string;
  type?: "COMMUNE" | "ARRONDISSEMENT";
  quartiers?: QuartierDonnee[];
}
export interface TerritoireRacineDonnee {
  code: string;
  nom: string;
  type: "POLE_INSERTION" | "COMMISSION_RSA";
  communes: CommuneDonnee[];
}

const arr = (n: number): CommuneDonnee => ({
  code: `132${String(n).padStart(2, "0")}`,
  nom: `Marseille ${n === 1 ? "1er" : `${n}e`} arrondissement`,
  codeInsee: `132${String(n).padStart(2, "0")}`,
  type: "ARRONDISSEMENT",
});

export const POLES_CD13: TerritoireRacineDonnee[] = [
  { code: "POLE-I", nom: "Pôle d'insertion Marseille I (1er, 5e, 6e, 7e)", type: "POLE_INSERTION", communes: [1, 5, 6, 7].map(arr) },
  { code: "POLE-II", nom: "Pôle d'insertion Marseille II (2e, 3e)", type: "POLE_INSERTION", communes: [2, 3].map(arr) },
  { code: "POLE-III", nom: "Pôle d'insertion Marseille III (4e, 8e à 12e)", type: "POLE_INSERTION", communes: [4, 8, 9, 10, 11, 12].map(arr) },
  {
    code: "POLE-IV",
    nom: "Pôle d'insertion Marseille IV (13e, 14e)",
    type: "POLE_INSERTION",
    communes: [arr(13), arr(14), { code: "13002", nom: "Allauch", codeInsee: "13002" }, { code: "13075", nom: "Plan-de-Cuques", codeInsee: "13075" }],
  },
  {
    code: "POLE-V",
    nom: "Pôle d'insertion Marseille V (15e, 16e)",
    type: "POLE_INSERTION",
    communes: [arr(15), arr(16), { code: "13106", nom: "Septèmes-les-Vallons", codeInsee: "13106" }],
  },
  {
    code: "POLE-VI",
    nom: "Pôle d'insertion VI Aix-Gardanne",
    type: "POLE_INSERTION",
    communes: [
      { code: "13001", nom: "Aix-en-Provence", codeInsee: "13001" },
      { code: "13041", nom: "Gardanne", codeInsee: "13041" },
    ],
  },
  {
    code: "POLE-VII",
    nom: "Pôle d'insertion VII Arles",
    type: "POLE_INSERTION",
    communes: [
      { code: "13004", nom: "Arles", codeInsee: "13004" },
      { code: "13097", nom: "Saint-Martin-de-Crau", codeInsee: "13097" },
      { code: "13027", nom: "Châteaurenard", codeInsee: "13027" },
      { code: "13100", nom: "Saint-Rémy-de-Provence", codeInsee: "13100" },
    ],
  },
  {
    code: "POLE-VIII",
    nom: "Pôle d'insertion VIII Aubagne-La Ciotat",
    type: "POLE_INSERTION",
    communes: [
      { code: "13005", nom: "Aubagne", codeInsee: "13005", quartiers: [{ code: "QPV-LE-CHARREL", nom: "Le Charrel", qpv: true }] },
      { code: "13028", nom: "La Ciotat", codeInsee: "13028" },
    ],
  },
  {
    code: "POLE-IX",
    nom: "Pôle d'insertion IX Istres-Martigues-Marignane-Vitrolles",
    type: "POLE_INSERTION",
    communes: [
      { code: "13047", nom: "Istres", codeInsee: "13047" },
      { code: "13056", nom: "Martigues", codeInsee: "13056" },
      { code: "13054", nom: "Marignane", codeInsee: "13054" },
      { code: "13117", nom: "Vitrolles", codeInsee: "13117" },
      { code: "13077", nom: "Port-de-Bouc", codeInsee: "13077" },
      { code: "13039", nom: "Fos-sur-Mer", codeInsee: "13039" },
    ],
  },
  {
    code: "POLE-X",
    nom: "Pôle d'insertion X Salon-Berre",
    type: "POLE_INSERTION",
    communes: [
      { code: "13103", nom: "Salon-de-Provence", codeInsee: "13103" },
      { code: "13014", nom: "Berre-l'Étang", codeInsee: "13014" },
      { code: "13081", nom: "Rognac", codeInsee: "13081" },
    ],
  },
];

export const COMMISSIONS_ORNE: TerritoireRacineDonnee[] = [
  { code: "CRSA-ALENCON", nom: "Commission RSA d'Alençon", type: "COMMISSION_RSA", communes: [{ code: "ALENCON", nom: "Alençon" }] },
  {
    code: "CRSA-ARGENTAN",
    nom: "Commission RSA d'Argentan",
    type: "COMMISSION_RSA",
    communes: [
      { code: "ARGENTAN", nom: "Argentan", quartiers: [{ code: "QPV-SAINT-MICHEL", nom: "Quartier Saint-Michel", qpv: true }] },
      { code: "VIMOUTIERS", nom: "Vimoutiers" },
      { code: "GACE", nom: "Gacé" },
      { code: "PUTANGES", nom: "Putanges-Pont-Écrepin" },
      { code: "LE-MERLERAULT", nom: "Le Merlerault" },
      { code: "TRUN", nom: "Trun" },
      { code: "MONTMERREI", nom: "Montmerrei" },
    ],
  },
  { code: "CRSA-FLERS", nom: "Commission RSA de Flers", type: "COMMISSION_RSA", communes: [{ code: "FLERS", nom: "Flers" }] },
  { code: "CRSA-MORTAGNE", nom: "Commission RSA de Mortagne-au-Perche", type: "COMMISSION_RSA", communes: [{ code: "MORTAGNE", nom: "Mortagne-au-Perche" }] },
];
