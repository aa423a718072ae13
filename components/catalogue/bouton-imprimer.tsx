"use client";

export function BoutonImprimer({ libelle = "Imprimer la fiche" }: { libelle?: string }) {
  return (
    <button type="button" onClick={() => window.print()} className="no-print rounded bg-marque-700 px-4 py-2 text-sm font-semibold text-white">
      {libelle}
    </button>
  );
}
