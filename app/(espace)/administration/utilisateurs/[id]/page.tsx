import type { Metadata } from "next";
import { contextePage, ou404 } from "@/lib/pages";
import { choixPerimetre, detailCompte } from "@/lib/administration/queries/compte";
import { fermerSessionsAction, genererLienAction, modifierCompteAction, retirerSecondFacteurAction } from "@/lib/administration/actions";
import { LIBELLES_ROLES } from "@/lib/authz/acteur";
import { formaterDateHeure } from "@/lib/format";
import { EnTetePage } from "@/components/ui/en-tete-page";
import { FormulaireCompte } from "@/components/administration/formulaire-compte";
import { ActionCompte } from "@/components/administration/action-compte";

export const metadata: Metadata = { title: "Compte" };

const ROLES = Object.entries(LIBELLES_ROLES).map(([valeur, libelle]) => ({ valeur, libelle }));

export default async function PageCompte({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const contexte = await contextePage("utilisateurs:gerer");
  const [compte, { territoires, structures }] = await Promise.all([ou404(detailCompte(contexte, id)), choixPerimetre(contexte)]);
  const estSoiMeme = compte.id === contexte.acteur.id;
  return (
    <>
      <EnTetePage titre={`${compte.prenom} ${compte.nom}`} sousTitre={`${compte.courriel} · ${LIBELLES_ROLES[compte.role]} · ${compte.actif ? "actif" : "désactivé"}`} />
      <div className="grid gap-8 lg:grid-cols-3">
        <section aria-labelledby="titre-role" className="lg:col-span-2">
          <h2 id="titre-role" className="mb-4 text-lg font-semibold">
            Rôle et périmètre
          </h2>
          <FormulaireCompte
            action={modifierCompteAction}
            initiales={{
              id: compte.id,
              courriel: compte.courriel,
              nom: compte.nom,
              prenom: compte.prenom,
              role: compte.role,
              territoireId: compte.territoireId ?? "",
              structureId: compte.structureId ?? "",
              actif: compte.actif ? "on" : "",
            }}
            roles={ROLES}
            territoires={territoires}
            structures={structures}
            estSoiMeme={estSoiMeme}
          />
        </section>
        <section aria-labelledby="titre-acces" className="space-y-6">
          <h2 id="titre-acces" className="text-lg font-semibold">
            Accès
          </h2>
          <dl className="grid grid-cols-2 gap-x-4 gap-y-2 text-sm">
            <dt className="font-medium">Dernière connexion</dt>
            <dd>{formaterDateHeure(compte.derniereConnexion)}</dd>
            <dt className="font-medium">Sessions ouvertes</dt>
            <dd>{compte.sessionsOuvertes}</dd>
            <dt className="font-medium">Mot de passe</dt>
            <dd>{compte.aUnMotDePasse ? "défini" : "pas encore défini"}</dd>
            <dt className="font-medium">Double authentification</dt>
            <dd>{compte.secondFacteurActifDepuis ? `activée le ${formaterDateHeure(compte.secondFacteurActifDepuis)}` : "non configurée"}</dd>
            <dt className="font-medium">Dernier lien envoyé</dt>
            <dd>
              {compte.dernierLien
                ? `${formaterDateHeure(compte.dernierLien.creeLe)} — ${compte.dernierLien.utiliseLe ? "utilisé" : compte.dernierLien.expireLe < new Date() ? "expiré" : "en attente"}`
                : "—"}
            </dd>
          </dl>
          {compte.actif ? (
            <ActionCompte action={genererLienAction} id={compte.id} libelle="Créer un lien de réinitialisation du mot de passe" variante="primaire" />
          ) : null}
          {!estSoiMeme && compte.sessionsOuvertes > 0 ? (
            <ActionCompte action={fermerSessionsAction} id={compte.id} libelle="Fermer toutes ses sessions" confirmation="Fermer toutes les sessions ouvertes de ce compte ?" />
          ) : null}
          {!estSoiMeme && compte.secondFacteurActifDepuis ? (
            <ActionCompte
              action={retirerSecondFacteurAction}
              id={compte.id}
              libelle="Retirer la double authentification"
              variante="danger"
              confirmation="Retirer la double authentification (téléphone perdu) ? La personne devra la configurer de nouveau."
            />
          ) : null}
        </section>
      </div>
    </>
  );
}
