import { describe, expect, it } from "vitest";
import { evolution } from "./evolution";

describe("évolution d'une année à l'autre", () => {
  it("donne l'écart absolu et relatif", () => {
    expect(evolution(120, 100)).toEqual({ absolue: 20, relative: 0.2 });
    expect(evolution(80, 100)).toEqual({ absolue: -20, relative: -0.2 });
  });
  it("sans valeur l'année précédente, ou à partir de zéro, pas de pourcentage", () => {
    expect(evolution(5, 0)).toEqual({ absolue: 5, relative: null });
    expect(evolution(5, null)).toEqual({ absolue: null, relative: null });
    expect(evolution(null, 3)).toEqual({ absolue: null, relative: null });
  });
});
