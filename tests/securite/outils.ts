// Outils de la suite de sécurité : appeler une action serveur comme le navigateur (FormData) avec une
// session simulée. Les fichiers de test déclarent eux-mêmes vi.mock (hissé par Vitest) :
//   vi.mock("@/lib/auth/session", () => sessionSimulee) ; vi.mock("next/cache", () => cacheNeutre)
import type { Acteur } from "@/lib/authz/acteur";
import type { EtatFormulaire } from "@/lib/actions/etat-formulaire";

export const session: { acteur: Acteur | null } = { acteur: null };

export const sessionSimulee = {
  exigerActeur: async () => {
    if (!session.acteur) throw new Error("sans session : redirection vers /connexion");
    return session.acteur;
  },
  obtenirActeur: async () => session.acteur,
  chargerActeur: async () => session.acteur,
};

export const cacheNeutre = { revalidatePath: () => undefined, revalidateTag: () => undefined };

export type Action = (etat: EtatFormulaire, formData: FormData) => Promise<EtatFormulaire>;
export type Reponse = EtatFormulaire | { statut: "redirection"; url: string };

/** Appelle l'action avec ces champs ; une redirection de Next (succès) devient { statut: "redirection" }. */
export async function appeler(action: Action, champs: Record<string, string | string[]>): Promise<Reponse> {
  const fd = new FormData();
  for (const [cle, v] of Object.entries(champs)) for (const x of Array.isArray(v) ? v : [v]) fd.append(cle, x);
  try {
    return await action({ statut: "initial" }, fd);
  } catch (e) {
    const digest = (e as { digest?: unknown }).digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT")) return { statut: "redirection", url: digest.split(";")[2]! };
    throw e;
  }
}

export const MESSAGE_PERMISSION = "Vous n'avez pas les droits nécessaires pour cette opération.";

export function estRefus(r: Reponse): boolean {
  return r.statut === "erreur" && r.message === MESSAGE_PERMISSION;
}
