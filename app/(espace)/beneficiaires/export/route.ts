import { contextePage } from "@/lib/pages";
import { schemaFiltresFileActive } from "@/lib/beneficiaires/queries/file-active";
import { exporterFileActive } from "@/lib/beneficiaires/queries/exporter-file-active";

export const dynamic = "force-dynamic";

/** Export de la liste filtrée : /beneficiaires/export?format=csv|xlsx&…filtres de la liste. */
export async function GET(request: Request) {
  const contexte = await contextePage("beneficiaires:lire");
  const parametres = Object.fromEntries(new URL(request.url).searchParams);
  const format = parametres.format === "xlsx" ? "xlsx" : "csv";
  const { contenu, nom } = await exporterFileActive(contexte, schemaFiltresFileActive.parse(parametres), format);
  return new Response(new Uint8Array(contenu), {
    headers: {
      "Content-Type": format === "xlsx" ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${nom}"`,
      "Cache-Control": "no-store",
    },
  });
}
