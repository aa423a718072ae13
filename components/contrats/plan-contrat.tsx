import { CATEGORIES_ACTIVITE, MODES_ACTIVITE, MOTIFS_EXEMPTION, formaterHeures, type MotifExemption } from "@/lib/contrats/domain/regles";
import { formaterEuros } from "@/lib/format";
import { Tableau, Td, Th } from "@/components/ui/tableau";

interface Plan {
  objectifs: { id: string; libelle: string; frein: string | null; activites: { id: string; libelle: string; categorie: string; mode: string; heuresHebdo: number }[] }[];
  aides: { id: string; typeAide: string; objet: string; montantCentimes: bigint; statut: string }[];
  motifMinoration: string | null;
  motifExemption: string | null;
  heuresSalariees: number | null;
}

/** Le plan d'action tel qu'il sera signé : objectifs, activités, heures, aides. */
export function PlanContrat({ plan, heures, freins }: { plan: Plan; heures: number; freins: Map<string, string> }) {
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
          <thead><tr><Th>Activité</Th><Th>Catégorie</Th><Th>Mode</Th><Th className="text-right">Heures / semaine</Th></tr></thead>
          <tbody>
            {o.activites.map((a) => (
              <tr key={a.id}>
                <Td>{a.libelle}</Td>
                <Td>{CATEGORIES_ACTIVITE[a.categorie as keyof typeof CATEGORIES_ACTIVITE] ?? a.categorie}</Td>
                <Td>{MODES_ACTIVITE[a.mode as keyof typeof MODES_ACTIVITE] ?? a.mode}</Td>
                <Td className="text-right">{formaterHeures(a.heuresHebdo)}</Td>
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
