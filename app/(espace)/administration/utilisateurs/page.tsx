import type { Metadata } from "next";
import { contextePage } from "@/lib/pages";
import { listerUtilisateurs } from "@/lib/administration/queries/lister-utilisateurs";
import { LIBELLES_ROLES } from "@/lib/authz/acteur";
import { formaterDateHeure } from "@/lib/format";
import { EnTetePage } from "@/components/ui/en-tete-page";
import { Tableau, Td, Th } from "@/components/ui/tableau";

export const metadata: Metadata = { title: "Utilisateurs" };

export default async function PageUtilisateurs() {
  const utilisateurs = await listerUtilisateurs(await contextePage("utilisateurs:gerer"));
  return (
    <>
      <EnTetePage titre="Utilisateurs" sousTitre="Comptes du département, avec leur rôle et leur périmètre." />
      <Tableau legende="Utilisateurs du département">
        <thead>
          <tr>
            <Th>Nom</Th>
            <Th>Courriel</Th>
            <Th>Rôle</Th>
            <Th>Périmètre</Th>
            <Th>Dernière connexion</Th>
            <Th>État</Th>
          </tr>
        </thead>
        <tbody>
          {utilisateurs.map((u) => (
            <tr key={u.id}>
              <Td>
                {u.prenom} {u.nom}
              </Td>
              <Td>{u.courriel}</Td>
              <Td>{LIBELLES_ROLES[u.role]}</Td>
              <Td>{[u.territoire?.nom, u.structure?.nom].filter(Boolean).join(" · ") || "Département"}</Td>
              <Td>{formaterDateHeure(u.derniereConnexion)}</Td>
              <Td>{u.actif ? "Actif" : "Désactivé"}</Td>
            </tr>
          ))}
        </tbody>
      </Tableau>
    </>
  );
}
