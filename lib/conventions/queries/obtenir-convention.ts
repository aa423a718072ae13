import "server-only";
import type { Contexte } from "@/lib/contexte";
import { perimetreConventions } from "@/lib/authz/perimetre";
import { peut } from "@/lib/authz/permissions";
import { ErreurIntrouvable } from "@/lib/errors";
import { montantCourant } from "../domain/convention";

/** Une convention et tout ce qui s'y rattache, avec ses montants calculés. */
export async function obtenirConvention({ acteur, db }: Contexte, id: string) {
  const c = await db.convention.findFirst({
    where: { AND: [{ id }, perimetreConventions(acteur)] },
    include: {
      structure: { select: { id: true, nom: true, sigle: true } },
      programme: { select: { id: true, intitule: true } },
      fiche: { select: { code: true, intitule: true } },
      actions: { include: { action: { select: { id: true, code: true, intitule: true } } } },
      lots: { orderBy: { numero: "asc" }, include: { mandataire: { select: { nom: true } }, cotraitants: { include: { structure: { select: { nom: true } } } } } },
      avenants: { orderBy: { numero: "asc" } },
      indicateurs: { orderBy: { ordre: "asc" } },
      financements: { orderBy: [{ exercice: "asc" }, { financeur: "asc" }] },
      paiements: { orderBy: [{ createdAt: "asc" }] },
      bilans: { orderBy: { periodeDebut: "asc" }, include: { sorties: true, valeurs: { include: { indicateur: true } } } },
      engagements: { include: { ligne: { select: { id: true, libelle: true, exercice: true } } } },
      conventionPrecedente: {
        select: {
          id: true,
          objet: true,
          dateDebut: true,
          dateFin: true,
          bilans: { orderBy: { periodeDebut: "asc" }, include: { sorties: true } },
          conventionPrecedente: { select: { id: true, objet: true, bilans: { orderBy: { periodeDebut: "asc" }, include: { sorties: true } } } },
        },
      },
    },
  });
  if (!c) throw new ErreurIntrouvable("Convention");
  // taux d'assiduité de chaque bilan : émargements des participants des actions de la convention sur la
  // période du bilan (même règle que tauxAssiduite : présences ÷ (présences + absences))
  const assiduite = await db.$queryRaw<{ bilan_id: string; presents: number; attendues: number; semaines: number; heures: number }[]>`
    SELECT b.id AS bilan_id, count(*) FILTER (WHERE pz.statut = 'PRESENT')::int AS presents,
           count(*) FILTER (WHERE pz.statut IN ('PRESENT', 'ABSENT'))::int AS attendues, count(*)::int AS semaines, coalesce(sum(pz.heures), 0)::float8 AS heures
    FROM bilan b JOIN convention_action ca ON ca.convention_id = b.convention_id
    JOIN prescription pr ON pr.action_id = ca.action_id
    JOIN presence pz ON pz.prescription_id = pr.id AND pz.semaine BETWEEN b.periode_debut AND b.periode_fin
    WHERE b.convention_id = ${c.id} GROUP BY b.id`;
  const montant = montantCourant(c.montantInitialCentimes === null ? null : Number(c.montantInitialCentimes), c.avenants.map((a) => Number(a.deltaMontantCentimes)));
  const programme = c.paiements.reduce((s, p) => s + Number(p.montantCentimes), 0);
  const mandate = c.paiements.filter((p) => p.statut === "MANDATE").reduce((s, p) => s + Number(p.montantCentimes), 0);
  // bilans cités à l'appui d'un renouvellement : ceux des conventions précédentes
  const precedents = [
    ...(c.conventionPrecedente?.conventionPrecedente?.bilans ?? []),
    ...(c.conventionPrecedente?.bilans ?? []),
  ];
  return {
    convention: c,
    montantCourant: montant,
    programme,
    mandate,
    bilansPrecedents: precedents,
    assiduite: Object.fromEntries(assiduite.map((a) => [a.bilan_id, { taux: a.attendues > 0 ? a.presents / a.attendues : null, heures: a.heures, semaines: a.semaines }])),
    droits: {
      modifier: peut(acteur, "conventions:modifier"),
      saisirBilan: peut(acteur, "bilans:saisir"),
      // bilans en ligne : la structure soumet, le chargé de mission valide ou renvoie (decisions/1703)
      soumettreBilan: acteur.role === "OPERATEUR",
      deciderBilan: peut(acteur, "conventions:modifier"),
    },
  };
}
