import { describe, expect, it } from "vitest";
import { accueillePossible, calculerOccupation } from "./occupation";
import { requetePleinTexte } from "./recherche";
import { libelleCapacite } from "./libelles";

describe("requête plein texte", () => {
  it("transforme chaque mot en préfixe et les combine", () => {
    expect(requetePleinTexte("garde enfants")).toBe("garde:* & enfants:*");
  });
  it("neutralise la syntaxe de tsquery et la ponctuation", () => {
    expect(requetePleinTexte("santé' | !(mentale) & :*")).toBe("santé:* & mentale:*");
  });
  it("renvoie null pour une saisie vide ou sans mot", () => {
    expect(requetePleinTexte("   ")).toBeNull();
    expect(requetePleinTexte("-- ; !!")).toBeNull();
  });
  it("limite le nombre de mots", () => {
    expect(requetePleinTexte("aa bb cc dd ee ff gg hh ii jj")?.split("&")).toHaveLength(8);
  });
  it("écarte les élisions mais garde les chiffres", () => {
    expect(requetePleinTexte("garde d'enfants")).toBe("garde:* & enfants:*");
    expect(requetePleinTexte("l'emploi 3")).toBe("emploi:* & 3:*");
  });
});

describe("occupation d'une action", () => {
  it("calcule les places restantes et le taux", () => {
    expect(calculerOccupation(40, "PARCOURS", 38)).toEqual({ comparable: true, placesRestantes: 2, taux: 0.95, complete: false });
  });
  it("une action pleine ou en sureffectif est complète", () => {
    expect(calculerOccupation(24, "PLACES", 24).complete).toBe(true);
    expect(calculerOccupation(9, "PLACES", 17)).toMatchObject({ placesRestantes: 0, complete: true });
  });
  it("des ETP ne se comparent pas à un nombre de personnes", () => {
    expect(calculerOccupation(30, "ETP", 99)).toEqual({ comparable: false, placesRestantes: null, taux: null, complete: false });
  });
  const jour = new Date("2026-11-22T10:00:00Z");
  const ouverte = { capacite: 50, uniteCapacite: "PLACES" as const, participantsEnCours: 0, suspendue: false, dateFin: null };
  it("une action suspendue n'accueille personne ; sans capacité déclarée, elle accueille", () => {
    expect(accueillePossible({ ...ouverte, suspendue: true }, jour)).toBe(false);
    expect(accueillePossible({ ...ouverte, capacite: null, uniteCapacite: null, participantsEnCours: 12 }, jour)).toBe(true);
    expect(accueillePossible({ ...ouverte, capacite: 24, participantsEnCours: 24 }, jour)).toBe(false);
  });
  it("une action terminée n'accueille plus, le dernier jour compris elle accueille encore", () => {
    expect(accueillePossible({ ...ouverte, dateFin: new Date("2026-11-21T00:00:00Z") }, jour)).toBe(false);
    expect(accueillePossible({ ...ouverte, dateFin: new Date("2026-11-22T00:00:00Z") }, jour)).toBe(true);
  });
});

describe("libellé de capacité", () => {
  it("accorde l'unité et formate en français", () => {
    expect(libelleCapacite(40, "PARCOURS")).toBe("40\u00a0parcours");
    expect(libelleCapacite(1, "PLACES")).toBe("1\u00a0place");
    expect(libelleCapacite(8.91, "ETP")).toBe("8,91\u00a0ETP");
  });
});
