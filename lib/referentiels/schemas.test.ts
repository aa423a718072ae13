import { describe, expect, it } from "vitest";
import { schemaStructure, siretValide } from "./schemas";

describe("saisie d'une structure", () => {
  it("vérifie la clé du SIRET", () => {
    expect(siretValide("73282932000074")).toBe(true);
    expect(siretValide("73282932000075")).toBe(false);
    expect(siretValide("1234")).toBe(false);
  });

  it("refuse un nom vide avec un message en français", () => {
    const r = schemaStructure.safeParse({ nom: "  ", categorie: "ASSOCIATION" });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe("Le nom est obligatoire.");
  });

  it("refuse un code postal mal formé et un téléphone étranger", () => {
    const r = schemaStructure.safeParse({ nom: "ARES", categorie: "ASSOCIATION", codePostal: "1300", telephone: "12345" });
    expect(r.success).toBe(false);
    const messages = r.error!.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(messages).toContain("codePostal: Le code postal comporte 5 chiffres.");
    expect(messages).toContain("telephone: Le téléphone doit être un numéro français (ex. 04 13 31 13 13).");
  });

  it("accepte une saisie complète et normalise le SIRET", () => {
    const r = schemaStructure.parse({
      nom: "ARES",
      categorie: "ASSOCIATION",
      siret: "732 829 320 00074",
      codePostal: "13100",
      telephone: "04 42 00 00 00",
      courriel: "contact@ares.example",
      sigle: "",
    });
    expect(r.siret).toBe("73282932000074");
    expect(r.sigle).toBeNull();
  });
});
