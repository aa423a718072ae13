import { contextePage } from "@/lib/pages";
import { fichierTransmission } from "@/lib/droits-devoirs/queries/page-transmissions";
import { ErreurIntrouvable, ErreurPermission } from "@/lib/errors";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  try {
    const t = await fichierTransmission(await contextePage(), id);
    return new Response(`\ufeff${t.contenu}`, {
      headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="decisions-rsa-${t.jour.toISOString().slice(0, 10)}.csv"`, "Cache-Control": "no-store" },
    });
  } catch (e) {
    if (e instanceof ErreurIntrouvable || e instanceof ErreurPermission) return new Response("Introuvable", { status: 404 });
    throw e;
  }
}
