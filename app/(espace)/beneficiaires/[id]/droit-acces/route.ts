import { contextePage, ou404 } from "@/lib/pages";
import { donneesDroitAcces } from "@/lib/rgpd/droit-acces";
import { pdfDroitAcces } from "@/lib/rgpd/pdf-droit-acces";

export const dynamic = "force-dynamic";

/** Droit d'accès RGPD : /beneficiaires/<id>/droit-acces?format=pdf|json — audité, hors périmètre = 404. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const contexte = await contextePage("donnees-personnelles:exporter");
  const format = new URL(request.url).searchParams.get("format") === "json" ? "json" : "pdf";
  const donnees = await ou404(donneesDroitAcces(contexte, id, format));
  const jour = donnees.produitLe.slice(0, 10);
  const entetes = { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" };
  if (format === "json") {
    return new Response(JSON.stringify(donnees, null, 2), {
      headers: { ...entetes, "Content-Type": "application/json; charset=utf-8", "Content-Disposition": `attachment; filename="droit-acces-${id}-${jour}.json"` },
    });
  }
  const pdf = await pdfDroitAcces(donnees);
  return new Response(new Uint8Array(pdf), {
    headers: { ...entetes, "Content-Type": "application/pdf", "Content-Disposition": `attachment; filename="droit-acces-${id}-${jour}.pdf"` },
  });
}
