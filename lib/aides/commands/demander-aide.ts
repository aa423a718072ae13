import "server-only";
import type { Contexte } from "@/lib/contexte";
import { journaliser } from "@/lib/audit/journaliser";
import { perimetrePersonnes } from "@/lib/authz/perimetre";
import { exigerPermission } from "@/lib/authz/permissions";
import { ErreurIntrouvable, ErreurMetier } from "@/lib/errors";
import { STATUTS_CONTRAT_VIVANT, verifierDemande, type Fonds } from "../domain/regles";
import { territoireDeRattachement } from "./territoire-rattachement";

export interface NouvelleDemandeAide {
  personneId: string;
  fonds: Fonds;
  typeAide: string;
  objet: string;
  montantCentimes: number;
  dateDemande: Date;
  derogationFormation: boolean;
}

/**
 * Le référent demande une aide pour une personne qu'il suit. Le contrat vivant de la personne est
 * rattaché d'office (obligatoire pour une aide individuelle) ; le territoire de l'enveloppe est le pôle
 * d'insertion ou la commission RSA de résidence, figé à la demande.
 */
export async function demanderAide({ acteur, db }: Contexte, d: NouvelleDemandeAide) {
  exigerPermission(acteur, "aides:demander");
  return db.$transaction(async (tx) => {
    const personne = await tx.personne.findFirst({
      where: { AND: [{ id: d.personneId }, perimetrePersonnes(acteur, d.dateDemande)] },
      select: {
        id: true,
        dateNaissance: true,
        foyer: { select: { departementId: true, territoire: { select: { chemin: true } } } },
        contrats: { where: { statut: { in: [...STATUTS_CONTRAT_VIVANT] } }, orderBy: { dateDebut: "desc" }, take: 1, select: { id: true, statut: true } },
      },
    });
    if (!personne) throw new ErreurIntrouvable("Dossier");
    const contrat = personne.contrats[0] ?? null;
    const erreurs = verifierDemande({
      fonds: d.fonds,
      typeAide: d.typeAide,
      montantCentimes: d.montantCentimes,
      dateNaissance: personne.dateNaissance,
      dateDemande: d.dateDemande,
      derogationFormation: d.derogationFormation,
      statutContrat: contrat?.statut ?? null,
    });
    if (Object.keys(erreurs).length) throw new ErreurMetier("demande", "La demande ne peut pas être enregistrée.", erreurs);
    const territoireId = await territoireDeRattachement(tx, personne.foyer.territoire.chemin);
    if (!territoireId) throw new ErreurMetier("territoire", "La commune de résidence n'est rattachée à aucun pôle ni commission RSA.");
    const aide = await tx.demandeAide.create({
      data: {
        departementId: personne.foyer.departementId,
        personneId: personne.id,
        territoireId,
        contratId: contrat?.id ?? null,
        fonds: d.fonds,
        typeAide: d.typeAide,
        objet: d.objet,
        montantDemandeCentimes: BigInt(d.montantCentimes),
        dateDemande: d.dateDemande,
        derogationFormation: d.derogationFormation,
        demandeurId: acteur.id,
      },
      select: { id: true, personneId: true },
    });
    await journaliser(tx, acteur, { operation: "CREATION", entite: "DemandeAide", entiteId: aide.id, details: { personneId: personne.id, fonds: d.fonds, montantCentimes: d.montantCentimes } });
    return aide;
  });
}
