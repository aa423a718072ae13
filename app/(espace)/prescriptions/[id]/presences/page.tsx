import type { Metadata } from "next";
import Link from "@/components/ui/lien";
import { contextePage, ou404 } from "@/lib/pages";
import { presencesPrescription } from "@/lib/prescriptions/queries/presences-prescription";
import { LIBELLES_STATUT_PRESENCE, lundiDe, type StatutPresence } from "@/lib/prescriptions/domain/presences";
import { LIBELLES_STATUT_PRESCRIPTION, type StatutPrescription } from "@/lib/prescriptions/domain/cycle";
import { formaterDate, formaterNombre, formaterPourcentage } from "@/lib/format";
import { EnTetePage } from "@/components/ui/en-tete-page";
import { Tableau, Td, Th } from "@/components/ui/tableau";
import { FormulairePresence } from "@/components/prescriptions/formulaire-presence";

export const metadata: Metadata = { title: "Émargement" };

export default async function PagePresences({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const p = await ou404(presencesPrescription(await contextePage("prescriptions:suivre"), id));
  const nom = `${p.personne.prenom} ${p.personne.nom.toUpperCase()}`;
  const enCours = p.statut === "ENTREE" || p.statut === "SORTIE" || p.statut === "ABANDON";
  const semaine = lundiDe(p.dateSortie && p.dateSortie < new Date() ? p.dateSortie : new Date()).toISOString().slice(0, 10);
  return (
    <>
      <nav aria-label="Fil d'Ariane" className="no-print mb-2 text-sm"><Link href="/prescriptions" className="underline">Prescriptions</Link></nav>
      <EnTetePage
        titre={`Émargement · ${nom}`}
        sousTitre={`${p.action.code} ${p.action.intitule} · ${LIBELLES_STATUT_PRESCRIPTION[p.statut as StatutPrescription]}${p.dateEntree ? ` depuis le ${formaterDate(p.dateEntree)}` : ""}${p.dateSortie ? `, sortie le ${formaterDate(p.dateSortie)}` : ""}`}
      />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <section aria-labelledby="titre-semaines" className="space-y-3">
          <h2 id="titre-semaines" className="text-lg font-semibold text-marque-800">Semaines émargées</h2>
          <p>
            Taux d&apos;assiduité : <strong>{p.tauxAssiduite === null ? "—" : formaterPourcentage(p.tauxAssiduite)}</strong> · heures réalisées : <strong>{formaterNombre(p.heures)}</strong>
            <span className="block text-sm text-gray-700">Semaines de présence ÷ semaines attendues ; une absence excusée n&apos;est pas attendue. Le taux entre dans le bilan de la convention.</span>
          </p>
          {p.presences.length ? (
            <Tableau legende="Présences par semaine">
              <thead><tr><Th>Semaine du</Th><Th>Présence</Th><Th className="text-right">Heures</Th><Th>Commentaire</Th></tr></thead>
              <tbody>
                {p.presences.map((x) => (
                  <tr key={x.id}><Td>{formaterDate(x.semaine)}</Td><Td>{LIBELLES_STATUT_PRESENCE[x.statut as StatutPresence]}</Td><Td className="text-right">{formaterNombre(x.heures)}</Td><Td>{x.commentaire ?? "—"}</Td></tr>
                ))}
              </tbody>
            </Tableau>
          ) : (
            <p className="rounded border border-gray-300 bg-white p-4">Aucune semaine émargée : enregistrez la première avec le formulaire.</p>
          )}
        </section>
        {enCours ? (
          <FormulairePresence prescriptionId={p.id} semaineParDefaut={semaine} heuresParDefaut={p.action.heuresHebdo ? String(p.action.heuresHebdo).replace(".", ",") : "0"} />
        ) : (
          <p className="rounded border border-gray-300 bg-white p-4 text-sm">L&apos;émargement s&apos;ouvre à l&apos;entrée de la personne sur l&apos;action.</p>
        )}
      </div>
    </>
  );
}
