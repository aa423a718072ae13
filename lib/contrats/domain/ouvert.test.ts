import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SQL_STATUTS_OUVERTS, STATUTS_CONTRAT_OUVERT, estOuvert } from "./ouvert";

describe("contrat ouvert (brouillon ou vivant) : une règle, un endroit", () => {
  it("la contrainte d'exclusion PostgreSQL porte exactement sur les statuts de STATUTS_CONTRAT_OUVERT", () => {
    const sql = fs.readFileSync(path.resolve(import.meta.dirname, "../../../prisma/migrations/20261130140000_contrat_vivant/migration.sql"), "utf8");
    const contrainte = /ADD CONSTRAINT "contrat_un_seul_vivant" EXCLUDE USING btree \("personne_id" WITH =\)\s*WHERE \("statut" IN (\([^)]*\))\)/.exec(sql);
    expect(contrainte?.[1]).toBe(SQL_STATUTS_OUVERTS);
  });
  it("brouillon, signé, validé, en cours sont ouverts ; échu, rompu, renouvelé ne le sont pas", () => {
    expect(STATUTS_CONTRAT_OUVERT).toEqual(["BROUILLON", "SIGNE", "VALIDE", "EN_COURS"]);
    expect(["ECHU", "ROMPU", "RENOUVELE"].some((s) => estOuvert(s as never))).toBe(false);
  });
});
