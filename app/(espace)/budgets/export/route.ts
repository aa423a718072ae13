import { contextePage } from "@/lib/pages";
import { schemaSelectionTableau } from "@/lib/budgets/queries/tableau-financier";
import { exporterTableau } from "@/lib/budgets/queries/exporter-tableau";

export const dynamic = "force-dynamic";

/** /budgets/export?programme=…&exercice=2019&format=csv|xlsx */
export async function GET(request: Request) {
  const contexte = await contextePage("budgets:lire");
  const parametres = Object.fromEntries(new URL(request.url).searchParams);
  const { programme, exercice } = schemaSelectionTableau.parse(parametres);
  if (!programme || !exercice) return new Response("Programme et exercice requis.", { status: 400 });
  const format = parametres.format === "xlsx" ? "xlsx" : "csv";
  const { contenu, nom } = await exporterTableau(contexte, programme, exercice, format);
  return new Response(new Uint8Array(contenu), {
    headers: {
      "Content-Type": format === "xlsx" ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${nom}"`,
      "Cache-Control": "no-store",
    },
  });
}
