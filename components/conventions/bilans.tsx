import { LIBELLES_SORTIE_BILAN, LIBELLES_TYPE_BILAN } from "@/lib/conventions/libelles";
import { formaterDate, formaterNombre, formaterPourcentage } from "@/lib/format";
import { Tableau, Td, Th } from "@/components/ui/tableau";
import { evenementsBilan, LIBELLES_STATUT_BILAN, type StatutBilan } from "@/lib/conventions/domain/cycle-bilan";
import { DecisionBilan } from "./decision-bilan";

interface Bilan {
  id: string;
  type: keyof typeof LIBELLES_TYPE_BILAN;
  periodeDebut: Date;
  periodeFin: Date;
  participants: number;
  pctFemmes: number | null;
  pctSansQualification: number | null;
  pointsPositifs?: string | null;
  pointsAAmeliorer?: string | null;
  perspectives?: string | null;
  appreciation?: string | null;
  sorties: { id: string; typeSortie: string; nombre: number; detail: string | null }[];
  valeurs?: { indicateurId: string; valeur: number; justificationEcart: string | null; indicateur: { nom: string; unite: string; cible: number | null } }[];
  statut?: string;
  motifRenvoi?: string | null;
  version?: number;
}

const pct = (v: number | null) => (v === null ? "—" : `${formaterNombre(v)}\u00a0%`);

export function ListeBilans({ bilans, niveauTitre = 3, droits, assiduite = {} }: { bilans: Bilan[]; niveauTitre?: 3 | 4; droits?: { structure: boolean; departement: boolean }; assiduite?: Record<string, { taux: number | null; heures: number; semaines: number }> }) {
  const Titre = niveauTitre === 3 ? "h3" : "h4";
  return (
    <div className="space-y-4">
      {bilans.map((b) => (
        <article key={b.id} className="rounded border border-gray-300 bg-white p-4">
          <Titre className="font-semibold text-marque-800">
            {LIBELLES_TYPE_BILAN[b.type]} du {formaterDate(b.periodeDebut)} au {formaterDate(b.periodeFin)}
          </Titre>
          {b.statut && b.statut !== "VALIDE" ? (
            <p className="mt-1 text-sm">
              <span className="rounded bg-gray-100 px-2 py-0.5 font-semibold">{LIBELLES_STATUT_BILAN[b.statut as StatutBilan]}</span>
              {b.statut === "RENVOYE" && b.motifRenvoi ? <span> — motif : {b.motifRenvoi}</span> : null}
            </p>
          ) : null}
          <dl className="mt-2 grid grid-cols-2 gap-2 text-sm sm:grid-cols-4">
            <div>
              <dt className="text-gray-700">Participants</dt>
              <dd className="text-lg font-bold">{formaterNombre(b.participants)}</dd>
            </div>
            <div>
              <dt className="text-gray-700">Femmes</dt>
              <dd className="text-lg font-bold">{pct(b.pctFemmes)}</dd>
            </div>
            <div>
              <dt className="text-gray-700">Sans qualification</dt>
              <dd className="text-lg font-bold">{pct(b.pctSansQualification)}</dd>
            </div>
            <div>
              <dt className="text-gray-700">Taux d&apos;assiduité (émargements)</dt>
              <dd className="text-lg font-bold">{assiduite[b.id]?.taux == null ? "—" : formaterPourcentage(assiduite[b.id]!.taux!)}</dd>
              {assiduite[b.id] ? <dd className="text-xs">{formaterNombre(assiduite[b.id]!.semaines)} semaines émargées, {formaterNombre(assiduite[b.id]!.heures)} h</dd> : null}
            </div>
          </dl>
          {b.sorties.length ? (
            <div className="mt-3">
              <Tableau legende={`Sorties du ${LIBELLES_TYPE_BILAN[b.type].toLowerCase()} par type`} legendeVisible>
                <thead>
                  <tr>
                    <Th>Type de sortie</Th>
                    <Th className="text-right">Nombre</Th>
                    <Th>Détail</Th>
                  </tr>
                </thead>
                <tbody>
                  {b.sorties.map((s) => (
                    <tr key={s.id}>
                      <Td>{LIBELLES_SORTIE_BILAN[s.typeSortie] ?? s.typeSortie}</Td>
                      <Td className="text-right">{formaterNombre(s.nombre)}</Td>
                      <Td>{s.detail ?? ""}</Td>
                    </tr>
                  ))}
                </tbody>
              </Tableau>
            </div>
          ) : null}
          {b.valeurs?.length ? (
            <div className="mt-3">
              <Tableau legende="Indicateurs" legendeVisible>
                <thead>
                  <tr>
                    <Th>Indicateur</Th>
                    <Th className="text-right">Cible</Th>
                    <Th className="text-right">Valeur</Th>
                    <Th>Justification des écarts</Th>
                  </tr>
                </thead>
                <tbody>
                  {b.valeurs.map((v) => (
                    <tr key={v.indicateurId}>
                      <Td>{v.indicateur.nom}</Td>
                      <Td className="text-right">{v.indicateur.cible === null ? "—" : `${formaterNombre(v.indicateur.cible)} ${v.indicateur.unite}`}</Td>
                      <Td className="text-right">
                        {formaterNombre(v.valeur)} {v.indicateur.unite}
                      </Td>
                      <Td>{v.justificationEcart ?? ""}</Td>
                    </tr>
                  ))}
                </tbody>
              </Tableau>
            </div>
          ) : null}
          {[
            ["Appréciation", b.appreciation],
            ["Points positifs", b.pointsPositifs],
            ["Points à améliorer", b.pointsAAmeliorer],
            ["Perspectives", b.perspectives],
          ]
            .filter(([, v]) => v)
            .map(([l, v]) => (
              <p key={l} className="mt-2">
                <span className="font-medium">{l} : </span>
                {v}
              </p>
            ))}
          {droits && b.statut && b.version ? <DecisionBilan id={b.id} version={b.version} evenements={evenementsBilan(b.statut as StatutBilan, droits)} /> : null}
        </article>
      ))}
    </div>
  );
}
