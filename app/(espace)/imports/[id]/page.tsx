import type { Metadata } from "next";
import { contextePage, ou404 } from "@/lib/pages";
import { obtenirImport } from "@/lib/imports/queries/imports";
import { formaterDate, formaterDateHeure, formaterNombre } from "@/lib/format";
import { EnTetePage } from "@/components/ui/en-tete-page";
import { Alerte } from "@/components/ui/alerte";
import { LienBouton } from "@/components/ui/bouton";
import { Tableau, Td, Th } from "@/components/ui/tableau";
import { SuiviAvancement } from "@/components/imports/suivi-avancement";
import { LIBELLES_STATUT_IMPORT, LIGNES_RESUME } from "@/components/imports/libelles";

export const metadata: Metadata = { title: "Import" };

export default async function PageImport({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const imp = await ou404(obtenirImport(await contextePage("imports:gerer"), id));
  const resume = (imp.resume ?? {}) as Record<string, unknown>;
  const enCours = imp.statut === "EN_ATTENTE" || imp.statut === "EN_COURS";
  return (
    <>
      <EnTetePage
        titre={`Import de ${imp.nomFichier}`}
        sousTitre={`Déposé le ${formaterDateHeure(imp.creeLe)} par ${imp.auteur} · ${formaterNombre(Math.round(imp.taille / 1024))} Ko · SHA-256 ${imp.empreinteFichier.slice(0, 16)}…`}
        actions={<LienBouton href="/imports" variante="secondaire">Retour aux imports</LienBouton>}
      />
      <div className="space-y-6">
        {enCours ? (
          <SuiviAvancement id={imp.id} initial={{ statut: imp.statut, avancement: imp.avancement, etape: imp.etape }} />
        ) : imp.statut === "TERMINE" ? (
          <Alerte type="succes" titre="Import terminé">
            {imp.changements === 0 ? "Aucun changement : ces données étaient déjà à jour." : `${formaterNombre(imp.changements)} foyers mis à jour ou créés.`}
            {resume.fluxDejaImporte ? ` Le flux n° ${imp.numeroFlux} avait déjà été importé.` : ""}
          </Alerte>
        ) : (
          <Alerte type="erreur" titre={LIBELLES_STATUT_IMPORT[imp.statut] ?? imp.statut}>
            {imp.erreur}
          </Alerte>
        )}
        {imp.statut === "TERMINE" ? (
          <section aria-labelledby="titre-resume">
            <h2 id="titre-resume" className="mb-3 text-lg font-semibold">
              Résumé
            </h2>
            <p className="mb-2 text-sm text-gray-700">
              {imp.format ? `Format ${imp.format}` : ""}
              {imp.organisme ? ` · ${imp.organisme}` : ""}
              {imp.numeroFlux ? ` · flux n° ${imp.numeroFlux}` : ""}
              {imp.dateFlux ? ` · événements datés du ${formaterDate(imp.dateFlux)}` : ""}
            </p>
            <Tableau legende="Résumé de l'import">
              <thead>
                <tr>
                  <Th>Indicateur</Th>
                  <Th className="text-right">Nombre</Th>
                </tr>
              </thead>
              <tbody>
                {LIGNES_RESUME.filter(([cle]) => typeof resume[cle] === "number").map(([cle, libelle]) => (
                  <tr key={cle}>
                    <Td>{libelle}</Td>
                    <Td className="text-right">{formaterNombre(resume[cle] as number)}</Td>
                  </tr>
                ))}
              </tbody>
            </Tableau>
          </section>
        ) : null}
        {imp.foyersRejetes > 0 ? (
          <section aria-labelledby="titre-rejets">
            <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
              <h2 id="titre-rejets" className="text-lg font-semibold">
                Foyers rejetés ({formaterNombre(imp.foyersRejetes)})
              </h2>
              <a href={`/imports/${imp.id}/rejets`} className="rounded border border-marque-700 bg-white px-4 py-2 text-sm font-semibold text-marque-700" download>
                Télécharger les rejets (CSV)
              </a>
            </div>
            <Tableau legende={`Foyers rejetés${imp.rejets.length < imp.foyersRejetes ? ` (les ${imp.rejets.length} premiers)` : ""}`}>
              <thead>
                <tr>
                  <Th className="text-right">Position</Th>
                  <Th>Identifiant</Th>
                  <Th>Champ</Th>
                  <Th>Motif</Th>
                </tr>
              </thead>
              <tbody>
                {imp.rejets.map((r) => (
                  <tr key={r.id}>
                    <Td className="text-right">{formaterNombre(r.position)}</Td>
                    <Td className="font-mono">{r.identifiant ?? "—"}</Td>
                    <Td>{r.champ}</Td>
                    <Td className="min-w-64">
                      <span className="font-semibold">{r.libelleCode}</span> — {r.motif}
                    </Td>
                  </tr>
                ))}
              </tbody>
            </Tableau>
          </section>
        ) : null}
      </div>
    </>
  );
}
