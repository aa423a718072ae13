import { contextePage } from "@/lib/pages";
import { obtenirCourrier } from "@/lib/droits-devoirs/queries/obtenir-courrier";
import { rendreCourrierPdf } from "@/lib/droits-devoirs/courriers/pdf";
import { ErreurIntrouvable, ErreurPermission } from "@/lib/errors";

export const dynamic = "force-dynamic";

/** Le courrier en PDF (contenu figé à l'émission) ; hors périmètre : 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const contexte = await contextePage();
  try {
    const c = await obtenirCourrier(contexte, id);
    const pdf = await rendreCourrierPdf(c.contenu);
    return new Response(new Uint8Array(pdf), {
      headers: { "Content-Type": "application/pdf", "Content-Disposition": `inline; filename="courrier-${c.type.toLowerCase()}-${c.id}.pdf"`, "Cache-Control": "no-store" },
    });
  } catch (e) {
    if (e instanceof ErreurIntrouvable || e instanceof ErreurPermission) return new Response("Introuvable", { status: 404 });
    throw e;
  }
}
