import { describe, expect, it } from "vitest";
import { numerosAffiches } from "./pagination-numerotee";

describe("pagination numérotée", () => {
  it("montre la première, la dernière et deux pages de part et d'autre, avec des points de suspension", () => {
    expect(numerosAffiches(1, 1)).toEqual([1]);
    expect(numerosAffiches(1, 4)).toEqual([1, 2, 3, 4]);
    expect(numerosAffiches(10, 2869)).toEqual([1, "…", 8, 9, 10, 11, 12, "…", 2869]);
    expect(numerosAffiches(2869, 2869)).toEqual([1, "…", 2867, 2868, 2869]);
  });
});
