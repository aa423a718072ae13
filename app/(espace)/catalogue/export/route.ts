import { contextePage } from "@/lib/pages";
import { schemaFiltresCatalogue } from "@/lib/catalogue/schemas";
import { exporterActions } from "@/lib/catalogue/queries/exporter-actions";

export const dynamic = "force-dynamic";

/** Export du résultat filtré : /catalogue/export?format=csv|xlsx&…filtres de la recherche. */
export async function GET(request: Request) {
  const contexte = await contextePage("catalogue:lire");
  const parametres = Object.fromEntries(new URL(request.url).searchParams);
  const format = parametres.format === "xlsx" ? "xlsx" : "csv";
  const { contenu, nom } = await exporterActions(contexte, schemaFiltresCatalogue.parse(parametres), format);
  return new Response(new Uint8Array(contenu), {
    headers: {
      "Content-Type": format === "xlsx" ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${nom}"`,
      "Cache-Control": "no-store",
    },
  });
}
