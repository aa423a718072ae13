import { evolution } from "@/lib/tableaux-de-bord/domain/evolution";
import { formaterEuros, formaterNombre, formaterPourcentage } from "@/lib/format";

/** « +12 (+5,3 %) » entre l'année précédente et l'année ; un taux évolue en points (« +2,1 pts ») ; des centimes en euros. */
export function texteEvolution(n: number | null, precedente: number | null, unite: "nombre" | "taux" | "euros" = "nombre"): string {
  const e = evolution(n, precedente);
  if (e.absolue === null) return "—";
  const signe = (v: number) => (v > 0 ? "+" : v < 0 ? "−" : "");
  if (unite === "taux") return `${signe(e.absolue)}${formaterNombre(Math.abs(Math.round(e.absolue * 1000) / 10))}\u00a0pts`;
  const absolue = unite === "euros" ? `${signe(e.absolue)}${formaterEuros(Math.abs(e.absolue))}` : `${signe(e.absolue)}${formaterNombre(Math.abs(Math.round(e.absolue * 10) / 10))}`;
  return e.relative === null ? absolue : `${absolue} (${signe(e.relative)}${formaterPourcentage(Math.abs(e.relative))})`;
}
