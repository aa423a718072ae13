import "server-only";
import type { Contexte } from "@/lib/contexte";
import type { Prisma } from "@/lib/generated/prisma/client";
import { journaliser } from "@/lib/audit/journaliser";
import { exigerPermission } from "@/lib/authz/permissions";
import { perimetrePersonnes } from "@/lib/authz/perimetre";
import { ErreurIntrouvable, ErreurMetier } from "@/lib/errors";
import { courrierConvocation, courrierRappel } from "../courriers/contenu";
import { LIBELLES_TYPE_RDV } from "../libelles";
import { chargerPersonne, heureParis, mettreEnBoite, personneCourrier } from "./commun";


/** Le référent fixe un rendez-vous : convocation (courrier PDF) et message, tracés dans le dossier. */
export async function planifierRendezVous(
  { acteur, db }: Contexte,
  d: { personneId: string; type: "ORIENTATION" | "CONTRAT" | "SUIVI"; modalite: "PRESENTIEL" | "TELEPHONE" | "VISIO"; jour: Date; heure: string; lieu: string | null; courriel: string | null; telephone: string | null },
  aujourdHui = new Date(),
) {
  exigerPermission(acteur, "rendez-vous:gerer");
  if (d.modalite === "PRESENTIEL" && !d.lieu) throw new ErreurMetier("lieu", "Indiquez le lieu du rendez-vous.", { lieu: ["Indiquez le lieu du rendez-vous."] });
  return db.$transaction(async (tx) => {
    const p = await chargerPersonne(tx, acteur, d.personneId);
    const debut = heureParis(d.jour, d.heure);
    if (debut.getTime() < aujourdHui.getTime()) throw new ErreurMetier("date", "Le rendez-vous doit être fixé dans le futur.", { jour: ["Le rendez-vous doit être fixé dans le futur."] });
    if (d.courriel || d.telephone) {
      await tx.coordonneesPersonne.upsert({ where: { personneId: p.id }, create: { personneId: p.id, courriel: d.courriel, telephone: d.telephone }, update: { ...(d.courriel ? { courriel: d.courriel } : {}), ...(d.telephone ? { telephone: d.telephone } : {}) } });
    }
    const rdv = await tx.rendezVous.create({ data: { personneId: p.id, agentId: acteur.id, type: d.type, modalite: d.modalite, lieu: d.lieu, debut } });
    const contenu = courrierConvocation({ departement: p.foyer.departement.nom, personne: personneCourrier(p), agent: acteur.nomComplet, debut, modalite: d.modalite, lieu: d.lieu, type: LIBELLES_TYPE_RDV[d.type], aujourdHui });
    const courrier = await tx.courrierDroitsDevoirs.create({ data: { personneId: p.id, type: "CONVOCATION", rendezVousId: rdv.id, contenu: contenu as unknown as Prisma.InputJsonValue, emisParId: acteur.id } });
    const coordonnees = { courriel: d.courriel ?? p.coordonnees?.courriel ?? null, telephone: d.telephone ?? p.coordonnees?.telephone ?? null };
    const quand = debut.toLocaleString("fr-FR", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Paris" });
    await mettreEnBoite(tx, { departementId: p.foyer.departementId, personneId: p.id, coordonnees, objet: contenu.objet, corps: contenu.paragraphes.join("\n\n"), sms: `RSA : rendez-vous le ${quand} avec votre référent. En cas d'empêchement, prévenez-le.` });
    await journaliser(tx, acteur, { operation: "CREATION", entite: "RendezVous", entiteId: rdv.id, details: { personneId: p.id, courrierId: courrier.id } });
    return { id: rdv.id, personneId: p.id };
  });
}

/** Résultat du rendez-vous ; un rendez-vous non honoré sans excuse donne un courrier de rappel. */
export async function enregistrerResultat({ acteur, db }: Contexte, d: { id: string; resultat: "HONORE" | "EXCUSE" | "NON_HONORE" | "ANNULE"; commentaire: string | null }, aujourdHui = new Date()) {
  exigerPermission(acteur, "rendez-vous:gerer");
  return db.$transaction(async (tx) => {
    const rdv = await tx.rendezVous.findFirst({ where: { id: d.id, personne: perimetrePersonnes(acteur) } });
    if (!rdv) throw new ErreurIntrouvable("Rendez-vous");
    if (rdv.resultat !== "PREVU") throw new ErreurMetier("resultat", "Le résultat de ce rendez-vous est déjà enregistré.");
    if (d.resultat !== "ANNULE" && rdv.debut.getTime() > aujourdHui.getTime()) {
      throw new ErreurMetier("resultat", "Le rendez-vous n'a pas encore eu lieu : seule l'annulation est possible.", { resultat: ["Le rendez-vous n'a pas encore eu lieu."] });
    }
    await tx.rendezVous.update({ where: { id: rdv.id }, data: { resultat: d.resultat, commentaire: d.commentaire, resultatLe: aujourdHui } });
    if (d.resultat === "NON_HONORE") {
      const p = await chargerPersonne(tx, acteur, rdv.personneId);
      const contenu = courrierRappel({ departement: p.foyer.departement.nom, personne: personneCourrier(p), agent: acteur.nomComplet, debut: rdv.debut, aujourdHui });
      await tx.courrierDroitsDevoirs.create({ data: { personneId: p.id, type: "RAPPEL", rendezVousId: rdv.id, contenu: contenu as unknown as Prisma.InputJsonValue, emisParId: acteur.id } });
      await mettreEnBoite(tx, { departementId: p.foyer.departementId, personneId: p.id, coordonnees: p.coordonnees, objet: contenu.objet, corps: contenu.paragraphes.join("\n\n"), sms: "RSA : vous avez manqué votre rendez-vous. Contactez votre référent pour en fixer un nouveau." });
    }
    await journaliser(tx, acteur, { operation: "MODIFICATION", entite: "RendezVous", entiteId: rdv.id, details: { resultat: d.resultat } });
    return { id: rdv.id, personneId: rdv.personneId };
  });
}
