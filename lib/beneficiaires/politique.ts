// Politique du dossier individuel : UNE décision des droits, lue par la page (boutons, formulaires) et
// par les commandes (qui la vérifient à nouveau) : le bouton affiché et la commande acceptée ne divergent pas.
// Le périmètre (quelles personnes) reste dans lib/authz/perimetre.ts et perimetre-sql.ts.
import type { Acteur } from "@/lib/authz/acteur";
import { peut } from "@/lib/authz/permissions";
import { ErreurPermission } from "@/lib/errors";

export interface DroitsDossier {
  /** lire le dossier, la liste et l'exporter */
  lire: boolean;
  /** orienter et désigner le référent */
  orienter: boolean;
  /** prescrire une action du catalogue */
  prescrire: boolean;
  /** rédiger un contrat d'engagement */
  rediger: boolean;
}

export function droitsDossier(acteur: Pick<Acteur, "role">): DroitsDossier {
  return {
    lire: peut(acteur, "beneficiaires:lire"),
    orienter: peut(acteur, "contrats:valider"),
    prescrire: peut(acteur, "prescriptions:prescrire"),
    rediger: peut(acteur, "contrats:rediger"),
  };
}

export function exigerDroitDossier(acteur: Pick<Acteur, "role">, droit: keyof DroitsDossier): void {
  if (!droitsDossier(acteur)[droit]) throw new ErreurPermission();
}
