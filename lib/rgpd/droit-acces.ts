import "server-only";
import type { Contexte } from "@/lib/contexte";
import { journaliser } from "@/lib/audit/journaliser";
import { perimetrePersonnes } from "@/lib/authz/perimetre";
import { exigerPermission } from "@/lib/authz/permissions";
import { ErreurIntrouvable } from "@/lib/errors";

// Droit d'accès (RGPD art. 15) : tout ce que l'application détient sur une personne, en un document.
// Réservé à l'administrateur et au chargé de mission (qui instruisent les demandes), dans leur périmètre ;
// chaque export est inscrit au journal d'audit.

/** Données complètes d'une personne, prêtes à sérialiser (dates ISO, montants en centimes entiers). */
export async function donneesDroitAcces({ acteur, db }: Contexte, personneId: string, format: "json" | "pdf", maintenant = new Date()) {
  exigerPermission(acteur, "donnees-personnelles:exporter");
  const p = await db.personne.findFirst({
    where: { AND: [{ id: personneId }, perimetrePersonnes(acteur, maintenant)] },
    include: {
      foyer: { include: { territoire: { select: { nom: true } }, departement: { select: { nom: true } } } },
      orientations: { orderBy: { dateDebut: "asc" }, include: { organisme: { select: { nom: true } } } },
      referents: { orderBy: { dateDebut: "asc" }, include: { referent: { select: { prenom: true, nom: true, courriel: true } } } },
      diagnostics: { orderBy: { date: "asc" }, include: { freins: true } },
      contrats: {
        orderBy: { dateDebut: "asc" },
        include: {
          referent: { select: { prenom: true, nom: true } },
          objectifs: { orderBy: { ordre: "asc" }, include: { activites: { orderBy: { ordre: "asc" } } } },
          aides: true,
        },
      },
      prescriptions: { orderBy: { dateProposition: "asc" }, include: { action: { select: { code: true, intitule: true, porteur: { select: { nom: true } } } } } },
    },
  });
  if (!p) throw new ErreurIntrouvable("Personne");
  // destinataires : qui a consulté ou modifié le dossier (journal d'audit)
  const acces = await db.journalAudit.findMany({
    where: { entiteId: { in: [p.id, ...p.contrats.map((c) => c.id)] } },
    orderBy: { createdAt: "asc" },
    take: 1000,
    select: { createdAt: true, operation: true, entite: true, utilisateurId: true },
  });
  const auteurs = await db.utilisateur.findMany({ where: { id: { in: [...new Set(acces.map((a) => a.utilisateurId).filter((x): x is string => Boolean(x)))] } }, select: { id: true, prenom: true, nom: true, role: true } });
  const nomAuteur = new Map(auteurs.map((a) => [a.id, `${a.prenom} ${a.nom} (${a.role})`]));
  await journaliser(db, acteur, { operation: "EXPORT", entite: "Personne", entiteId: p.id, details: { droitAcces: format } });

  const jour = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
  return {
    document: "Droit d'accès aux données personnelles (RGPD, article 15)",
    responsableTraitement: `Conseil départemental — ${p.foyer.departement.nom}`,
    produitLe: maintenant.toISOString(),
    produitPar: acteur.nomComplet,
    personne: {
      identifiant: p.id,
      nom: p.nom,
      prenom: p.prenom,
      sexe: p.sexe,
      dateNaissance: jour(p.dateNaissance),
      roleDansLeFoyer: p.role,
      nirMasque: p.nirMasque,
      niveauFormation: p.niveauFormation,
      enregistreeLe: p.createdAt.toISOString(),
    },
    foyer: {
      numeroAllocataire: p.foyer.numeroAllocataire,
      organisme: p.foyer.organisme,
      communeDeResidence: p.foyer.territoire.nom,
      dateOuvertureDroits: jour(p.foyer.dateOuvertureDroits),
      etatDroit: p.foyer.etatDroit,
      dateClotureDroits: jour(p.foyer.dateCloture),
      soumisDroitsEtDevoirs: p.foyer.soumisDroitsDevoirs,
      situationFamiliale: p.foyer.situationFamiliale,
    },
    orientations: p.orientations.map((o) => ({ parcours: o.parcours, organisme: o.organisme?.nom ?? null, debut: jour(o.dateDebut), fin: jour(o.dateFin) })),
    referents: p.referents.map((r) => ({ referent: `${r.referent.prenom} ${r.referent.nom}`, debut: jour(r.dateDebut), fin: jour(r.dateFin) })),
    diagnostics: p.diagnostics.map((d) => ({ date: jour(d.date), freins: d.freins.map((f) => ({ frein: f.frein, niveau: f.niveau })) })),
    contrats: p.contrats.map((c) => ({
      statut: c.statut,
      debut: jour(c.dateDebut),
      fin: jour(c.dateFin),
      signature: jour(c.dateSignature),
      validation: jour(c.dateValidation),
      referent: `${c.referent.prenom} ${c.referent.nom}`,
      motifExemption: c.motifExemption,
      motifMinoration: c.motifMinoration,
      heuresSalariees: c.heuresSalariees,
      motifRupture: c.motifRupture,
      bilanPrecedent: c.bilanPrecedent,
      objectifs: c.objectifs.map((o) => ({
        libelle: o.libelle,
        frein: o.frein,
        activites: o.activites.map((a) => ({ libelle: a.libelle, categorie: a.categorie, mode: a.mode, heuresHebdomadaires: a.heuresHebdo })),
      })),
      aides: c.aides.map((a) => ({ type: a.typeAide, objet: a.objet, montantCentimes: Number(a.montantCentimes), statut: a.statut })),
    })),
    prescriptions: p.prescriptions.map((x) => ({
      action: `${x.action.code} ${x.action.intitule}`,
      structure: x.action.porteur?.nom ?? null,
      statut: x.statut,
      proposition: jour(x.dateProposition),
      reponse: jour(x.dateReponse),
      entree: jour(x.dateEntree),
      sortie: jour(x.dateSortie),
      typeSortie: x.typeSortie,
      motifRefus: x.motifRefus,
      motifAbandon: x.motifAbandon,
    })),
    consultations: acces.map((a) => ({ le: a.createdAt.toISOString(), operation: a.operation, objet: a.entite, par: a.utilisateurId ? (nomAuteur.get(a.utilisateurId) ?? "compte supprimé") : "traitement automatique" })),
  };
}

export type DonneesDroitAcces = Awaited<ReturnType<typeof donneesDroitAcces>>;

/** L'acteur de la requête peut-il produire l'export du droit d'accès ? (pour afficher les liens) */
export async function peutExporterDroitAcces(): Promise<boolean> {
  const { exigerActeur } = await import("@/lib/auth/session");
  const { peut } = await import("@/lib/authz/permissions");
  return peut(await exigerActeur(), "donnees-personnelles:exporter");
}
