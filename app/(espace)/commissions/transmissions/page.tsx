import type { Metadata } from "next";
import Link from "@/components/ui/lien";
import { contextePage } from "@/lib/pages";
import { pageTransmissions } from "@/lib/droits-devoirs/queries/page-transmissions";
import { formaterDate, formaterDateHeure, formaterNombre } from "@/lib/format";
import { EnTetePage } from "@/components/ui/en-tete-page";
import { Tableau, Td, Th } from "@/components/ui/tableau";
import { FormulaireTransmission } from "@/components/droits-devoirs/formulaires-commission";

export const metadata: Metadata = { title: "Fichiers CAF / MSA" };

export default async function PageTransmissions() {
  const { transmissions, enAttente } = await pageTransmissions(await contextePage("transmissions:generer"));
  return (
    <>
      <nav aria-label="Fil d'Ariane" className="no-print mb-2 text-sm"><Link href="/commissions" className="underline">Commissions</Link></nav>
      <EnTetePage titre="Décisions à transmettre à la CAF / MSA" sousTitre="Un fichier CSV par jour : personne, NUMDEMRSA (numéro d'allocataire), décision, part, période." />
      <div className="grid gap-8 lg:grid-cols-[1fr_22rem]">
        <div className="min-w-0 space-y-6">
          <section aria-labelledby="titre-attente" className="space-y-2">
            <h2 id="titre-attente" className="text-lg font-semibold text-marque-800">Décisions pas encore transmises</h2>
            {enAttente.length ? (
              <ul className="list-disc pl-6">{enAttente.map((j) => <li key={j.jour.toISOString()}>{formaterDate(j.jour)} : {formaterNombre(j.nb)} décision(s)</li>)}</ul>
            ) : (
              <p>Toutes les décisions ont été transmises.</p>
            )}
          </section>
          <section aria-labelledby="titre-fichiers" className="space-y-2">
            <h2 id="titre-fichiers" className="text-lg font-semibold text-marque-800">Fichiers produits</h2>
            {transmissions.length ? (
              <Tableau legende="Fichiers de décisions transmis">
                <thead><tr><Th>Jour des décisions</Th><Th>Décisions</Th><Th>Produit le</Th><Th>Fichier</Th></tr></thead>
                <tbody>
                  {transmissions.map((t) => (
                    <tr key={t.id}><Td>{formaterDate(t.jour)}</Td><Td>{formaterNombre(t.nbDecisions)}</Td><Td>{formaterDateHeure(t.creeLe)}</Td><Td><a className="underline" href={`/commissions/transmissions/${t.id}`}>Télécharger le CSV du {formaterDate(t.jour)}</a></Td></tr>
                  ))}
                </tbody>
              </Tableau>
            ) : (
              <p>Aucun fichier produit.</p>
            )}
          </section>
        </div>
        <aside><FormulaireTransmission /></aside>
      </div>
    </>
  );
}
