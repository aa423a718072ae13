import Link from "@/components/ui/lien";
import type { Acteur } from "@/lib/authz/acteur";
import { LIBELLES_ROLES } from "@/lib/authz/acteur";
import type { syntheseAccueil } from "@/lib/accueil/queries/synthese-accueil";
import { LIBELLES_TYPE_TERRITOIRE, LIBELLES_TYPE_TERRITOIRE_PLURIEL } from "@/lib/referentiels/libelles";
import { formaterNombre } from "@/lib/format";
import { EnTetePage } from "@/components/ui/en-tete-page";

type Synthese = Awaited<ReturnType<typeof syntheseAccueil>>;

/** Ce que chaque rôle vient faire ici, en une phrase et quelques liens. */
const MISSIONS: Record<Acteur["role"], { texte: string; liens: { href: string; libelle: string }[] }> = {
  ADMIN: {
    texte: "Vous administrez les comptes, les listes de référence et l'ensemble des données du département.",
    liens: [
      { href: "/administration/utilisateurs", libelle: "Gérer les utilisateurs" },
      { href: "/administration/journal", libelle: "Consulter le journal d'audit" },
      { href: "/nomenclatures", libelle: "Listes de référence" },
    ],
  },
  CHARGE_MISSION: {
    texte: "Vous tenez le catalogue de l'offre d'insertion, les conventions, les budgets et les bilans.",
    liens: [
      { href: "/catalogue", libelle: "Catalogue de l'offre" },
      { href: "/conventions", libelle: "Conventions et marchés" },
      { href: "/budgets", libelle: "Tableau financier" },
      { href: "/structures", libelle: "Structures partenaires" },
    ],
  },
  RESPONSABLE_TERRITOIRE: {
    texte: "Vous pilotez votre territoire : ses communes, ses partenaires, et la validation des contrats.",
    liens: [
      { href: "/beneficiaires", libelle: "Contrats à valider et bénéficiaires" },
      { href: "/territoires", libelle: "Mon territoire" },
      { href: "/catalogue", libelle: "Offre d'insertion du territoire" },
      { href: "/structures", libelle: "Structures partenaires" },
    ],
  },
  REFERENT: {
    texte: "Vous accompagnez les bénéficiaires qui vous sont confiés : orientation, contrat d'engagement, prescriptions.",
    liens: [
      { href: "/beneficiaires", libelle: "Ma file active" },
      { href: "/catalogue", libelle: "Chercher une action d'insertion" },
      { href: "/structures", libelle: "Structures partenaires" },
      { href: "/programmes", libelle: "Programmes" },
    ],
  },
  OPERATEUR: {
    texte: "Vous déclarez l'activité de votre structure : actions, entrées, sorties et bilans.",
    liens: [
      { href: "/prescriptions", libelle: "Prescriptions à traiter" },
      { href: "/catalogue", libelle: "Les actions de ma structure" },
      { href: "/conventions", libelle: "Mes conventions et bilans" },
      { href: "/structures", libelle: "Ma structure" },
    ],
  },
  LECTEUR: {
    texte: "Vous consultez les données agrégées du département, sans aucune donnée personnelle.",
    liens: [
      { href: "/budgets", libelle: "Tableau financier" },
      { href: "/conventions", libelle: "Conventions" },
      { href: "/programmes", libelle: "Programmes" },
    ],
  },
};

export function Accueil({ acteur, synthese }: { acteur: Acteur; synthese: Synthese }) {
  const mission = MISSIONS[acteur.role];
  // « Tout le département » seulement pour les rôles du département : un compte de territoire (ou une
  // structure) sans rattachement ne voit rien, et l'accueil le dit au lieu de promettre tout le département
  const perimetre = synthese.territoire
    ? `${LIBELLES_TYPE_TERRITOIRE[synthese.territoire.type]} ${synthese.territoire.nom}`
    : synthese.structure
      ? synthese.structure.nom
      : acteur.role === "RESPONSABLE_TERRITOIRE" || acteur.role === "REFERENT"
        ? "aucun territoire de rattachement : demandez à l'administrateur de compléter votre compte"
        : acteur.role === "OPERATEUR"
          ? "aucune structure de rattachement : demandez à l'administrateur de compléter votre compte"
          : `Tout le département (${synthese.departement.nom})`;
  return (
    <>
      <EnTetePage titre={`Bonjour ${acteur.nomComplet}`} sousTitre={`${LIBELLES_ROLES[acteur.role]} · ${synthese.departement.nom}`} />
      <section aria-labelledby="titre-mission" className="mb-8 rounded border border-gray-300 bg-white p-6">
        <h2 id="titre-mission" className="text-lg font-semibold text-marque-800">
          Votre espace
        </h2>
        <p className="mt-2">{mission.texte}</p>
        <p className="mt-2">
          <span className="font-medium">Périmètre : </span>
          {perimetre}
        </p>
        <ul className="mt-4 flex flex-wrap gap-3">
          {mission.liens.map((l) => ({ ...l, href: l.href === "/catalogue" && acteur.role === "OPERATEUR" && acteur.structureId ? `/catalogue?porteur=${acteur.structureId}` : l.href })).map((l) => (
            <li key={l.href}>
              <Link href={l.href} className="inline-block rounded bg-marque-700 px-4 py-2 text-sm font-semibold text-white hover:bg-marque-800">
                {l.libelle}
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="titre-chiffres">
        <h2 id="titre-chiffres" className="mb-3 text-lg font-semibold text-marque-800">
          Dans votre périmètre
        </h2>
        <dl className="grid grid-cols-2 gap-4 md:grid-cols-4">
          {synthese.territoiresParType.map((t) => (
            <div key={t.type} className="rounded border border-gray-300 bg-white p-4">
              <dt className="text-sm text-gray-700">{LIBELLES_TYPE_TERRITOIRE_PLURIEL[t.type]}</dt>
              <dd className="text-2xl font-bold">{formaterNombre(t.nombre)}</dd>
            </div>
          ))}
          <div className="rounded border border-gray-300 bg-white p-4">
            <dt className="text-sm text-gray-700">Structures</dt>
            <dd className="text-2xl font-bold">{formaterNombre(synthese.structures)}</dd>
          </div>
          <div className="rounded border border-gray-300 bg-white p-4">
            <dt className="text-sm text-gray-700">Programmes</dt>
            <dd className="text-2xl font-bold">{formaterNombre(synthese.programmes)}</dd>
          </div>
        </dl>
      </section>
    </>
  );
}
