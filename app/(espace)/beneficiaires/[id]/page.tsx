import type { Metadata } from "next";
import Link from "@/components/ui/lien";
import { contextePage, ou404 } from "@/lib/pages";
import { pageDossier } from "@/lib/beneficiaires/queries/page-dossier";
import { estContratVivant } from "@/lib/contrats/domain/contrat-vivant";
import { LIBELLES_STATUT_CONTRAT, MOTIFS_EXEMPTION, type MotifExemption, type StatutContrat } from "@/lib/contrats/domain/regles";
import { LIBELLES_STATUT_PRESCRIPTION, type StatutPrescription } from "@/lib/prescriptions/domain/cycle";
import { formaterDate } from "@/lib/format";
import { EnTetePage } from "@/components/ui/en-tete-page";
import { LienBouton } from "@/components/ui/bouton";
import { Tableau, Td, Th } from "@/components/ui/tableau";
import { FormulairePrescription } from "@/components/beneficiaires/formulaire-prescription";
import { FormulaireDiagnostic, FormulaireOrientation } from "@/components/beneficiaires/formulaires-dossier";
import { LiensDroitAcces } from "@/components/rgpd/liens-droit-acces";

export const metadata: Metadata = { title: "Dossier" };

const ROLES = { DEMANDEUR: "Demandeur", CONJOINT: "Conjoint", PERSONNE_A_CHARGE: "Personne à charge" } as const;
const PARCOURS: Record<string, string> = { PROFESSIONNEL: "Professionnel", SOCIO_PROFESSIONNEL: "Socio-professionnel", SOCIAL: "Social" };
const NIVEAUX = { FORT: "fort", MOYEN: "moyen", SANS_IMPACT: "sans impact" } as const;
// délais mesurés depuis l'ouverture de la période de droits en cours : jamais négatifs (domain/delais.ts)
const jours = (n: number) => `${n} jour${n > 1 ? "s" : ""}`;

function Section({ titre, id, children }: { titre: string; id: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`titre-${id}`} className="space-y-2">
      <h2 id={`titre-${id}`} className="text-lg font-semibold text-marque-800">{titre}</h2>
      {children}
    </section>
  );
}

export default async function PageDossier({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { personne: p, delais, actions, freins, listeFreins, referents, organismes, droits } = await ou404(pageDossier(await contextePage("beneficiaires:lire"), id));
  // un brouillon n'est pas un contrat vivant (règle unique : lib/contrats/domain/contrat-vivant.ts)
  const contratActif = p.contrats.find((c) => estContratVivant({ statut: c.statut as StatutContrat, dateFin: c.dateFin }, new Date()));
  const brouillon = p.contrats.find((c) => c.statut === "BROUILLON");
  return (
    <>
      <nav aria-label="Fil d'Ariane" className="no-print mb-2 text-sm">
        <Link href="/beneficiaires" className="underline">Bénéficiaires</Link>
        {" · "}
        <Link href={`/beneficiaires/${p.id}/droits-devoirs`} className="underline">Rendez-vous, droits et devoirs</Link>
      </nav>
      <EnTetePage
        titre={`${p.nom.toUpperCase()} ${p.prenom}`}
        sousTitre={`${ROLES[p.role]} · n° allocataire ${p.foyer.numeroAllocataire} (${p.foyer.organisme}) · ${p.foyer.territoire.nom}`}
        actions={
          <>
          <LienBouton href={`/beneficiaires/${p.id}/aides`} variante="secondaire">Aides financières</LienBouton>
          {!droits.rediger ? null : brouillon ? (
            <LienBouton href={`/contrats/${brouillon.id}/modifier`}>Reprendre le brouillon de contrat</LienBouton>
          ) : !contratActif ? (
            <LienBouton href={`/beneficiaires/${p.id}/contrat`}>Nouveau contrat d&apos;engagement</LienBouton>
          ) : null}
          </>
        }
      />
      <LiensDroitAcces personneId={p.id} />
      <div className="grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="space-y-8">
          <dl className="grid grid-cols-1 gap-x-6 gap-y-2 rounded border border-gray-300 bg-white p-6 sm:grid-cols-[14rem_1fr]">
            {[
              ["Né(e) le", formaterDate(p.dateNaissance)],
              ["NIR", p.nirMasque ?? "—"],
              ["Droits RSA", `${p.foyer.etatDroit === "OUVERT" ? "ouverts" : p.foyer.etatDroit.toLowerCase()} depuis le ${formaterDate(p.foyer.dateOuvertureDroits)}${p.foyer.soumisDroitsDevoirs ? " · soumis aux droits et devoirs" : ""}`],
              ["Délai d'orientation", `${jours(delais.orientation.jours)}${delais.orientation.atteint ? "" : " (pas encore orienté)"}${delais.orientation.depasse ? " — au-delà de 15 jours" : ""}`],
              ["Délai du premier contrat", `${jours(delais.contrat.jours)}${delais.contrat.atteint ? "" : " (pas encore de contrat signé)"}${delais.contrat.depasse ? " — au-delà de 30 jours" : ""}`],
            ].map(([l, v]) => (
              <div key={l} className="contents">
                <dt className="font-medium text-gray-700">{l}</dt>
                <dd>{v}</dd>
              </div>
            ))}
          </dl>

          <Section titre="Foyer" id="foyer">
            <ul className="list-disc pl-6">
              {p.foyer.personnes.map((m) => (
                <li key={m.id}>{ROLES[m.role]} : {m.prenom} {m.nom}, né(e) le {formaterDate(m.dateNaissance)}</li>
              ))}
            </ul>
          </Section>

          <Section titre="Orientation et référent" id="orientation">
            <Tableau legende="Historique des orientations et des référents">
              <thead><tr><Th>Période</Th><Th>Nature</Th><Th>Détail</Th></tr></thead>
              <tbody>
                {p.orientations.map((o) => (
                  <tr key={o.id}><Td>{formaterDate(o.dateDebut)} – {o.dateFin ? formaterDate(o.dateFin) : "en cours"}</Td><Td>Orientation</Td><Td>Parcours {PARCOURS[o.parcours]?.toLowerCase() ?? o.parcours}{o.organisme ? ` · ${o.organisme.nom}` : ""}</Td></tr>
                ))}
                {p.referents.map((r) => (
                  <tr key={r.id}><Td>{formaterDate(r.dateDebut)} – {r.dateFin ? formaterDate(r.dateFin) : "en cours"}</Td><Td>Référent</Td><Td>{r.referent.prenom} {r.referent.nom}</Td></tr>
                ))}
              </tbody>
            </Tableau>
          </Section>

          <Section titre="Diagnostic" id="diagnostic">
            {p.diagnostics[0] ? (
              <p>
                Au {formaterDate(p.diagnostics[0].date)} : {p.diagnostics[0].freins.map((f) => `${freins.get(f.frein) ?? f.frein} (${NIVEAUX[f.niveau]})`).join(", ") || "aucun frein relevé"}.
              </p>
            ) : (
              <p>Aucun diagnostic enregistré.</p>
            )}
          </Section>

          <Section titre="Contrats d'engagement" id="contrats">
            {p.contrats.length ? (
              <Tableau legende="Contrats d'engagement">
                <thead><tr><Th>Période</Th><Th>État</Th><Th>Exemption</Th></tr></thead>
                <tbody>
                  {p.contrats.map((c) => (
                    <tr key={c.id}>
                      <Td><Link className="underline" href={`/contrats/${c.id}`}>du {formaterDate(c.dateDebut)} au {formaterDate(c.dateFin)}</Link></Td>
                      <Td>{LIBELLES_STATUT_CONTRAT[c.statut as StatutContrat]}</Td>
                      <Td>{c.motifExemption ? MOTIFS_EXEMPTION[c.motifExemption as MotifExemption] ?? c.motifExemption : "—"}</Td>
                    </tr>
                  ))}
                </tbody>
              </Tableau>
            ) : (
              <p>Aucun contrat.</p>
            )}
          </Section>

          <Section titre="Prescriptions" id="prescriptions">
            {p.prescriptions.length ? (
              <Tableau legende="Prescriptions sur des actions du catalogue">
                <thead><tr><Th>Action</Th><Th>Proposée le</Th><Th>État</Th><Th>Précisions</Th></tr></thead>
                <tbody>
                  {p.prescriptions.map((x) => (
                    <tr key={x.id}>
                      <Td><Link className="underline" href={`/catalogue/${x.action.id}`}>{x.action.code} {x.action.intitule}</Link></Td>
                      <Td>{formaterDate(x.dateProposition)}</Td>
                      <Td>{LIBELLES_STATUT_PRESCRIPTION[x.statut as StatutPrescription]}</Td>
                      <Td>{x.motifRefus ?? x.motifAbandon ?? (x.dateEntree ? `entrée le ${formaterDate(x.dateEntree)}` : "")}</Td>
                    </tr>
                  ))}
                </tbody>
              </Tableau>
            ) : (
              <p>Aucune prescription.</p>
            )}
          </Section>
        </div>
        {droits.prescrire || droits.orienter || droits.rediger ? (
          <aside className="space-y-4">
            {droits.prescrire ? <FormulairePrescription personneId={p.id} actions={actions} /> : null}
            {droits.orienter ? <FormulaireOrientation personneId={p.id} referents={referents} organismes={organismes} /> : null}
            {droits.rediger ? <FormulaireDiagnostic personneId={p.id} freins={listeFreins} /> : null}
          </aside>
        ) : null}
      </div>
    </>
  );
}
