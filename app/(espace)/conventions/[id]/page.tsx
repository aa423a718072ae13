import type { Metadata } from "next";
import Link from "@/components/ui/lien";
import { contextePage, ou404 } from "@/lib/pages";
import { obtenirConvention } from "@/lib/conventions/queries/obtenir-convention";
import { LIBELLES_STATUT } from "@/lib/conventions/domain/convention";
import { paiementProgrammable, STATUTS_PAIEMENT_MANDATABLE } from "@/lib/conventions/domain/mandatement";
import { LIBELLES_FINANCEUR, LIBELLES_TYPE_CONVENTION, LIBELLES_TYPE_PAIEMENT } from "@/lib/conventions/libelles";
import { libelleCapacite } from "@/lib/catalogue/domain/libelles";
import { formaterDate, formaterEuros, formaterNombre } from "@/lib/format";
import { EnTetePage } from "@/components/ui/en-tete-page";
import { LienBouton } from "@/components/ui/bouton";
import { Alerte } from "@/components/ui/alerte";
import { Tableau, Td, Th } from "@/components/ui/tableau";
import { ListeBilans } from "@/components/conventions/bilans";
import { bilanFinalEnRetard } from "@/lib/conventions/domain/cycle-bilan";
import { FormulaireAvenant, FormulaireMandatement, FormulairePaiement, FormulaireStatut } from "@/components/conventions/formulaires-convention";
import { resultatsPublies } from "@/lib/chiffres-publies/queries/resultats-publies";
import { ResultatsPublies } from "@/components/chiffres-publies/resultats-publies";

export const metadata: Metadata = { title: "Convention" };

function Section({ id, titre, children }: { id: string; titre: string; children: React.ReactNode }) {
  return (
    <section id={id} aria-labelledby={`titre-${id}`} className="space-y-3">
      <h2 id={`titre-${id}`} className="text-lg font-semibold text-marque-800">
        {titre}
      </h2>
      {children}
    </section>
  );
}

export default async function PageConvention({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ enregistre?: string; bilan?: string }> }) {
  const [{ id }, message] = await Promise.all([params, searchParams]);
  const contexte = await contextePage("conventions:lire");
  const { convention: c, montantCourant, programme, mandate, bilansPrecedents, droits, assiduite } = await ou404(obtenirConvention(contexte, id));
  const resultats = await resultatsPublies(contexte, { conventionId: c.id });
  // le formulaire de mandatement n'est proposé qu'une fois la convention signée
  const mandatable = (STATUTS_PAIEMENT_MANDATABLE as readonly string[]).includes(c.statut);
  const retardBilan = bilanFinalEnRetard(c.dateFin, c.bilans, new Date());
  const montant = (v: number | null) => (v === null ? "non communiqué" : formaterEuros(v));
  const resume: [string, React.ReactNode][] = [
    ["Titulaire", c.structure ? <Link className="underline" href={`/structures/${c.structure.id}`}>{c.structure.nom}</Link> : "—"],
    ["Type", `${LIBELLES_TYPE_CONVENTION[c.type]}${c.nature ? ` · ${c.nature === "NOUVELLE" ? "nouvelle" : "renouvellement"}` : ""}`],
    ["Période", `du ${formaterDate(c.dateDebut)} au ${formaterDate(c.dateFin)}`],
    ["Montant initial", montant(c.montantInitialCentimes === null ? null : Number(c.montantInitialCentimes))],
    ["Montant avec avenants", montant(montantCourant)],
    ["Paiements programmés", formaterEuros(programme)],
    ["Mandaté", formaterEuros(mandate)],
    ["Reste à programmer", montantCourant === null ? "—" : formaterEuros(montantCourant - programme)],
    ["Volume", c.volume !== null && c.uniteVolume ? libelleCapacite(c.volume, c.uniteVolume) : "—"],
    ["Commission permanente", c.cpDate ? `${formaterDate(c.cpDate)}${c.cpRapport ? `, rapport n° ${c.cpRapport}` : ""}` : "—"],
    ["Délibération", c.deliberation ?? "—"],
    ["Signature", formaterDate(c.dateSignature)],
    ["Programme", c.programme ? `${c.programme.intitule}${c.fiche ? ` · fiche ${c.fiche.code}` : ""}` : "—"],
    ["Observations", c.observations ?? "—"],
  ];
  const engagements = c.engagements.map((e) => ({ valeur: e.id, libelle: `${e.libelle} (${formaterEuros(e.montantCentimes)}, ${e.ligne.exercice})` }));
  return (
    <>
      <nav aria-label="Fil d'Ariane" className="no-print mb-2 text-sm">
        <Link href="/conventions" className="underline">
          Conventions
        </Link>
      </nav>
      <EnTetePage
        titre={c.objet}
        sousTitre={`${LIBELLES_STATUT[c.statut]} · ${montant(montantCourant)}`}
        actions={droits.saisirBilan ? <LienBouton href={`/conventions/${c.id}/bilan`}>Saisir un bilan</LienBouton> : null}
      />
      {message.enregistre ? <div className="mb-4"><Alerte type="succes">Convention enregistrée.</Alerte></div> : null}
      {message.bilan ? <div className="mb-4"><Alerte type="succes">Bilan enregistré.</Alerte></div> : null}
      <div className="grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="space-y-8">
          <dl className="grid grid-cols-1 gap-x-6 gap-y-2 rounded border border-gray-300 bg-white p-6 sm:grid-cols-[14rem_1fr]">
            {resume.map(([l, v]) => (
              <div key={l} className="contents">
                <dt className="font-medium text-gray-700">{l}</dt>
                <dd>{v}</dd>
              </div>
            ))}
          </dl>

          {c.actions.length ? (
            <Section id="actions" titre="Actions du catalogue">
              <ul className="list-disc pl-6">
                {c.actions.map(({ action }) => (
                  <li key={action.id}>
                    <Link className="underline" href={`/catalogue/${action.id}`}>
                      {action.code} {action.intitule}
                    </Link>
                  </li>
                ))}
              </ul>
            </Section>
          ) : null}

          {c.lots.length ? (
            <Section id="lots" titre="Lots">
              <Tableau legende="Lots de l'accord-cadre">
                <thead><tr><Th>Lot</Th><Th>Secteur</Th><Th>Mandataire</Th><Th>Co-traitants</Th></tr></thead>
                <tbody>
                  {c.lots.map((l) => (
                    <tr key={l.id}>
                      <Td>{l.intitule}</Td>
                      <Td>{l.secteur ?? "—"}</Td>
                      <Td>{l.mandataire?.nom ?? "—"}</Td>
                      <Td>{l.cotraitants.map((ct) => ct.structure.nom).join(", ") || "—"}</Td>
                    </tr>
                  ))}
                </tbody>
              </Tableau>
            </Section>
          ) : null}

          <Section id="avenants" titre="Avenants">
            {c.avenants.length ? (
              <Tableau legende="Avenants">
                <thead><tr><Th>N°</Th><Th>Signature</Th><Th>Objet</Th><Th className="text-right">Montant</Th><Th>Fin</Th><Th className="text-right">Volume</Th></tr></thead>
                <tbody>
                  {c.avenants.map((a) => (
                    <tr key={a.id}>
                      <Td>{a.numero}</Td>
                      <Td>{formaterDate(a.dateSignature)}</Td>
                      <Td>{a.objet}</Td>
                      <Td className="text-right whitespace-nowrap">{Number(a.deltaMontantCentimes) ? `${Number(a.deltaMontantCentimes) > 0 ? "+" : "−"} ${formaterEuros(Math.abs(Number(a.deltaMontantCentimes)))}` : "—"}</Td>
                      <Td>{a.nouvelleDateFin ? formaterDate(a.nouvelleDateFin) : "—"}</Td>
                      <Td className="text-right">{a.deltaVolume === null ? "—" : `${a.deltaVolume > 0 ? "+" : ""}${formaterNombre(a.deltaVolume)}`}</Td>
                    </tr>
                  ))}
                </tbody>
              </Tableau>
            ) : (
              <p>Aucun avenant.</p>
            )}
          </Section>

          <Section id="financement" titre="Plan de financement">
            {c.financements.length ? (
              <Tableau legende="Plan de financement par financeur et exercice">
                <thead><tr><Th>Financeur</Th><Th>Exercice</Th><Th className="text-right">Montant</Th><Th>N° d&apos;engagement</Th></tr></thead>
                <tbody>
                  {c.financements.map((f) => (
                    <tr key={f.id}>
                      <Td>{f.libelleFinanceur ?? LIBELLES_FINANCEUR[f.financeur]}</Td>
                      <Td>{f.exercice}</Td>
                      <Td className="text-right whitespace-nowrap">{formaterEuros(f.montantCentimes)}</Td>
                      <Td>{f.numeroEngagement ?? "—"}</Td>
                    </tr>
                  ))}
                </tbody>
              </Tableau>
            ) : (
              <p>Plan de financement non renseigné.</p>
            )}
          </Section>

          <Section id="paiements" titre="Paiements">
            {c.paiements.length ? (
              <Tableau legende="Paiements prévus et mandatés">
                <thead><tr><Th>Type</Th><Th>Libellé</Th><Th className="text-right">Montant</Th><Th>Prévu le</Th><Th>État</Th></tr></thead>
                <tbody>
                  {c.paiements.map((p) => (
                    <tr key={p.id}>
                      <Td>{LIBELLES_TYPE_PAIEMENT[p.type]}</Td>
                      <Td>{p.libelle}</Td>
                      <Td className="text-right whitespace-nowrap">{formaterEuros(p.montantCentimes)}</Td>
                      <Td>{formaterDate(p.datePrevue)}</Td>
                      <Td>
                        {p.statut === "MANDATE" ? (
                          `Mandaté le ${formaterDate(p.dateMandatement)}`
                        ) : droits.modifier && mandatable ? (
                          <FormulaireMandatement conventionId={c.id} paiementId={p.id} libelle={p.libelle} />
                        ) : (
                          "Prévu"
                        )}
                      </Td>
                    </tr>
                  ))}
                </tbody>
              </Tableau>
            ) : (
              <p>Aucun paiement programmé.</p>
            )}
          </Section>

          <Section id="indicateurs" titre="Objectifs et indicateurs">
            {c.indicateurs.length ? (
              <Tableau legende="Indicateurs de la convention">
                <thead><tr><Th>Indicateur</Th><Th>Unité</Th><Th className="text-right">Cible</Th></tr></thead>
                <tbody>
                  {c.indicateurs.map((i) => (
                    <tr key={i.id}>
                      <Td>{i.nom}</Td>
                      <Td>{i.unite}</Td>
                      <Td className="text-right">{i.cible === null ? "—" : formaterNombre(i.cible)}</Td>
                    </tr>
                  ))}
                </tbody>
              </Tableau>
            ) : (
              <p>Aucun indicateur défini.</p>
            )}
          </Section>

          <Section id="bilans" titre="Bilans">
            {retardBilan ? (
              <Alerte type="erreur" titre="Bilan final en retard">
                La convention a pris fin le {formaterDate(c.dateFin)} : le bilan final était attendu au plus tard le {formaterDate(retardBilan)}.
              </Alerte>
            ) : null}
            {c.bilans.length ? <ListeBilans bilans={c.bilans} assiduite={assiduite} droits={{ structure: droits.soumettreBilan, departement: droits.deciderBilan }} /> : <p>Aucun bilan saisi.</p>}
          </Section>

          <ResultatsPublies blocs={resultats} titre="Résultats et objectifs publiés (documents sources)" />

          {bilansPrecedents.length ? (
            <Section id="bilans-precedents" titre="Bilans des conventions précédentes (à l'appui du renouvellement)">
              <ListeBilans bilans={bilansPrecedents} />
            </Section>
          ) : null}
        </div>
        {droits.modifier ? (
          <aside className="space-y-4">
            <FormulaireStatut conventionId={c.id} version={c.version} statut={c.statut} />
            <FormulaireAvenant conventionId={c.id} />
            {paiementProgrammable(c.statut) ? (
              <FormulairePaiement conventionId={c.id} engagements={engagements} mandatable={mandatable} />
            ) : (
              <p className="rounded border border-gray-300 bg-white p-4 text-sm">Les paiements se programment une fois la convention votée, et se mandatent une fois signée.</p>
            )}
          </aside>
        ) : null}
      </div>
    </>
  );
}
