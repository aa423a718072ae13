import type { Metadata } from "next";
import Link from "@/components/ui/lien";
import { pageMonCompte } from "@/lib/auth/queries/mon-compte";
import { changerMotDePasseAction, confirmerSecondFacteurAction, desactiverSecondFacteurAction } from "@/lib/auth/actions-compte";
import { formaterDateHeure } from "@/lib/format";
import { Alerte } from "@/components/ui/alerte";
import { EnTetePage } from "@/components/ui/en-tete-page";
import { FormulaireMotDePasse } from "@/components/compte/formulaire-mot-de-passe";
import { FormulaireConfirmationTotp, FormulaireDesactivationTotp } from "@/components/compte/formulaires-totp";

export const metadata: Metadata = { title: "Mon compte — sécurité" };

export default async function PageSecuriteCompte({ searchParams }: { searchParams: Promise<{ active?: string; desactive?: string }> }) {
  const { active, desactive } = await searchParams;
  const { acteur, courriel, totpAConfigurer, totp } = await pageMonCompte();
  return (
    <>
      <EnTetePage titre="Mon compte — sécurité" sousTitre={`${acteur.nomComplet} · ${courriel}`} />
      <div className="space-y-10">
        {totpAConfigurer ? (
          <Alerte type="info" titre="Double authentification exigée">
            Votre département exige un code à usage unique pour votre rôle. Configurez-le pour accéder à l&apos;application.
          </Alerte>
        ) : (
          <p>
            <Link href="/" className="text-marque-700 underline">
              Revenir à l&apos;accueil
            </Link>
          </p>
        )}
        {active ? <Alerte type="succes">Double authentification activée : le code vous sera demandé à chaque connexion.</Alerte> : null}
        {desactive ? <Alerte type="succes">Double authentification désactivée.</Alerte> : null}

        <section aria-labelledby="titre-totp" className="space-y-4">
          <h2 id="titre-totp" className="text-lg font-semibold">
            Double authentification (code à usage unique)
          </h2>
          {totp.actif ? (
            <>
              <p>Activée le {formaterDateHeure(totp.actifDepuis)}. Un code de votre application vous est demandé à chaque connexion.</p>
              {totp.exige ? <p className="text-sm text-gray-700">Elle est exigée pour votre rôle et ne peut pas être désactivée.</p> : <FormulaireDesactivationTotp action={desactiverSecondFacteurAction} />}
            </>
          ) : (
            <>
              <ol className="list-decimal space-y-2 pl-6">
                <li>Ouvrez une application d&apos;authentification (FreeOTP, Aegis, Google Authenticator, 2FAS…).</li>
                <li>
                  Ajoutez un compte en saisissant cette clé :{" "}
                  <code className="break-all rounded bg-gray-100 px-2 py-1 font-mono text-base" data-testid="cle-totp">
                    {totp.secretEnAttente}
                  </code>{" "}
                  (type « basé sur le temps », 6 chiffres, 30 secondes).
                </li>
                <li>
                  Ou utilisez l&apos;adresse : <code className="break-all text-sm">{totp.adresse}</code>
                </li>
                <li>Saisissez le code qu&apos;elle affiche.</li>
              </ol>
              <FormulaireConfirmationTotp action={confirmerSecondFacteurAction} />
            </>
          )}
        </section>

        {!totpAConfigurer ? (
          <section aria-labelledby="titre-mdp" className="space-y-4">
            <h2 id="titre-mdp" className="text-lg font-semibold">
              Changer mon mot de passe
            </h2>
            <p className="text-sm text-gray-700">Vos autres sessions ouvertes (autres postes, autres navigateurs) seront fermées.</p>
            <FormulaireMotDePasse action={changerMotDePasseAction} demanderActuel courriel={courriel} />
          </section>
        ) : null}
      </div>
    </>
  );
}
