import { describe, expect, it } from "vitest";
import { schemaNouveauMotDePasse } from "./mot-de-passe";

describe("nouveau mot de passe", () => {
  it("accepte une phrase de passe de 12 caractères et plus, identique à sa confirmation", () => {
    expect(schemaNouveauMotDePasse.safeParse({ motDePasse: "Insertion2026!", confirmation: "Insertion2026!" }).success).toBe(true);
  });

  it("refuse trop court, trop répétitif ou une confirmation différente, avec un message par champ", () => {
    const court = schemaNouveauMotDePasse.safeParse({ motDePasse: "Court1!", confirmation: "Court1!" });
    expect(court.error?.issues.map((i) => i.message)).toEqual(["Le mot de passe doit compter au moins 12 caractères."]);
    const repetitif = schemaNouveauMotDePasse.safeParse({ motDePasse: "aaaaaaaaaaaaaaab", confirmation: "aaaaaaaaaaaaaaab" });
    expect(repetitif.error?.issues.map((i) => i.message)).toEqual(["Le mot de passe est trop répétitif."]);
    const different = schemaNouveauMotDePasse.safeParse({ motDePasse: "Une longue phrase", confirmation: "Une autre phrase" });
    expect(different.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["confirmation", "Les deux saisies ne sont pas identiques."]]);
  });
});
