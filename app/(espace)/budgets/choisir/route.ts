import { NextResponse } from "next/server";

/** Le sélecteur envoie « programme|exercice » ; on redirige vers l'URL partageable correspondante. */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const [programme = "", exercice = ""] = (url.searchParams.get("choix") ?? "").split("|");
  const cible = new URL("/budgets", url.origin);
  if (programme) cible.searchParams.set("programme", programme);
  if (exercice) cible.searchParams.set("exercice", exercice);
  if (url.searchParams.get("comparer") === "1") cible.searchParams.set("comparer", "1");
  // adresse relative : derrière un mandataire, l'origine vue par le serveur (localhost:port) n'est pas celle du navigateur
  return new NextResponse(null, { status: 303, headers: { Location: `${cible.pathname}${cible.search}` } });
}
