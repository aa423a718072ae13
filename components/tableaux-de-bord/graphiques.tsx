"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

const nombre = new Intl.NumberFormat("fr-FR");

/**
 * Histogramme accessible : le graphique est décoratif pour les lecteurs d'écran (aria-hidden), les mêmes
 * données figurent dans le tableau placé à côté (RGAA).
 */
export function Histogramme({ donnees, cle, series }: { donnees: Record<string, string | number | null>[]; cle: string; series: { cle: string; libelle: string; couleur: string }[] }) {
  return (
    <div aria-hidden="true" className="h-72 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={donnees} margin={{ top: 8, right: 8, left: 8, bottom: 8 }} accessibilityLayer={false} tabIndex={-1}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey={cle} tick={{ fontSize: 12 }} />
          <YAxis tickFormatter={(v: number) => nombre.format(v)} tick={{ fontSize: 12 }} width={60} />
          <Tooltip formatter={(v) => nombre.format(Number(v))} />
          {series.length > 1 ? <Legend /> : null}
          {series.map((s) => (
            <Bar key={s.cle} dataKey={s.cle} name={s.libelle} fill={s.couleur} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
