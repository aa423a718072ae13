import { describe, expect, it } from "vitest";
import { z } from "zod";
import { dateJour, decimal, entier, identifiant, lireDateJour, montantCentimes, texte, texteObligatoire } from "@/lib/validation";

const erreur = (schema: z.ZodType, valeur: unknown) => {
  const r = schema.safeParse(valeur);
  return r.success ? null : r.error.issues.map((i) => i.message).join(" | ");
};

describe("briques de saisie partagées", () => {
  it("refuse un octet NUL ou un caractère de contrôle dans un texte, garde tabulations et retours à la ligne", () => {
    expect(erreur(texte({ max: 100, libelle: "Le titre" }), "abc\u0000def")).toBe("Le titre contient un caractère non autorisé.");
    expect(erreur(texteObligatoire(100, "Le nom"), "a\u0007")).toContain("caractère non autorisé");
    expect(texte({ max: 100 }).parse("ligne 1\nligne 2\tfin")).toBe("ligne 1\nligne 2\tfin");
  });

  it("dit la limite d'un texte trop long et rend null un texte facultatif vide", () => {
    expect(erreur(texte({ max: 2000, libelle: "L'objectif", requis: true }), "x".repeat(10_000))).toBe("L'objectif : 2\u202f000 caractères au maximum.");
    expect(erreur(texte({ max: 10, libelle: "Les objectifs", requis: true }), "  ")).toBe("Les objectifs est obligatoire.");
    expect(texte({ max: 10 }).parse("   ")).toBeNull();
  });

  it("borne les entiers et refuse ce qui dépasse 2^31−1", () => {
    expect(entier({ max: 10 }).parse("7")).toBe(7);
    expect(entier().parse("1 200")).toBe(1200);
    expect(erreur(entier({ libelle: "La capacité" }), "2147483648")).toBe("La capacité doit être compris entre 0 et 2\u202f147\u202f483\u202f647.");
    expect(erreur(entier({ libelle: "La capacité" }), "1,5")).toBe("La capacité doit être un nombre entier.");
  });

  it("lit « 0,5 » comme un demi", () => {
    expect(decimal().parse("0,5")).toBe(0.5);
    expect(erreur(decimal({ libelle: "Le nombre de sorties" }), "abc")).toContain("doit être un nombre");
  });

  it("refuse le 31 février au lieu d'enregistrer le 3 mars", () => {
    expect(lireDateJour("2026-02-31")).toBeNull();
    expect(lireDateJour("31/02/2026")).toBeNull();
    expect(lireDateJour("2028-02-29")?.toISOString()).toBe("2028-02-29T00:00:00.000Z");
    expect(lireDateJour("22/11/2026")?.toISOString()).toBe("2026-11-22T00:00:00.000Z");
    expect(erreur(dateJour({ libelle: "La date de début", requis: true }), "2026-02-31")).toBe("La date de début n'est pas une date valide (jj/mm/aaaa).");
    expect(dateJour().parse("")).toBeNull();
  });

  it("convertit un montant français en centimes", () => {
    expect(montantCentimes().parse("67 550,00")).toBe(6_755_000);
  });

  it("refuse un identifiant mal formé avant toute requête", () => {
    expect(identifiant().safeParse("cm3x9abcdef0123456789abcd").success).toBe(true);
    expect(identifiant().safeParse("p3-1204").success).toBe(true);
    expect(identifiant().safeParse("%E0%A4%A").success).toBe(false);
    expect(identifiant().safeParse("a".repeat(65)).success).toBe(false);
  });
});
