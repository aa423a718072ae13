import type { Metadata } from "next";
import { contextePage } from "@/lib/pages";
import { etatTaches } from "@/lib/taches/queries/etat-taches";
import { formaterDateHeure } from "@/lib/format";
import { EnTetePage } from "@/components/ui/en-tete-page";
import { Tableau, Td, Th } from "@/components/ui/tableau";
import { BoutonLancerTache } from "@/components/taches/bouton-lancer-tache";

export const metadata: Metadata = { title: "Tâches de fond" };
export const dynamic = "force-dynamic";

const STATUTS: Record<string, string> = { EN_ATTENTE: "En attente", EN_COURS: "En cours", TERMINEE: "Terminée", ECHOUEE: "Échouée" };
const duree = (ms: number | null) => (ms == null ? "—" : ms < 1000 ? `${ms} ms` : `${(ms / 1000).toLocaleString("fr-FR", { maximumFractionDigits: 1 })} s`);

export default async function PageTaches() {
  const { taches, recentes } = await etatTaches(await contextePage("taches:gerer"));
  return (
    <>
      <EnTetePage
        titre="Tâches de fond"
        sousTitre="Ce que l'application fait seule : échéances des contrats, agrégats des tableaux de bord, imports… Chaque tâche quotidienne tourne une fois par jour ; vous pouvez la relancer."
      />
      <Tableau legende="Tâches de fond et leur dernière exécution" legendeVisible>
        <thead>
          <tr>
            <Th>Tâche</Th>
            <Th>Dernière exécution</Th>
            <Th>Statut</Th>
            <Th className="text-right">Durée</Th>
            <Th className="text-right">Échecs (7 jours)</Th>
            <Th>Action</Th>
          </tr>
        </thead>
        <tbody>
          {taches.map((t) => (
            <tr key={t.nom}>
              <Td>
                {t.libelle}
                <span className="block text-xs text-gray-700">
                  {t.quotidienne ? "chaque jour" : "à la demande"}
                  {t.enAttente ? ` · ${t.enAttente} en attente` : ""}
                </span>
              </Td>
              <Td>{t.derniere ? formaterDateHeure(t.derniere.creeLe) : "jamais"}</Td>
              <Td>
                {t.derniere ? STATUTS[t.derniere.statut] : "—"}
                {t.derniere?.statut === "ECHOUEE" && t.derniere.erreur ? <span className="block text-xs text-red-800">{t.derniere.erreur}</span> : null}
              </Td>
              <Td className="text-right">{duree(t.derniere?.dureeMs ?? null)}</Td>
              <Td className={`text-right ${t.echecs7j ? "font-semibold text-red-800" : ""}`}>{t.echecs7j}</Td>
              <Td>
                <BoutonLancerTache nom={t.nom} libelle={t.libelle} />
              </Td>
            </tr>
          ))}
        </tbody>
      </Tableau>
      <h2 className="mt-8 mb-2 text-lg font-semibold">Dernières exécutions</h2>
      <Tableau legende="Trente dernières exécutions, les plus récentes d'abord">
        <thead>
          <tr>
            <Th>Demandée le</Th>
            <Th>Tâche</Th>
            <Th>Statut</Th>
            <Th>Avancement</Th>
            <Th className="text-right">Durée</Th>
            <Th>Message</Th>
          </tr>
        </thead>
        <tbody>
          {recentes.length === 0 ? (
            <tr>
              <Td colSpan={6}>Aucune exécution pour l&apos;instant : les tâches quotidiennes démarrent avec le serveur.</Td>
            </tr>
          ) : (
            recentes.map((e) => (
              <tr key={e.id}>
                <Td>{formaterDateHeure(e.creeLe)}</Td>
                <Td>{e.libelle}</Td>
                <Td>{STATUTS[e.statut]}</Td>
                <Td>{e.avancement ?? "—"}</Td>
                <Td className="text-right">{duree(e.dureeMs)}</Td>
                <Td className="max-w-md break-words">{e.message ?? "—"}</Td>
              </tr>
            ))
          )}
        </tbody>
      </Tableau>
    </>
  );
}
