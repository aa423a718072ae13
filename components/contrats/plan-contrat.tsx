import { CATEGORIES_ACTIVITE, MODES_ACTIVITE, MOTIFS_EXEMPTION, formaterHeures, type MotifExemption } from "@/lib/contrats/domain/regles";
import { formaterEuros } from "@/lib/format";
import { LIBELLES_STATUT_PRESCRIPTION, type StatutPrescription } from "@/lib/prescriptions/domain/cycle";
import { Tableau, Td, Th } from "@/components/ui/tableau";
import { BoutonPrescrireAction } from "./prescrire-depuis-contrat";

export type ActionsDuPlan = Map<string, { id: string; code: string; intitule: string; porteur: { nom: string } | null; prescription: string | null; nonPrescriptible?: string | null }>;

interface Plan {
  objectifs: { id: string; libelle: string; frein: string | null; activites: { id: string; libelle: string; categorie: string; mode: string; heuresHebdo: number; actionId: string | null }[] }[];
  aides: { id: string; typeAide: string; objet: string; montantCentimes: bigint; statut: string }[];
  motifMinoration: string | null;
  motifExemption: string | null;
  heuresSalariees: number | null;
}

/**
 * Le plan d'action tel qu'il sera signé : objectifs, activités (avec l'action du catalogue choisie), heures,
 * aides. Avec `prescrire`, chaque action du catalogue se prescrit d'un clic depuis le contrat.
 */
export function PlanContrat({ plan, heures, freins, actions, prescrire }: { plan: Plan; heures: number; freins: Map<string, string>; actions?: ActionsDuPlan; prescrire?: { personneId: string } | null }) {
  return (
    <div className="space-y-4">
      <p className="font-semibold">
        {plan.motifExemption
          ? `Exemption d'heures hebdomadaires : ${MOTIFS_EXEMPTION[plan.motifExemption as MotifExemption] ?? plan.motifExemption}.`
          : `Durée hebdomadaire d'activité : ${formaterHeures(heures)}${plan.motifMinoration ? ` (minorée : ${plan.motifMinoration})` : ""}.`}
        {plan.heuresSalariees ? ` Activité salariée : ${formaterHeures(plan.heuresSalariees)} par semaine.` : ""}
      </p>
      {plan.objectifs.map((o, i) => (
        <Tableau key={o.id} legende={`Objectif ${i + 1} : ${o.libelle}${o.frein ? ` (frein : ${freins.get(o.frein) ?? o.frein})` : " (projet professionnel)"}`} legendeVisible>
          <thead><tr><Th>Activité</Th><Th>Catégorie</Th><Th>Mode</Th><Th className="text-right">Heures / semaine</Th><Th>Action du catalogue</Th></tr></thead>
          <tbody>
            {o.activites.map((a) => (
              <tr key={a.id}>
                <Td>{a.libelle}</Td>
                <Td>{CATEGORIES_ACTIVITE[a.categorie as keyof typeof CATEGORIES_ACTIVITE] ?? a.categorie}</Td>
                <Td>{MODES_ACTIVITE[a.mode as keyof typeof MODES_ACTIVITE] ?? a.mode}</Td>
                <Td className="text-right">{formaterHeures(a.heuresHebdo)}</Td>
                <Td>
                  {a.actionId && actions?.get(a.actionId) ? (
                    <ActionDuPlan action={actions.get(a.actionId)!} prescrire={prescrire ?? null} />
                  ) : (
                    "—"
                  )}
                </Td>
              </tr>
            ))}
          </tbody>
        </Tableau>
      ))}
      {plan.aides.length ? (
        <Tableau legende="Aides individuelles demandées" legendeVisible>
          <thead><tr><Th>Aide</Th><Th>Objet</Th><Th className="text-right">Montant</Th></tr></thead>
          <tbody>
            {plan.aides.map((a) => (
              <tr key={a.id}><Td>{a.typeAide}</Td><Td>{a.objet}</Td><Td className="text-right whitespace-nowrap">{formaterEuros(a.montantCentimes)}</Td></tr>
            ))}
          </tbody>
        </Tableau>
      ) : null}
    </div>
  );
}

function ActionDuPlan({ action, prescrire }: { action: NonNullable<ReturnType<ActionsDuPlan["get"]>>; prescrire: { personneId: string } | null }) {
  return (
    <div className="space-y-1">
      <p>
        <a href={`/catalogue/${action.id}`} className="underline">{action.code} {action.intitule}</a>
        {action.porteur ? <span className="text-gray-700"> ({action.porteur.nom})</span> : null}
      </p>
      {action.prescription ? (
        <p className="text-sm">Prescription : {LIBELLES_STATUT_PRESCRIPTION[action.prescription as StatutPrescription].toLowerCase()}</p>
      ) : prescrire && action.nonPrescriptible ? (
        <p className="text-sm">{action.nonPrescriptible} Pas de prescription possible pour l&apos;instant.</p>
      ) : prescrire ? (
        <BoutonPrescrireAction personneId={prescrire.personneId} actionId={action.id} libelle={`${action.code} ${action.intitule}`} />
      ) : null}
    </div>
  );
}
