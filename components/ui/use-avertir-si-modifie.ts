"use client";

import { useEffect, useRef, useState } from "react";

export const MESSAGE_QUITTER_FORMULAIRE = "Vos modifications ne sont pas enregistrées. Quitter quand même ?";

/**
 * Quitter un éditeur avec des modifications non enregistrées avertit : fermeture ou rechargement de
 * l'onglet (beforeunload) et clic sur un lien de l'application (menu, « Annuler »…). Brancher
 * `surSaisie` sur l'événement `onInput` du formulaire et `surEnvoi` sur son envoi ; `etat` : celui de
 * useFormulaire (après un refus, l'avertissement revient).
 */
export function useAvertirSiModifie(etat?: { statut: string }, message = MESSAGE_QUITTER_FORMULAIRE) {
  const [modifie, setModifie] = useState(false);
  const envoye = useRef(false);
  // envoi refusé (erreurs) : la saisie reste non enregistrée, l'avertissement revient
  useEffect(() => {
    if (etat?.statut === "erreur") envoye.current = false;
  }, [etat]);
  useEffect(() => {
    if (!modifie) return;
    const avantDechargement = (ev: BeforeUnloadEvent) => {
      if (envoye.current) return;
      ev.preventDefault();
      ev.returnValue = message;
    };
    const clic = (ev: MouseEvent) => {
      if (envoye.current || ev.defaultPrevented || ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey) return;
      const lien = (ev.target as Element | null)?.closest?.("a[href]") as HTMLAnchorElement | null;
      if (!lien || lien.target === "_blank" || lien.hasAttribute("download") || lien.origin !== window.location.origin) return;
      if (!window.confirm(message)) {
        ev.preventDefault();
        ev.stopPropagation();
      }
    };
    window.addEventListener("beforeunload", avantDechargement);
    document.addEventListener("click", clic, true);
    return () => {
      window.removeEventListener("beforeunload", avantDechargement);
      document.removeEventListener("click", clic, true);
    };
  }, [modifie, message]);
  return {
    modifie,
    surSaisie: () => {
      envoye.current = false;
      setModifie(true);
    },
    surEnvoi: () => {
      envoye.current = true;
    },
  };
}
