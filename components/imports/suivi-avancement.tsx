"use client";

import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";

interface Avancement {
  statut: string;
  avancement: number;
  etape: string | null;
}

/** Barre de progression d'un import en cours : interroge l'avancement toutes les 2 s, puis recharge la page. */
export function SuiviAvancement({ id, initial }: { id: string; initial: Avancement }) {
  const [a, setA] = useState(initial);
  const router = useRouter();
  useEffect(() => {
    if (!["EN_ATTENTE", "EN_COURS"].includes(a.statut)) return;
    const minuterie = setInterval(async () => {
      const r = await fetch(`/imports/${id}/avancement`, { cache: "no-store" });
      if (!r.ok) return;
      const suivant = (await r.json()) as Avancement;
      setA(suivant);
      if (!["EN_ATTENTE", "EN_COURS"].includes(suivant.statut)) router.refresh();
    }, 2000);
    return () => clearInterval(minuterie);
  }, [a.statut, id, router]);
  const enCours = ["EN_ATTENTE", "EN_COURS"].includes(a.statut);
  return (
    <div className="space-y-2 rounded border border-gray-300 bg-white p-4">
      <label htmlFor="avancement-import" className="block font-medium">
        Avancement de l&apos;import
      </label>
      <progress id="avancement-import" max={100} value={a.avancement} className="h-4 w-full" aria-describedby="etape-import">
        {a.avancement} %
      </progress>
      <p id="etape-import" role="status" aria-live="polite" className="text-sm text-gray-700">
        {a.avancement} % — {a.etape ?? (enCours ? "En attente de traitement…" : "")}
      </p>
    </div>
  );
}
