import type { Metadata } from "next";
import Link from "@/components/ui/lien";
import { contextePage, ou404 } from "@/lib/pages";
import { pageRendezVous } from "@/lib/droits-devoirs/queries/page-rendez-vous";
import { LIBELLES_COURRIER, LIBELLES_MODALITE, LIBELLES_RESULTAT, LIBELLES_STATUT_MESSAGE, LIBELLES_TYPE_RDV } from "@/lib/droits-devoirs/libelles";
import { LIBELLES_MOTIF, LIBELLES_STATUT_SITUATION } from "@/lib/droits-devoirs/domain/instruction";
import { LIBELLES_DECISION } from "@/lib/droits-devoirs/domain/bareme";
import { formaterDate, formaterDateHeure, formaterEuros } from "@/lib/format";
import { EnTetePage } from "@/components/ui/en-tete-page";
import { Tableau, Td, Th } from "@/components/ui/tableau";
import { FormulaireRendezVous, FormulaireResultat, FormulaireSignalement } from "@/components/droits-devoirs/formulaires-dossier";

export const metadata: Metadata = { title: "Rendez-vous, droits et devoirs" };

function Section({ titre, id, children }: { titre: string; id: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`titre-${id}`} className="space-y-2">
      <h2 id={`titre-${id}`} className="text-lg font-semibold text-marque-800">{titre}</h2>
      {children}
    </section>
  );
}

export default async function PageDroitsDevoirs({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { personne: p, droits } = await ou404(pageRendezVous(await contextePage("beneficiaires:lire"), id));
  const maintenant = new Date();
  return (
    <>
      <nav aria-label="Fil d'Ariane" className="no-print mb-2 text-sm">
        <Link href="/beneficiaires" className="underline">Bénéficiaires</Link> › <Link href={`/beneficiaires/${p.id}`} className="underline">{p.nom.toUpperCase()} {p.prenom}</Link>
      </nav>
      <EnTetePage titre={`Rendez-vous, droits et devoirs — ${p.nom.toUpperCase()} ${p.prenom}`} sousTitre={`n° allocataire ${p.foyer.numeroAllocataire}`} />
      <div className="grid gap-8 lg:grid-cols-[1fr_22rem]">
        <div className="min-w-0 space-y-8">
          <Section titre="Rendez-vous" id="rendez-vous">
            {p.rendezVous.length ? (
              <Tableau legende="Rendez-vous">
                <thead><tr><Th>Date</Th><Th>Objet</Th><Th>Modalité</Th><Th>Avec</Th><Th>Résultat</Th></tr></thead>
                <tbody>
                  {p.rendezVous.map((r) => (
                    <tr key={r.id}>
                      <Td>{formaterDateHeure(r.debut)}</Td>
                      <Td>{LIBELLES_TYPE_RDV[r.type]}</Td>
                      <Td>{LIBELLES_MODALITE[r.modalite]}{r.lieu ? ` — ${r.lieu}` : ""}</Td>
                      <Td>{r.agent.prenom} {r.agent.nom}</Td>
                      <Td>
                        {r.resultat === "PREVU" && droits.rendezVous ? (r.debut <= maintenant ? <FormulaireResultat id={r.id} libelle={formaterDateHeure(r.debut)} /> : "Prévu") : LIBELLES_RESULTAT[r.resultat]}
                        {r.commentaire ? <span className="block text-xs text-gray-700">{r.commentaire}</span> : null}
                      </Td>
                    </tr>
                  ))}
                </tbody>
              </Tableau>
            ) : (
              <p>Aucun rendez-vous. Fixez-en un avec le formulaire : la convocation est émise en même temps.</p>
            )}
          </Section>

          <Section titre="Courriers" id="courriers">
            {p.courriersDD.length ? (
              <ul className="list-disc pl-6">{p.courriersDD.map((c) => <li key={c.id}><a className="underline" href={`/commissions/courriers/${c.id}`}>{LIBELLES_COURRIER[c.type]} du {formaterDate(c.creeLe)} (PDF)</a></li>)}</ul>
            ) : (
              <p>Aucun courrier.</p>
            )}
          </Section>

          <Section titre="Messages" id="messages">
            {p.messagesSortants.length ? (
              <Tableau legende="Courriels et SMS adressés à la personne">
                <thead><tr><Th>Date</Th><Th>Canal</Th><Th>Objet</Th><Th>Statut</Th></tr></thead>
                <tbody>
                  {p.messagesSortants.map((m) => (
                    <tr key={m.id}><Td>{formaterDateHeure(m.creeLe)}</Td><Td>{m.canal === "SMS" ? "SMS" : "Courriel"} à {m.destinataire}</Td><Td>{m.objet}</Td><Td>{LIBELLES_STATUT_MESSAGE[m.statut]}</Td></tr>
                  ))}
                </tbody>
              </Tableau>
            ) : (
              <p>Aucun message (renseignez le courriel ou le téléphone de la personne dans le formulaire de rendez-vous).</p>
            )}
          </Section>

          <Section titre="Situations examinées et décisions" id="situations">
            {p.situationsExamen.length ? (
              <Tableau legende="Situations examinées et décisions">
                <thead><tr><Th>Détectée le</Th><Th>Motif</Th><Th>État</Th><Th>Décision</Th></tr></thead>
                <tbody>
                  {p.situationsExamen.map((s) => (
                    <tr key={s.id}>
                      <Td><Link className="underline" href={`/commissions/situations/${s.id}`}>{formaterDate(s.detecteeLe)}</Link></Td>
                      <Td>{LIBELLES_MOTIF[s.motif]}</Td>
                      <Td>{LIBELLES_STATUT_SITUATION[s.statut]}</Td>
                      <Td>
                        {s.decision ? (
                          <>
                            {LIBELLES_DECISION[s.decision.type]}
                            {s.decision.pourcentage !== null ? ` ${s.decision.pourcentage} %` : ""}
                            {s.decision.dureeMois ? ` · ${s.decision.dureeMois} mois` : ""}
                            {s.decision.remobiliseeLe ? ` · remobilisée le ${formaterDate(s.decision.remobiliseeLe)} (${formaterEuros(s.decision.montantRestitueCentimes)} restitués)` : ""}
                            {s.decision.devenueDefinitiveLe ? " · devenue définitive" : ""}
                          </>
                        ) : "—"}
                      </Td>
                    </tr>
                  ))}
                </tbody>
              </Tableau>
            ) : (
              <p>Aucune situation examinée.</p>
            )}
          </Section>
        </div>
        <aside className="space-y-4">
          {droits.rendezVous ? <FormulaireRendezVous personneId={p.id} courriel={p.coordonnees?.courriel ?? ""} telephone={p.coordonnees?.telephone ?? ""} /> : null}
          {droits.signaler ? <FormulaireSignalement personneId={p.id} /> : null}
        </aside>
      </div>
    </>
  );
}
