import { contextePage } from "@/lib/pages";
import { schemaFiltresPrescriptions } from "@/lib/prescriptions/queries/prescriptions-operateur";
import { exporterPrescriptions } from "@/lib/prescriptions/queries/exporter-prescriptions";

export const dynamic = "force-dynamic";

/** Export de la liste filtrée : /prescriptions/export?format=csv|xlsx&…filtres. */
export async function GET(request: Request) {
  const contexte = await contextePage("prescriptions:lire");
  const parametres = Object.fromEntries(new URL(request.url).searchParams);
  const format = parametres.format === "xlsx" ? "xlsx" : "csv";
  const { contenu, nom } = await exporterPrescriptions(contexte, schemaFiltresPrescriptions.parse(parametres), format);
  return new Response(new Uint8Array(contenu), {
    headers: {
      "Content-Type": format === "xlsx" ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${nom}"`,
      "Cache-Control": "no-store",
    },
  });
}
