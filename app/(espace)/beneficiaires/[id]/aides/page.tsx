import type { Metadata } from "next";
import Link from "@/components/ui/lien";
import { contextePage, ou404 } from "@/lib/pages";
import { aidesPersonne } from "@/lib/aides/queries/aides-personne";
import { LIBELLES_FONDS_COURTS, LIBELLES_STATUT_AIDE, libelleTypeAide, type StatutAide } from "@/lib/aides/domain/regles";
import { formaterDate, formaterEuros } from "@/lib/format";
import { EnTetePage } from "@/components/ui/en-tete-page";
import { Tableau, Td, Th } from "@/components/ui/tableau";
import { FormulaireDemandeAide } from "@/components/aides/formulaire-demande-aide";

export const metadata: Metadata = { title: "Aides financières de la personne" };

export default async function PageAidesPersonne({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { personne: p, contrat, fondsOuverts, peutDemander } = await ou404(aidesPersonne(await contextePage("aides:lire"), id));
  return (
    <>
      <nav aria-label="Fil d'Ariane" className="no-print mb-2 text-sm">
        <Link href="/beneficiaires" className="underline">Bénéficiaires</Link> › <Link href={`/beneficiaires/${p.id}`} className="underline">{p.prenom} {p.nom.toUpperCase()}</Link>
      </nav>
      <EnTetePage
        titre={`Aides financières — ${p.prenom} ${p.nom.toUpperCase()}`}
        sousTitre={`${p.foyer.territoire.nom} · ${contrat ? `contrat d'engagement du ${formaterDate(contrat.dateDebut)} au ${formaterDate(contrat.dateFin)}` : "aucun contrat d'engagement signé"}`}
      />
      <div className="space-y-6">
        {p.demandesAide.length ? (
          <Tableau legende="Demandes d'aide de la personne" legendeVisible>
            <thead><tr><Th>Demandée le</Th><Th>Fonds et type</Th><Th>Objet</Th><Th className="text-right">Demandé</Th><Th className="text-right">Accordé</Th><Th className="text-right">Versé</Th><Th>État</Th></tr></thead>
            <tbody>
              {p.demandesAide.map((a) => (
                <tr key={a.id}>
                  <Td><Link href={`/aides/${a.id}`} className="underline">{formaterDate(a.dateDemande)}</Link></Td>
                  <Td>{LIBELLES_FONDS_COURTS[a.fonds]}<span className="block text-xs text-gray-700">{libelleTypeAide(a.typeAide)}</span></Td>
                  <Td>{a.objet}</Td>
                  <Td className="text-right">{formaterEuros(a.montantDemandeCentimes)}</Td>
                  <Td className="text-right">{a.montantAccordeCentimes === null ? "—" : formaterEuros(a.montantAccordeCentimes)}</Td>
                  <Td className="text-right">{a.montantVerseCentimes === null ? "—" : formaterEuros(a.montantVerseCentimes)}</Td>
                  <Td>{LIBELLES_STATUT_AIDE[a.statut as StatutAide]}{a.motifDecision && a.statut !== "ACCORDEE" && a.statut !== "VERSEE" ? ` : ${a.motifDecision}` : ""}</Td>
                </tr>
              ))}
            </tbody>
          </Tableau>
        ) : (
          <p className="rounded border border-gray-300 bg-white p-4">Aucune demande d&apos;aide pour cette personne.</p>
        )}
        {peutDemander ? (
          fondsOuverts.length ? (
            <FormulaireDemandeAide personneId={p.id} fondsOuverts={fondsOuverts} aujourdhui={new Date().toISOString().slice(0, 10)} />
          ) : (
            <p className="rounded border border-gray-300 bg-white p-4">Aucune enveloppe d&apos;aide n&apos;est ouverte cette année sur le territoire de la personne.</p>
          )
        ) : null}
      </div>
    </>
  );
}
