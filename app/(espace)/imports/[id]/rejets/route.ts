import { notFound } from "next/navigation";
import { contextePage } from "@/lib/pages";
import { exporterRejets } from "@/lib/imports/queries/imports";
import { ErreurIntrouvable } from "@/lib/errors";

export const dynamic = "force-dynamic";

/** Rejets d'un import en CSV. */
export async function GET(_requete: Request, { params }: { params: Promise<{ id: string }> }) {
  const contexte = await contextePage("imports:gerer");
  const { id } = await params;
  try {
    const { nom, contenu } = await exporterRejets(contexte, id);
    return new Response(contenu, {
      headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${nom.replace(/[^\w.-]/g, "_")}"`, "Cache-Control": "no-store" },
    });
  } catch (e) {
    if (e instanceof ErreurIntrouvable) notFound();
    throw e;
  }
}
