import { contextePage } from "@/lib/pages";
import { schemaFiltresConventions } from "@/lib/conventions/schemas";
import { exporterConventions } from "@/lib/conventions/queries/exporter-conventions";

export const dynamic = "force-dynamic";

/** Export de la liste filtrée : /conventions/export?format=csv|xlsx&…filtres. */
export async function GET(request: Request) {
  const contexte = await contextePage("conventions:lire");
  const parametres = Object.fromEntries(new URL(request.url).searchParams);
  const format = parametres.format === "xlsx" ? "xlsx" : "csv";
  const { contenu, nom } = await exporterConventions(contexte, schemaFiltresConventions.parse(parametres), format);
  return new Response(new Uint8Array(contenu), {
    headers: {
      "Content-Type": format === "xlsx" ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${nom}"`,
      "Cache-Control": "no-store",
    },
  });
}
