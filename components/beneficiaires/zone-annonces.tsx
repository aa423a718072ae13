"use client";

import { createContext, useContext, useState } from "react";

const Annoncer = createContext<(message: string) => void>(() => {});

/**
 * Message de succès d'une étape qui survit à la ligne qui l'a produit : dans une liste filtrée par état,
 * une prescription acceptée (ou entrée) quitte la liste, et son formulaire avec elle ; le message reste ici.
 */
export function ZoneAnnonces({ children }: { children: React.ReactNode }) {
  const [message, setMessage] = useState("");
  return (
    <Annoncer.Provider value={setMessage}>
      <p role="status" className={message ? "mb-4 rounded border-l-4 border-succes-700 bg-green-50 p-3 text-succes-700" : "sr-only"}>
        {message}
      </p>
      {children}
    </Annoncer.Provider>
  );
}

export const useAnnoncer = () => useContext(Annoncer);
