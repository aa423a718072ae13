import NextAuth from "next-auth";
import { NextResponse, type NextRequest } from "next/server";
import { authConfig, COOKIE_MARQUEUR_SESSION } from "@/lib/auth/config";
import { ENTETE_CHEMIN, ENTETES_FIXES, origineProConnect, politiqueDeContenu, tirerNonce } from "@/lib/securite/entetes";

// Le proxy renouvelle le cookie de session à chaque requête (expiration par inactivité) et renvoie
// vers la connexion sans session. Ce n'est qu'un confort : chaque page, action, requête et commande
// vérifie elle-même l'acteur et son périmètre. Il pose aussi la politique de contenu (CSP) à nonce.
const { auth } = NextAuth(authConfig);

const CHEMINS_PUBLICS = ["/connexion", "/api/auth"];
/** Corps accepté : 1 Mo, sauf le dépôt des fichiers d'allocataires (serverActions.bodySizeLimit, next.config.js). */
const TAILLE_MAX_CORPS = 1024 * 1024;
const TAILLE_MAX_IMPORT = 200 * 1024 * 1024;

function avecSecurite(req: NextRequest, construire: (entetes: Headers) => NextResponse): NextResponse {
  const nonce = tirerNonce();
  const csp = politiqueDeContenu(nonce, {
    developpement: process.env.NODE_ENV === "development",
    originesFormulaire: origineProConnect(process.env.PROCONNECT_ISSUER),
  });
  const entetes = new Headers(req.headers);
  entetes.set("x-nonce", nonce);
  entetes.set("Content-Security-Policy", csp);
  entetes.set(ENTETE_CHEMIN, req.nextUrl.pathname.slice(0, 300));
  const reponse = construire(entetes);
  reponse.headers.set("Content-Security-Policy", csp);
  for (const [cle, valeur] of Object.entries(ENTETES_FIXES)) reponse.headers.set(cle, valeur);
  return reponse;
}

export default auth((req) => {
  const chemin = req.nextUrl.pathname;
  // corps au-delà de la limite (1 Mo ; 200 Mo pour le dépôt des imports) : 413 ici, au lieu de l'erreur 500 de Next
  const limite = chemin === "/imports" || chemin.startsWith("/imports/") ? TAILLE_MAX_IMPORT : TAILLE_MAX_CORPS;
  if (Number(req.headers.get("content-length") ?? 0) > limite) {
    return new NextResponse(`Envoi trop volumineux : ${limite === TAILLE_MAX_CORPS ? "1 Mo" : "200 Mo"} au plus.`, { status: 413, headers: { "Content-Type": "text/plain; charset=utf-8", ...ENTETES_FIXES } });
  }
  // encodage « % » invalide (« /structures/%E0%A4%A ») : adresse refusée ici plutôt qu'une erreur 500 plus loin
  try {
    decodeURIComponent(chemin);
  } catch {
    return new NextResponse("Adresse invalide.", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8", ...ENTETES_FIXES } });
  }
  return avecSecurite(req, (entetes) => {
    if (CHEMINS_PUBLICS.some((p) => chemin === p || chemin.startsWith(`${p}/`))) return NextResponse.next({ request: { headers: entetes } });
    if (req.auth) return NextResponse.next({ request: { headers: entetes } });

    const url = new URL("/connexion", req.nextUrl.origin);
    const avaitUneSession = req.cookies.has(COOKIE_MARQUEUR_SESSION);
    if (avaitUneSession) url.searchParams.set("motif", "session-expiree");
    if (chemin !== "/") url.searchParams.set("retour", chemin + req.nextUrl.search);
    const reponse = NextResponse.redirect(url);
    if (avaitUneSession) reponse.cookies.delete(COOKIE_MARQUEUR_SESSION);
    return reponse;
  });
});

export const config = {
  matcher: [
    // les fichiers statiques et les préchargements n'ont pas besoin d'un nonce
    {
      source: "/((?!_next/static|_next/image|favicon.ico|.*\\.(?:png|svg|ico|woff2?)$).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
