import "server-only";
import { traduireErreurBase } from "@/lib/actions/erreurs-base";
import type { Contexte } from "@/lib/contexte";
import { journaliser } from "@/lib/audit/journaliser";
import { perimetreStructures, referentielTerritoires } from "@/lib/authz/perimetre";
import { ErreurIntrouvable, ErreurMetier } from "@/lib/errors";
import type { DonneesStructure } from "../schemas";

/** Crée (sans id) ou modifie (avec id) une structure du département de l'acteur, en une transaction. */
export async function enregistrerStructure({ acteur, db }: Contexte, donnees: DonneesStructure & { id?: string }) {
  try {
    return await db.$transaction(async (tx) => {
      if (donnees.territoireId) {
        const territoire = await tx.territoire.count({ where: { AND: [{ id: donnees.territoireId }, referentielTerritoires(acteur)] } });
        if (!territoire) throw new ErreurMetier("territoire", "Territoire inconnu.", { territoireId: ["Choisissez un territoire de la liste."] });
      }
      const doublon = await tx.structure.findFirst({
        where: { departementId: acteur.departementId, nom: { equals: donnees.nom, mode: "insensitive" }, NOT: donnees.id ? { id: donnees.id } : undefined },
        select: { id: true },
      });
      if (doublon) throw doublonStructure();

      const { id, ...champs } = donnees;
      if (id) {
        const existe = await tx.structure.count({ where: { AND: [{ id }, perimetreStructures(acteur)] } });
        if (!existe) throw new ErreurIntrouvable("Structure");
        const structure = await tx.structure.update({ where: { id }, data: champs });
        await journaliser(tx, acteur, { operation: "MODIFICATION", entite: "Structure", entiteId: id, details: { champs: Object.keys(champs) } });
        return structure;
      }
      const structure = await tx.structure.create({ data: { ...champs, departementId: acteur.departementId } });
      await journaliser(tx, acteur, { operation: "CREATION", entite: "Structure", entiteId: structure.id });
      return structure;
    });
  } catch (e) {
    // deux envois simultanés du même nom : l'index unique tranche ; même message que le contrôle ci-dessus
    if (traduireErreurBase(e)?.code === "unicite") throw doublonStructure();
    throw e;
  }
}

const doublonStructure = () => new ErreurMetier("doublon", "Une structure porte déjà ce nom.", { nom: ["Une structure porte déjà ce nom."] });
