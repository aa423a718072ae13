import { contextePage } from "@/lib/pages";
import { exporterTableauDD } from "@/lib/droits-devoirs/queries/exporter-tableau-dd";
import { schemaFiltresTableauDD } from "@/lib/droits-devoirs/queries/tableau-droits-devoirs";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const contexte = await contextePage("tableaux-de-bord:lire");
  const parametres = Object.fromEntries(new URL(request.url).searchParams);
  const format = parametres.format === "xlsx" ? "xlsx" : "csv";
  const { contenu, nom } = await exporterTableauDD(contexte, schemaFiltresTableauDD.parse(parametres), format);
  return new Response(new Uint8Array(contenu), {
    headers: {
      "Content-Type": format === "xlsx" ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${nom}"`,
      "Cache-Control": "no-store",
    },
  });
}
