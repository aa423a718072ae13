import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { authConfig, COOKIE_MARQUEUR_SESSION } from "@/lib/auth/config";

// Le proxy renouvelle le cookie de session à chaque requête (expiration par inactivité) et renvoie
// vers la connexion sans session. Ce n'est qu'un confort : chaque page, action, requête et commande
// vérifie elle-même l'acteur et son périmètre.
const { auth } = NextAuth(authConfig);

const CHEMINS_PUBLICS = ["/connexion", "/api/auth"];

export default auth((req) => {
  const chemin = req.nextUrl.pathname;
  if (CHEMINS_PUBLICS.some((p) => chemin === p || chemin.startsWith(`${p}/`))) return NextResponse.next();
  if (req.auth) return NextResponse.next();

  const url = new URL("/connexion", req.nextUrl.origin);
  const avaitUneSession = req.cookies.has(COOKIE_MARQUEUR_SESSION);
  if (avaitUneSession) url.searchParams.set("motif", "session-expiree");
  if (chemin !== "/") url.searchParams.set("retour", chemin + req.nextUrl.search);
  const reponse = NextResponse.redirect(url);
  if (avaitUneSession) reponse.cookies.delete(COOKIE_MARQUEUR_SESSION);
  return reponse;
});

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|.*\\.(?:png|svg|ico|woff2?)$).*)"],
};
