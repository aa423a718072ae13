import { describe, expect, it } from "vitest";
import { phraseJournal } from "./journal-en-mots";

describe("journal d'audit en mots", () => {
  it("dit qui a fait quoi sur quel objet, avec le nom de la personne", () => {
    expect(phraseJournal({ auteur: "Claire Martin", operation: "MODIFICATION", entite: "ContratEngagement", details: { evenement: "signer" }, personne: "Jean DUPONT" })).toBe(
      "Claire Martin a signé le contrat d'engagement de Jean DUPONT",
    );
    expect(phraseJournal({ auteur: "Claire Martin", operation: "LECTURE", entite: "Personne", details: null, personne: "Jean DUPONT" })).toBe("Claire Martin a consulté le dossier individuel de Jean DUPONT");
    expect(phraseJournal({ auteur: null, operation: "MODIFICATION", entite: "ContratEngagement", details: { automatique: true, enCours: 3, echus: 2 }, personne: null })).toBe(
      "Le système a mis à jour les échéances du contrat d'engagement (3 en cours, 2 échus)",
    );
    expect(phraseJournal({ auteur: "Ana Roux", operation: "EXPORT", entite: "Prescription", details: { lignes: 12 }, personne: null })).toBe("Ana Roux a exporté la liste : prescription (12 lignes)");
  });
});
