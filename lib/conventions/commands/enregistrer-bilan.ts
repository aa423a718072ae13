import "server-only";
import type { Contexte } from "@/lib/contexte";
import { journaliser } from "@/lib/audit/journaliser";
import { perimetreConventions } from "@/lib/authz/perimetre";
import { ErreurIntrouvable, ErreurMetier } from "@/lib/errors";
import { justificationManquante, sortiesExcessives } from "../domain/convention";
import { CODES_SORTIE_BILAN } from "../schemas";

export interface DonneesBilan {
  conventionId: string;
  type: "INTERMEDIAIRE" | "FINAL" | "ANNUEL";
  periodeDebut: Date;
  periodeFin: Date;
  participants: number;
  pctFemmes: number | null;
  pctSansQualification: number | null;
  pointsPositifs: string | null;
  pointsAAmeliorer: string | null;
  perspectives: string | null;
  /** sorties par type et valeurs d'indicateurs, telles que saisies (voir lireSaisieBilan) */
  sorties: { typeSortie: string; nombre: number; detail: string | null }[];
  valeurs: { indicateurId: string; valeur: number; justificationEcart: string | null }[];
  /** structure partenaire : soumettre tout de suite (sinon brouillon) ; le département enregistre un bilan validé */
  soumettre?: boolean;
}

/** Extrait sorties et valeurs d'indicateurs des champs du formulaire (sortie_<type>, valeur_<indicateur>…). */
export function lireSaisieBilan(brut: Record<string, unknown>, indicateurIds: string[]) {
  const texte = (cle: string) => (typeof brut[cle] === "string" ? (brut[cle] as string).trim() : "");
  const sorties = CODES_SORTIE_BILAN.flatMap((code) => {
    const nombre = brut[`sortie_${code}`];
    return typeof nombre === "number" && nombre > 0 ? [{ typeSortie: code, nombre, detail: (brut[`detail_${code}`] as string | null) ?? null }] : [];
  });
  const erreurs: Record<string, string[]> = {};
  const valeurs = indicateurIds.flatMap((id) => {
    const saisie = texte(`valeur_${id}`);
    if (!saisie) return [];
    const valeur = Number(saisie.replace(",", "."));
    if (!Number.isFinite(valeur) || valeur < 0) {
      erreurs[`valeur_${id}`] = ["La valeur doit être un nombre positif."];
      return [];
    }
    return [{ indicateurId: id, valeur, justificationEcart: texte(`justification_${id}`) || null }];
  });
  return { sorties, valeurs, erreurs };
}

/** Enregistre un bilan de convention (opérateur : seulement pour les conventions de sa structure). */
export async function enregistrerBilan({ acteur, db }: Contexte, d: DonneesBilan) {
  return db.$transaction(async (tx) => {
    const convention = await tx.convention.findFirst({ where: { AND: [{ id: d.conventionId }, perimetreConventions(acteur)] }, include: { indicateurs: true } });
    if (!convention) throw new ErreurIntrouvable("Convention");
    const erreurs: Record<string, string[]> = {};
    if (sortiesExcessives(d.participants, d.sorties.map((s) => s.nombre))) {
      erreurs.participants = ["Les sorties déclarées dépassent le nombre de participants."];
    }
    for (const v of d.valeurs) {
      const indicateur = convention.indicateurs.find((i) => i.id === v.indicateurId);
      if (!indicateur) erreurs[`valeur_${v.indicateurId}`] = ["Indicateur inconnu pour cette convention."];
      else if (justificationManquante(indicateur.cible, v.valeur, v.justificationEcart)) {
        erreurs[`justification_${v.indicateurId}`] = [`Sous la cible (${indicateur.cible} ${indicateur.unite}) : expliquez l'écart.`];
      }
    }
    if (Object.keys(erreurs).length) throw new ErreurMetier("validation", "Le bilan contient des erreurs.", erreurs);
    const bilan = await tx.bilan.create({
      data: {
        conventionId: d.conventionId,
        type: d.type,
        periodeDebut: d.periodeDebut,
        periodeFin: d.periodeFin,
        participants: d.participants,
        pctFemmes: d.pctFemmes,
        pctSansQualification: d.pctSansQualification,
        pointsPositifs: d.pointsPositifs,
        pointsAAmeliorer: d.pointsAAmeliorer,
        perspectives: d.perspectives,
        // saisi par la structure : brouillon ou soumis ; saisi par le département : validé (decisions/1703)
        statut: acteur.role === "OPERATEUR" ? (d.soumettre ? "SOUMIS" : "BROUILLON") : "VALIDE",
        soumisLe: acteur.role === "OPERATEUR" && d.soumettre ? new Date() : null,
        sorties: { create: d.sorties },
        valeurs: { create: d.valeurs },
      },
      select: { id: true },
    });
    await journaliser(tx, acteur, { operation: "CREATION", entite: "Bilan", entiteId: bilan.id, details: { conventionId: d.conventionId } });
    return { id: bilan.id, conventionId: d.conventionId };
  });
}
