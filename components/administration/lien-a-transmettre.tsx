"use client";

/** Affiche le lien de définition du mot de passe à transmettre (une seule fois : il n'est pas conservé en clair). */
export function LienATransmettre({ jeton }: { jeton: string }) {
  const chemin = `/connexion/mot-de-passe/${jeton}`;
  // affiché seulement après une action (jamais au rendu serveur) : window est disponible
  const adresse = typeof window === "undefined" ? chemin : `${window.location.origin}${chemin}`;
  return (
    <div className="rounded border border-marque-700 bg-marque-50 p-4">
      <p className="font-semibold">Lien à transmettre (valable 24 heures, une seule fois)</p>
      <p className="mt-1 text-sm text-gray-700">Il n&apos;est affiché qu&apos;ici : copiez-le maintenant et transmettez-le par un canal sûr.</p>
      <label htmlFor="lien-mot-de-passe" className="sr-only">
        Lien de définition du mot de passe
      </label>
      <input id="lien-mot-de-passe" readOnly value={adresse} className="mt-2 block w-full rounded border border-gray-500 bg-white px-3 py-2 font-mono text-sm" onFocus={(e) => e.currentTarget.select()} data-testid="lien-mot-de-passe" />
    </div>
  );
}
