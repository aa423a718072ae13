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
    droits: {
      modifier: peut(acteur, "conventions:modifier"),
      saisirBilan: peut(acteur, "bilans:saisir"),
      // bilans en ligne : la structure soumet, le chargé de mission valide ou renvoie (decisions/1703)
      soumettreBilan: acteur.role === "OPERATEUR",
      deciderBilan: peut(acteur, "conventions:modifier"),
    },
  };
}
