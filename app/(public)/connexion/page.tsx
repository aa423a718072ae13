import type { Metadata } from "next";
import { FormulaireConnexion } from "@/components/connexion/formulaire-connexion";
import { Alerte } from "@/components/ui/alerte";
import { proConnectActive } from "@/lib/auth";

export const metadata: Metadata = { title: "Connexion" };
export const dynamic = "force-dynamic";

const MESSAGES: Record<string, { type: "info" | "erreur"; texte: string }> = {
  "session-expiree": { type: "info", texte: "Votre session a expiré. Reconnectez-vous pour continuer : vous reviendrez sur la page demandée." },
  deconnexion: { type: "info", texte: "Vous êtes déconnecté(e)." },
  "mot-de-passe-defini": { type: "info", texte: "Votre mot de passe est enregistré. Connectez-vous avec celui-ci." },
  "compte-inconnu": { type: "erreur", texte: "Aucun compte actif ne correspond à votre identité ProConnect. Contactez l'administrateur fonctionnel." },
};

export default async function PageConnexion({ searchParams }: { searchParams: Promise<{ motif?: string; retour?: string }> }) {
  const { motif, retour } = await searchParams;
  const message = motif ? MESSAGES[motif] : undefined;
  return (
    <main id="contenu" className="mx-auto mt-16 max-w-md px-4">
      <div className="rounded border border-gray-300 bg-white p-8 shadow-sm">
        <p className="text-sm font-semibold uppercase tracking-wide text-marque-700">Pilote Insertion</p>
        <h1 className="mb-6 text-2xl font-bold text-marque-800">Connexion</h1>
        {message ? (
          <div className="mb-4">
            <Alerte type={message.type}>{message.texte}</Alerte>
          </div>
        ) : null}
        <FormulaireConnexion retour={retour ?? ""} proConnect={proConnectActive} />
      </div>
    </main>
  );
}
