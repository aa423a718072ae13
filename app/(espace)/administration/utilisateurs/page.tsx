import type { Metadata } from "next";
import Link from "@/components/ui/lien";
import { contextePage } from "@/lib/pages";
import { listerUtilisateurs } from "@/lib/administration/queries/lister-utilisateurs";
import { LIBELLES_ROLES } from "@/lib/authz/acteur";
import { formaterDateHeure } from "@/lib/format";
import { EnTetePage } from "@/components/ui/en-tete-page";
import { LienBouton } from "@/components/ui/bouton";
import { Tableau, Td, Th } from "@/components/ui/tableau";

export const metadata: Metadata = { title: "Utilisateurs" };

export default async function PageUtilisateurs() {
  const utilisateurs = await listerUtilisateurs(await contextePage("utilisateurs:gerer"));
  return (
    <>
      <EnTetePage
        titre="Utilisateurs"
        sousTitre="Comptes du département, avec leur rôle et leur périmètre."
        actions={
          <>
            <LienBouton href="/administration/securite" variante="secondaire">
              Sécurité et conservation
            </LienBouton>
            <LienBouton href="/administration/utilisateurs/nouveau">Nouveau compte</LienBouton>
          </>
        }
      />
      <Tableau legende="Utilisateurs du département">
        <thead>
          <tr>
            <Th>Nom</Th>
            <Th>Courriel</Th>
            <Th>Rôle</Th>
            <Th>Périmètre</Th>
            <Th>Dernière connexion</Th>
            <Th>Double authentification</Th>
            <Th>État</Th>
          </tr>
        </thead>
        <tbody>
          {utilisateurs.map((u) => (
            <tr key={u.id}>
              <Td>
                <Link href={`/administration/utilisateurs/${u.id}`} className="font-medium text-marque-700 underline">
                  {u.prenom} {u.nom}
                </Link>
              </Td>
              <Td>{u.courriel}</Td>
              <Td>{LIBELLES_ROLES[u.role]}</Td>
              <Td>{[u.territoire?.nom, u.structure?.nom].filter(Boolean).join(" · ") || "Département"}</Td>
              <Td>{formaterDateHeure(u.derniereConnexion)}</Td>
              <Td>{u.secondFacteur ? "Activée" : "—"}</Td>
              <Td>{u.actif ? "Actif" : "Désactivé"}</Td>
            </tr>
          ))}
        </tbody>
      </Tableau>
    </>
  );
}
