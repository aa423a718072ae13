import { contextePage } from "@/lib/pages";
import { schemaSelectionTableau } from "@/lib/budgets/queries/tableau-financier";
import { exporterTableau } from "@/lib/budgets/queries/exporter-tableau";
import { ErreurIntrouvable } from "@/lib/errors";
import { journaliserRefus } from "@/lib/audit/refus";

export const dynamic = "force-dynamic";

/** /budgets/export?programme=…&exercice=2019&format=csv|xlsx */
export async function GET(request: Request) {
  const contexte = await contextePage("budgets:lire");
  const parametres = Object.fromEntries(new URL(request.url).searchParams);
  const { programme, exercice } = schemaSelectionTableau.parse(parametres);
  if (!programme || !exercice) return new Response("Programme et exercice requis.", { status: 400 });
  const format = parametres.format === "xlsx" ? "xlsx" : "csv";
  let fichier: { contenu: Buffer; nom: string };
  try {
    fichier = await exporterTableau(contexte, programme, exercice, format);
  } catch (e) {
    if (!(e instanceof ErreurIntrouvable)) throw e;
    await journaliserRefus(contexte.acteur, { motif: "introuvable", entite: e.entite });
    return new Response("Programme introuvable.", { status: 404 });
  }
  const { contenu, nom } = fichier;
  return new Response(new Uint8Array(contenu), {
    headers: {
      "Content-Type": format === "xlsx" ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${nom}"`,
      "Cache-Control": "no-store",
    },
  });
}
