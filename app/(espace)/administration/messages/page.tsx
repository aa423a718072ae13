import type { Metadata } from "next";
import { contextePage } from "@/lib/pages";
import { listerMessages } from "@/lib/droits-devoirs/queries/lister-messages";
import { schemaPage } from "@/lib/pagination";
import { LIBELLES_STATUT_MESSAGE } from "@/lib/droits-devoirs/libelles";
import { formaterDateHeure, formaterNombre } from "@/lib/format";
import { EnTetePage } from "@/components/ui/en-tete-page";
import { Tableau, Td, Th } from "@/components/ui/tableau";
import { Pagination } from "@/components/ui/pagination";

export const metadata: Metadata = { title: "Messages envoyés" };

export default async function PageMessages({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const page = schemaPage.parse((await searchParams).page);
  const { page: p, parStatut } = await listerMessages(await contextePage("messages:lire"), page);
  return (
    <>
      <EnTetePage
        titre="Boîte d'envoi"
        sousTitre={`Courriels et SMS adressés aux personnes. Sans serveur SMTP configuré (SMTP_URL), les courriels restent ici ; les SMS y restent toujours. ${Object.entries(parStatut).map(([s, n]) => `${LIBELLES_STATUT_MESSAGE[s as keyof typeof LIBELLES_STATUT_MESSAGE]} : ${formaterNombre(n)}`).join(" · ")}`}
      />
      {p.total ? (
        <Tableau legende="Messages de la boîte d'envoi">
          <thead><tr><Th>Créé le</Th><Th>Canal</Th><Th>Destinataire</Th><Th>Objet et texte</Th><Th>Statut</Th></tr></thead>
          <tbody>
            {p.lignes.map((m) => (
              <tr key={m.id}>
                <Td>{formaterDateHeure(m.creeLe)}</Td>
                <Td>{m.canal === "SMS" ? "SMS" : "Courriel"}</Td>
                <Td>{m.destinataire}</Td>
                <Td><details><summary className="cursor-pointer underline">{m.objet}</summary><p className="whitespace-pre-line">{m.corps}</p></details></Td>
                <Td>{LIBELLES_STATUT_MESSAGE[m.statut]}{m.envoyeLe ? ` le ${formaterDateHeure(m.envoyeLe)}` : ""}{m.erreur ? <span className="block text-xs">{m.erreur}</span> : null}</Td>
              </tr>
            ))}
          </tbody>
        </Tableau>
      ) : (
        <p>Aucun message.</p>
      )}
      <Pagination page={p.page} nombrePages={p.nombrePages} total={p.total} chemin="/administration/messages" parametres={{}} />
    </>
  );
}
