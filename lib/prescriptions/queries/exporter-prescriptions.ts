import "server-only";
import type { Contexte } from "@/lib/contexte";
import { journaliser } from "@/lib/audit/journaliser";
import { versCsv, versXlsx, nomFichier, type Colonne } from "@/lib/exports/tableur";
import { LIBELLES_STATUT_PRESCRIPTION, type StatutPrescription } from "../domain/cycle";
import { listePrescriptions, type FiltresPrescriptions } from "./prescriptions-operateur";

/** Export de la liste filtrée (toutes les pages), avec la même projection que l'écran ; journalisé. */
export async function exporterPrescriptions(contexte: Contexte, f: FiltresPrescriptions, format: "csv" | "xlsx") {
  const { lignes } = await listePrescriptions(contexte, f, { toutes: true });
  type Ligne = (typeof lignes)[number];
  const contact = (l: Ligne, k: "telephone" | "courriel") => ((l.personne as Record<string, unknown>)[k] as string | null | undefined) ?? "";
  const colonnes: Colonne<Ligne>[] = [
    { titre: "Nom", type: "texte", valeur: (l) => l.personne.nom.toUpperCase() },
    { titre: "Prénom", type: "texte", valeur: (l) => l.personne.prenom },
    { titre: "Date de naissance", type: "date", valeur: (l) => l.personne.dateNaissance },
    ...(contexte.acteur.role === "OPERATEUR"
      ? ([
          { titre: "Téléphone", type: "texte", valeur: (l) => contact(l, "telephone") },
          { titre: "Courriel", type: "texte", valeur: (l) => contact(l, "courriel") },
        ] as Colonne<Ligne>[])
      : []),
    { titre: "Code action", type: "texte", valeur: (l) => l.action.code },
    { titre: "Action", type: "texte", valeur: (l) => l.action.intitule, largeur: 40 },
    { titre: "Prescripteur", type: "texte", valeur: (l) => `${l.prescripteur.prenom} ${l.prescripteur.nom}` },
    { titre: "Proposée le", type: "date", valeur: (l) => l.dateProposition },
    { titre: "État", type: "texte", valeur: (l) => LIBELLES_STATUT_PRESCRIPTION[l.statut as StatutPrescription] },
    { titre: "Entrée le", type: "date", valeur: (l) => l.dateEntree },
    { titre: "Sortie le", type: "date", valeur: (l) => l.dateSortie },
  ];
  await journaliser(contexte.db, contexte.acteur, { operation: "EXPORT", entite: "Prescription", details: { format, lignes: lignes.length, filtres: { statut: f.statut ?? null, q: f.q ?? null } } });
  const contenu = format === "xlsx" ? await versXlsx("Prescriptions", colonnes, lignes) : versCsv(colonnes, lignes);
  return { contenu, nom: nomFichier("prescriptions", { annee: new Date().getUTCFullYear() }, format) };
}
