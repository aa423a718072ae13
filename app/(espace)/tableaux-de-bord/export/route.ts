import { contextePage } from "@/lib/pages";
import { schemaFiltresTableau } from "@/lib/tableaux-de-bord/queries/tableau-de-bord";
import { exporterTableauDeBord } from "@/lib/tableaux-de-bord/queries/exporter-tableau-de-bord";
import { ErreurIntrouvable } from "@/lib/errors";
import { journaliserRefus } from "@/lib/audit/refus";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const contexte = await contextePage("tableaux-de-bord:lire");
  const parametres = Object.fromEntries(new URL(request.url).searchParams);
  const format = parametres.format === "xlsx" ? "xlsx" : "csv";
  try {
    const { contenu, nom } = await exporterTableauDeBord(contexte, schemaFiltresTableau.parse(parametres), format);
    return new Response(new Uint8Array(contenu), {
      headers: {
        "Content-Type": format === "xlsx" ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${nom}"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (e) {
    if (e instanceof ErreurIntrouvable) await journaliserRefus(contexte.acteur, { motif: "introuvable", entite: e.entite });
    if (e instanceof ErreurIntrouvable) return new Response("Territoire introuvable.", { status: 404 });
    throw e;
  }
}
