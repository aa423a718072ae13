import { notFound } from "next/navigation";
import { contextePage } from "@/lib/pages";
import { avancementImport } from "@/lib/imports/queries/imports";
import { ErreurIntrouvable } from "@/lib/errors";

export const dynamic = "force-dynamic";

/** Avancement d'un import (JSON), interrogé par la barre de progression. */
export async function GET(_requete: Request, { params }: { params: Promise<{ id: string }> }) {
  const contexte = await contextePage("imports:gerer");
  const { id } = await params;
  try {
    return Response.json(await avancementImport(contexte, id), { headers: { "Cache-Control": "no-store" } });
  } catch (e) {
    if (e instanceof ErreurIntrouvable) notFound();
    throw e;
  }
}
