import "server-only";
import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Contexte } from "@/lib/contexte";
import { perimetreJournal } from "@/lib/authz/perimetre";
import { exigerPermission } from "@/lib/authz/permissions";
import { decalage, pageDe, schemaPage } from "@/lib/pagination";
import { LIBELLES_OBJETS, LIBELLES_OPERATIONS, phraseJournal } from "../domain/journal-en-mots";

const jour = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .transform((v) => new Date(`${v}T00:00:00Z`))
  .refine((d) => !Number.isNaN(d.getTime()))
  .optional()
  .catch(undefined);

export const schemaFiltresJournalEnMots = z.object({
  operation: z.enum(Object.keys(LIBELLES_OPERATIONS) as [string, ...string[]]).optional().catch(undefined),
  entite: z.enum(Object.keys(LIBELLES_OBJETS) as [string, ...string[]]).optional().catch(undefined),
  utilisateur: z.string().max(40).optional().catch(undefined).transform((v) => v || undefined),
  du: jour,
  au: jour,
  page: schemaPage,
});
export type FiltresJournal = z.output<typeof schemaFiltresJournalEnMots>;

/**
 * Journal d'audit du département en mots : auteur, action, objet (« contrat d'engagement ») et la personne
 * concernée par son nom ; filtres par utilisateur, objet, opération et période.
 */
export async function journalEnMots({ acteur, db }: Contexte, f: FiltresJournal) {
  exigerPermission(acteur, "journal:lire");
  const finJour = f.au ? new Date(f.au.getTime() + 86_400_000) : undefined;
  const where: Prisma.JournalAuditWhereInput = {
    AND: [
      perimetreJournal(acteur),
      f.operation ? { operation: f.operation } : {},
      f.entite ? { entite: f.entite } : {},
      f.utilisateur ? { utilisateurId: f.utilisateur } : {},
      f.du || finJour ? { createdAt: { ...(f.du ? { gte: f.du } : {}), ...(finJour ? { lt: finJour } : {}) } } : {},
    ],
  };
  const [total, lignes, utilisateurs] = await Promise.all([
    db.journalAudit.count({ where }),
    db.journalAudit.findMany({ where, orderBy: { id: "desc" }, ...decalage(f.page) }),
    db.utilisateur.findMany({ where: { departementId: acteur.departementId }, orderBy: [{ nom: "asc" }, { prenom: "asc" }], select: { id: true, prenom: true, nom: true } }),
  ]);
  const nomParId = new Map(utilisateurs.map((a) => [a.id, `${a.prenom} ${a.nom}`]));
  // la personne concernée : directement (dossier), par le détail journalisé, ou par le contrat / la prescription
  const idsDe = (entite: string) => lignes.filter((l) => l.entite === entite && l.entiteId).map((l) => l.entiteId!);
  const [contrats, prescriptions, actions, conventions] = await Promise.all([
    db.contratEngagement.findMany({ where: { id: { in: idsDe("ContratEngagement") } }, select: { id: true, personneId: true } }),
    db.prescription.findMany({ where: { id: { in: idsDe("Prescription") } }, select: { id: true, personneId: true } }),
    db.actionInsertion.findMany({ where: { id: { in: idsDe("ActionInsertion") }, departementId: acteur.departementId }, select: { id: true, code: true, intitule: true } }),
    db.convention.findMany({ where: { id: { in: idsDe("Convention") }, departementId: acteur.departementId }, select: { id: true, objet: true } }),
  ]);
  const personneDe = new Map<string, string>([...contrats, ...prescriptions].map((x) => [x.id, x.personneId]));
  const personneIdDe = (l: (typeof lignes)[number]) => {
    const details = (l.details ?? {}) as Record<string, unknown>;
    if (l.entite === "Personne" || l.entite === "Diagnostic" || l.entite === "PeriodeOrientation") return (typeof details.personneId === "string" ? details.personneId : l.entite === "Personne" ? l.entiteId : null) ?? null;
    return (typeof details.personneId === "string" ? details.personneId : null) ?? (l.entiteId ? personneDe.get(l.entiteId) ?? null : null);
  };
  const personnes = await db.personne.findMany({
    where: { id: { in: [...new Set(lignes.map(personneIdDe).filter((x): x is string => !!x))] }, foyer: { departementId: acteur.departementId } },
    select: { id: true, prenom: true, nom: true },
  });
  const nomPersonne = new Map(personnes.map((p) => [p.id, `${p.prenom} ${p.nom.toUpperCase()}`]));
  const intitules = new Map<string, string>([...actions.map((a) => [a.id, `${a.code} ${a.intitule}`] as const), ...conventions.map((c) => [c.id, c.objet] as const)]);
  const page = pageDe(
    lignes.map((l) => {
      const auteur = l.utilisateurId ? (nomParId.get(l.utilisateurId) ?? "Un utilisateur d'un autre département") : null;
      const pid = personneIdDe(l);
      const personne = pid ? (nomPersonne.get(pid) ?? null) : null;
      return {
        id: l.id.toString(),
        createdAt: l.createdAt,
        operation: LIBELLES_OPERATIONS[l.operation] ?? l.operation,
        objet: LIBELLES_OBJETS[l.entite]?.nom ?? l.entite,
        phrase: phraseJournal({ auteur, operation: l.operation, entite: l.entite, details: l.details, personne, intitule: l.entiteId ? intitules.get(l.entiteId) : null }),
        lien: pid && personne ? `/beneficiaires/${pid}` : null,
        ip: l.ip,
      };
    }),
    total,
    f.page,
  );
  return { page, utilisateurs: utilisateurs.map((u) => ({ valeur: u.id, libelle: `${u.nom.toUpperCase()} ${u.prenom}` })) };
}
