import type { Metadata } from "next";
import Link from "@/components/ui/lien";
import { contextePage, ou404 } from "@/lib/pages";
import { pageSession } from "@/lib/droits-devoirs/queries/page-session";
import { LIBELLES_INSTANCE, LIBELLES_MOTIF, LIBELLES_STATUT_SITUATION } from "@/lib/droits-devoirs/domain/instruction";
import { LIBELLES_DECISION } from "@/lib/droits-devoirs/domain/bareme";
import { formaterDate, formaterDateHeure } from "@/lib/format";
import { EnTetePage } from "@/components/ui/en-tete-page";
import { Tableau, Td, Th } from "@/components/ui/tableau";
import { FormulaireInscription } from "@/components/droits-devoirs/formulaires-commission";

export const metadata: Metadata = { title: "Session" };

export default async function PageSession({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { session: s, candidates } = await ou404(pageSession(await contextePage("commissions:instruire"), id));
  return (
    <>
      <nav aria-label="Fil d'Ariane" className="no-print mb-2 text-sm"><Link href="/commissions" className="underline">Commissions</Link></nav>
      <EnTetePage titre={`${LIBELLES_INSTANCE[s.type]}${s.territoire ? ` — ${s.territoire.nom}` : ""}`} sousTitre={`Séance du ${formaterDateHeure(s.date)}${s.lieu ? ` · ${s.lieu}` : ""}`} />
      <div className="grid gap-8 lg:grid-cols-[1fr_22rem]">
        <div className="min-w-0 space-y-6">
          <section aria-labelledby="titre-membres">
            <h2 id="titre-membres" className="text-lg font-semibold text-marque-800">Composition</h2>
            <ul className="list-disc pl-6">{s.membres.split("\n").filter(Boolean).map((m) => <li key={m}>{m}</li>)}</ul>
          </section>
          <section aria-labelledby="titre-odj" className="space-y-2">
            <h2 id="titre-odj" className="text-lg font-semibold text-marque-800">Ordre du jour</h2>
            {s.situations.length ? (
              <Tableau legende="Situations inscrites à l'ordre du jour">
                <thead><tr><Th>Personne</Th><Th>Motif</Th><Th>Observations jusqu&apos;au</Th><Th>État</Th></tr></thead>
                <tbody>
                  {s.situations.map((x) => (
                    <tr key={x.id}>
                      <Td><Link className="underline" href={`/commissions/situations/${x.id}`}>{x.personne.nom.toUpperCase()} {x.personne.prenom}</Link></Td>
                      <Td>{LIBELLES_MOTIF[x.motif]}</Td>
                      <Td>{formaterDate(x.dateLimiteObservations)}</Td>
                      <Td>{x.decision ? LIBELLES_DECISION[x.decision.type] : LIBELLES_STATUT_SITUATION[x.statut]}</Td>
                    </tr>
                  ))}
                </tbody>
              </Tableau>
            ) : (
              <p>Aucune situation inscrite : ajoutez-en une avec le formulaire.</p>
            )}
          </section>
        </div>
        <aside>
          <FormulaireInscription sessionId={s.id} situations={candidates.map((c) => ({ valeur: c.id, libelle: `${c.personne.nom.toUpperCase()} ${c.personne.prenom} — ${LIBELLES_MOTIF[c.motif]} (${formaterDate(c.detecteeLe)})` }))} />
        </aside>
      </div>
    </>
  );
}
