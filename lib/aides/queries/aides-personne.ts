import "server-only";
import type { Contexte } from "@/lib/contexte";
import { journaliser } from "@/lib/audit/journaliser";
import { perimetrePersonnes } from "@/lib/authz/perimetre";
import { exigerPermission, peut } from "@/lib/authz/permissions";
import { ErreurIntrouvable } from "@/lib/errors";
import { STATUTS_CONTRAT_VIVANT } from "../domain/regles";
import { territoireDeRattachement } from "../commands/territoire-rattachement";

/**
 * Les aides d'une personne du périmètre et ce qu'il faut pour en demander une : les fonds dont une
 * enveloppe est ouverte cette année sur son territoire, et son contrat vivant. Lecture journalisée.
 */
export async function aidesPersonne({ acteur, db }: Contexte, personneId: string, aujourdHui = new Date()) {
  exigerPermission(acteur, "aides:lire");
  const personne = await db.personne.findFirst({
    where: { AND: [{ id: personneId }, perimetrePersonnes(acteur, aujourdHui)] },
    select: {
      id: true,
      prenom: true,
      nom: true,
      dateNaissance: true,
      foyer: { select: { territoire: { select: { nom: true, chemin: true } } } },
      contrats: { where: { statut: { in: [...STATUTS_CONTRAT_VIVANT] } }, orderBy: { dateDebut: "desc" }, take: 1, select: { id: true, statut: true, dateDebut: true, dateFin: true } },
      demandesAide: {
        orderBy: [{ dateDemande: "desc" }, { id: "asc" }],
        select: { id: true, fonds: true, typeAide: true, objet: true, statut: true, dateDemande: true, montantDemandeCentimes: true, montantAccordeCentimes: true, montantVerseCentimes: true, motifDecision: true },
      },
    },
  });
  if (!personne) throw new ErreurIntrouvable("Dossier");
  await journaliser(db, acteur, { operation: "LECTURE", entite: "Personne", entiteId: personneId, details: { vue: "aides" } });
  const territoireId = await territoireDeRattachement(db, personne.foyer.territoire.chemin);
  const enveloppes = territoireId
    ? await db.enveloppeAide.findMany({ where: { territoireId, annee: aujourdHui.getUTCFullYear() }, select: { fonds: true }, orderBy: { fonds: "asc" } })
    : [];
  return { personne, contrat: personne.contrats[0] ?? null, fondsOuverts: enveloppes.map((e) => e.fonds), peutDemander: peut(acteur, "aides:demander") };
}
