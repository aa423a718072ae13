import { describe, expect, it } from "vitest";
import { cheminDeRetour } from "@/lib/auth/domain/retour";

// Le navigateur résout la redirection avec l'analyseur d'URL WHATWG : on vérifie la destination réelle.
const destination = (retour: string) => new URL(cheminDeRetour(retour), "https://pilote.exemple.fr");

describe("redirection après connexion (retour)", () => {
  it.each([
    "/\\evil.example/x",
    "/\t/evil.example",
    "/%09/evil.example",
    "/\\/evil.example",
    "//evil.example",
    "/\n/evil.example",
    "https://evil.example/",
    "javascript:alert(1)",
    " /\\evil.example",
    "/\\\\evil.example",
  ])("refuse de quitter l'origine avec « %s »", (retour) => {
    expect(destination(retour).origin).toBe("https://pilote.exemple.fr");
  });

  it("garde un chemin interne avec sa requête et son ancre", () => {
    expect(cheminDeRetour("/catalogue?q=emploi#resultats")).toBe("/catalogue?q=emploi#resultats");
    expect(cheminDeRetour("/beneficiaires/abc")).toBe("/beneficiaires/abc");
  });

  it("ne renvoie pas vers la page de connexion elle-même", () => {
    expect(cheminDeRetour("/connexion?retour=/x")).toBe("/");
    expect(cheminDeRetour("")).toBe("/");
  });
});
