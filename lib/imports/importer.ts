// Import d'un fichier d'allocataires (flux XML CNAF, CSV, XLSX) : lecture en flux, validation par foyer,
// chargement en table de travail par COPY, puis fusion ensembliste en SQL (foyers, personnes, événements,
// conséquences sur les contrats et prescriptions), le tout dans UNE transaction : un fichier illisible
// ou tronqué n'applique rien. Sans "server-only" ni "@/lib/db" : appelé par la tâche de fond (lib/taches)
// et par la ligne de commande (scripts/importer-flux.ts). Voir docs/decisions/1101-imports-flux-caf.md.
import crypto from "node:crypto";
import fs from "node:fs";
import { once } from "node:events";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { masquerNir } from "@/lib/beneficiaires/domain/delais";
import { CODES_REJET, clePersonne, sexeDe, validerFoyer, ROLES_FLUX, type CodeRejet, type FoyerBrut, type Rejet } from "./domain/foyer";
import { lireXml } from "./lecteurs/xml";
import { lireCsv, lireXlsx } from "./lecteurs/tableur";
import { ErreurFichierIllisible, type EnteteFlux, type FormatFichier, type Lecteur } from "./lecteurs/types";

export interface ResumeImport {
  importId: string;
  fichier: string;
  format: FormatFichier | null;
  departement: string;
  organisme: string | null;
  numeroFlux: string | null;
  dateFlux: string | null;
  fluxDejaImporte: boolean;
  fichierIllisible: boolean;
  motif?: string;
  foyersDansLeFichier: number;
  foyersAppliques: number;
  personnesAppliquees: number;
  foyersRejetes: number;
  rejetsParMotif: Partial<Record<CodeRejet, number>>;
  droitsOuvertsEtVersables: number;
  entrants: number;
  sortants: number;
  clotures: number;
  suspensions: number;
  reprises: number;
  demenagements: number;
  changementsDeTerritoire: number;
  conjointsArrives: number;
  arriveesDeMembres: number;
  departsDeMembres: number;
  nouveauxFoyers: number;
  changements: number;
  foyersTerritoireAAffecter: number;
  contratsClos: number;
  prescriptionsCloses: number;
  dureeMs: number;
}

export interface OptionsImport {
  url?: string;
  importId: string;
  /** Avancement : fait / total (en pour cent), message. */
  progression?: (fait: number, total: number, message: string) => Promise<void> | void;
}

const CLE_NIR = process.env.NIR_CLE_EMPREINTE ?? "pilote-insertion:empreinte-nir";

/** Empreinte du NIR (HMAC-SHA-256) : le NIR n'est jamais conservé en clair. */
export function empreinteNir(nir: string): string {
  return crypto.createHmac("sha256", CLE_NIR).update(nir).digest("hex");
}

/** Format reconnu par le contenu (jamais par l'extension). */
export function reconnaitreFormat(chemin: string): FormatFichier {
  const fd = fs.openSync(chemin, "r");
  try {
    const tampon = Buffer.alloc(512);
    const n = fs.readSync(fd, tampon, 0, 512, 0);
    const debut = tampon.subarray(0, n);
    if (n === 0) throw new ErreurFichierIllisible("Le fichier est vide.");
    if (debut[0] === 0x50 && debut[1] === 0x4b) return "XLSX";
    const texte = debut.toString("utf8").replace(/^\uFEFF/, "").trimStart();
    if (texte.startsWith("<")) return "XML";
    if (debut.includes(0)) throw new ErreurFichierIllisible("Ce fichier n'est ni du XML, ni un CSV, ni un classeur XLSX.");
    return "CSV";
  } finally {
    fs.closeSync(fd);
  }
}

const LECTEURS: Record<FormatFichier, Lecteur> = { XML: lireXml, CSV: lireCsv, XLSX: lireXlsx };

/** Échappement du format texte de COPY. */
function c(v: string | null | undefined): string {
  if (v === null || v === undefined || v === "") return "\\N";
  return v.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r");
}

const TABLE_TRAVAIL = `CREATE TEMP TABLE stage (
  pos int, numdemrsa text, organisme text, matricule text, dtdemrsa date, etat text, dtclorsa date,
  territoire_id text, codepos text, libvoie text, empreinte text, soumis_foyer boolean,
  role text, sexe text, nom text, prenom text, dtnai date, nir_masque text, nir_empreinte text, soumis boolean, cle text
) ON COMMIT DROP`;

/** Lignes COPY d'un foyer valide (une par personne) et l'empreinte de son état. */
function lignesFoyer(f: FoyerBrut, organisme: string, territoireId: string): string {
  const personnes = f.personnes.map((p) => {
    const emp = p.nir ? empreinteNir(p.nir) : null;
    return { p, emp, cle: clePersonne(p, emp) };
  });
  const soumisFoyer = f.personnes.some((p) => p.soumis === "1");
  const etat = JSON.stringify([
    f.matricule, f.dtdemrsa, f.etat, f.dtclorsa, f.numcom, f.codepos, f.libvoie,
    personnes.map(({ p, cle }) => [cle, p.role, p.qual, p.nom, p.prenom, p.dtnai, p.soumis]).sort((a, b) => (a[0]! < b[0]! ? -1 : 1)),
  ]);
  const empreinte = crypto.createHash("sha1").update(etat).digest("hex");
  let s = "";
  for (const { p, emp, cle } of personnes) {
    s += [
      String(f.position), c(f.numdemrsa), c(organisme), c(f.matricule), c(f.dtdemrsa), c(f.etat), c(f.dtclorsa),
      c(territoireId), c(f.codepos), c(f.libvoie), empreinte, soumisFoyer ? "t" : "f",
      ROLES_FLUX[p.role as keyof typeof ROLES_FLUX], sexeDe(p), c(p.nom), c(p.prenom), c(p.dtnai),
      p.nir ? c(masquerNir(p.nir)) : "\\N", c(emp), p.soumis === "1" ? "t" : "f", c(cle),
    ].join("\t") + "\n";
  }
  return s;
}

function resumeVide(importId: string, fichier: string, departement: string): ResumeImport {
  return {
    importId, fichier, format: null, departement, organisme: null, numeroFlux: null, dateFlux: null, fluxDejaImporte: false, fichierIllisible: false,
    foyersDansLeFichier: 0, foyersAppliques: 0, personnesAppliquees: 0, foyersRejetes: 0, rejetsParMotif: {}, droitsOuvertsEtVersables: 0,
    entrants: 0, sortants: 0, clotures: 0, suspensions: 0, reprises: 0, demenagements: 0, changementsDeTerritoire: 0, conjointsArrives: 0,
    arriveesDeMembres: 0, departsDeMembres: 0, nouveauxFoyers: 0, changements: 0, foyersTerritoireAAffecter: 0, contratsClos: 0, prescriptionsCloses: 0, dureeMs: 0,
  };
}

/**
 * Importe le fichier d'un enregistrement `import_flux` (créé au dépôt) dans son département.
 * Rend le résumé ; un fichier illisible rend `fichierIllisible: true` et n'applique rien.
 */
export async function importerFichier(options: OptionsImport): Promise<ResumeImport> {
  const debut = performance.now();
  const client = new pg.Client({ connectionString: options.url ?? process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows: [imp] } = await client.query<{ id: string; departement_id: string; utilisateur_id: string | null; nom_fichier: string; chemin_fichier: string | null; code: string }>(
      `SELECT i.id, i.departement_id, i.utilisateur_id, i.nom_fichier, i.chemin_fichier, d.code FROM import_flux i JOIN departement d ON d.id = i.departement_id WHERE i.id = $1`,
      [options.importId],
    );
    if (!imp) throw new Error(`import introuvable : ${options.importId}`);
    const resume = resumeVide(imp.id, imp.nom_fichier, imp.code);
    await client.query(`UPDATE import_flux SET statut = 'EN_COURS' WHERE id = $1`, [imp.id]);
    const rejets: Rejet[] = [];
    try {
      if (!imp.chemin_fichier || !fs.existsSync(imp.chemin_fichier)) throw new ErreurFichierIllisible("Le fichier déposé est introuvable.");
      await client.query("BEGIN");
      // un seul import à la fois par département (la ligne de commande comme la tâche de fond)
      await client.query("SELECT pg_advisory_xact_lock(hashtext('import-flux:' || $1))", [imp.departement_id]);
      await client.query(TABLE_TRAVAIL);
      if (process.env.IMPORT_CHRONO) console.error(`[chrono] ${Math.round(performance.now() - debut)} ms · verrou pris`);
      const entete = await lireEtCharger(client, imp.chemin_fichier, imp.departement_id, imp.code, resume, rejets, options.progression);
      if (process.env.IMPORT_CHRONO) console.error(`[chrono] ${Math.round(performance.now() - debut)} ms · fichier lu et chargé`);
      await options.progression?.(85, 100, `${resume.foyersDansLeFichier.toLocaleString("fr-FR")} foyers lus ; application en base…`);
      await fusionner(client, imp.departement_id, imp.id, entete, resume);
      await enregistrerRejets(client, imp.id, rejets);
      resume.dureeMs = Math.round(performance.now() - debut);
      await client.query(
        `UPDATE import_flux SET statut = 'TERMINE', format = $2, organisme = $3, numero_flux = $4, date_flux = $5::date, foyers_dans_le_fichier = $6,
           foyers_appliques = $7, foyers_rejetes = $8, changements = $9, resume = $10::jsonb, termine_le = now() WHERE id = $1`,
        [imp.id, resume.format, resume.organisme, resume.numeroFlux, resume.dateFlux, resume.foyersDansLeFichier, resume.foyersAppliques, resume.foyersRejetes, resume.changements, JSON.stringify(resume)],
      );
      await client.query(
        `INSERT INTO journal_audit (departement_id, utilisateur_id, operation, entite, entite_id, details, created_at) VALUES ($1, $2, 'IMPORT', 'ImportFlux', $3, $4::jsonb, now())`,
        [imp.departement_id, imp.utilisateur_id, imp.id, JSON.stringify({ fichier: imp.nom_fichier, foyersAppliques: resume.foyersAppliques, foyersRejetes: resume.foyersRejetes, changements: resume.changements })],
      );
      await client.query("COMMIT");
      await options.progression?.(100, 100, "Import terminé.");
      return resume;
    } catch (e) {
      await client.query("ROLLBACK").catch(() => {});
      if (!(e instanceof ErreurFichierIllisible)) {
        await client.query(`UPDATE import_flux SET statut = 'ECHOUE', erreur = $2, termine_le = now() WHERE id = $1`, [imp.id, "Erreur interne pendant l'import."]);
        throw e;
      }
      const illisible: ResumeImport = { ...resumeVide(imp.id, imp.nom_fichier, imp.code), format: resume.format, fichierIllisible: true, motif: e.message, dureeMs: Math.round(performance.now() - debut) };
      await client.query(
        `UPDATE import_flux SET statut = 'ILLISIBLE', format = $2, erreur = $3, resume = $4::jsonb, termine_le = now() WHERE id = $1`,
        [imp.id, illisible.format, e.message, JSON.stringify(illisible)],
      );
      await client.query(
        `INSERT INTO journal_audit (departement_id, utilisateur_id, operation, entite, entite_id, details, created_at) VALUES ($1, $2, 'IMPORT', 'ImportFlux', $3, $4::jsonb, now())`,
        [imp.departement_id, imp.utilisateur_id, imp.id, JSON.stringify({ fichier: imp.nom_fichier, illisible: e.message })],
      );
      return illisible;
    }
  } finally {
    await client.end();
  }
}

async function lireEtCharger(
  client: pg.Client, chemin: string, departementId: string, codeDepartement: string, resume: ResumeImport, rejets: Rejet[],
  progression: OptionsImport["progression"],
): Promise<EnteteFlux> {
  const { rows: communes } = await client.query<{ code_insee: string; id: string }>(
    `SELECT code_insee, id FROM territoire WHERE departement_id = $1 AND type IN ('COMMUNE', 'ARRONDISSEMENT') AND code_insee IS NOT NULL`,
    [departementId],
  );
  const parCode = new Map(communes.map((t) => [t.code_insee, t.id]));
  const format = reconnaitreFormat(chemin);
  resume.format = format;
  const taille = fs.statSync(chemin).size;
  let octets = 0;
  let derniere = 0;
  let entete: EnteteFlux | null = null;
  const copie = client.query(copyFrom("COPY stage FROM STDIN"));
  const copieFinie = new Promise<void>((ok, ko) => {
    copie.on("finish", ok);
    copie.on("error", ko);
  });
  let tampon = "";
  let attenteCopie = 0;
  let organisme = "CAF";
  try {
    for await (const el of LECTEURS[format](chemin, (n) => (octets = n))) {
      if (el.type === "entete") {
        entete = el.entete;
        if (entete.departement && entete.departement !== codeDepartement) {
          throw new ErreurFichierIllisible(`Ce flux concerne le département ${entete.departement}, pas le ${codeDepartement} : rien n'a été importé.`);
        }
        if (entete.organisme && !["CAF", "MSA"].includes(entete.organisme)) throw new ErreurFichierIllisible(`Organisme inconnu : « ${entete.organisme} » (CAF ou MSA).`);
        if (entete.dateFlux && !/^\d{4}-\d{2}-\d{2}$/.test(entete.dateFlux)) throw new ErreurFichierIllisible(`Date du flux invalide : « ${entete.dateFlux} ».`);
        organisme = entete.organisme ?? "CAF";
        continue;
      }
      const f = el.foyer;
      resume.foyersDansLeFichier++;
      const rejet = validerFoyer(f, (code) => parCode.has(code));
      if (rejet) {
        rejets.push(rejet);
        continue;
      }
      tampon += lignesFoyer(f, organisme, parCode.get(f.numcom)!);
      if (tampon.length > 512 * 1024) {
        const t0 = performance.now();
        if (!copie.write(tampon)) await once(copie, "drain");
        attenteCopie += performance.now() - t0;
        tampon = "";
      }
      if (progression && performance.now() - derniere > 1000) {
        derniere = performance.now();
        await progression(Math.min(80, Math.round((80 * octets) / Math.max(taille, 1))), 100, `${resume.foyersDansLeFichier.toLocaleString("fr-FR")} foyers lus`);
      }
    }
    if (tampon) copie.write(tampon);
    copie.end();
    const t0 = performance.now();
    await copieFinie;
    if (process.env.IMPORT_CHRONO) console.error(`[chrono] COPY : ${Math.round(attenteCopie)} ms d'attente, ${Math.round(performance.now() - t0)} ms de fin`);
  } catch (e) {
    copie.destroy();
    await copieFinie.catch(() => {});
    throw e;
  }
  if (!entete) throw new ErreurFichierIllisible("Le fichier est vide.");
  // tableur : pas d'en-tête de flux ; un fichier dont aucune commune n'est du département est d'un autre département
  const communesInconnues = rejets.filter((r) => r.code === "COMMUNE_INCONNUE").length;
  if (resume.foyersDansLeFichier > 0 && communesInconnues === resume.foyersDansLeFichier) {
    throw new ErreurFichierIllisible(`Aucune commune de ce fichier n'appartient au département ${codeDepartement} : rien n'a été importé.`);
  }
  resume.organisme = entete.organisme;
  resume.numeroFlux = entete.numeroFlux;
  resume.dateFlux = entete.dateFlux ?? new Date().toISOString().slice(0, 10);
  resume.foyersRejetes = rejets.length;
  for (const r of rejets) resume.rejetsParMotif[r.code] = (resume.rejetsParMotif[r.code] ?? 0) + 1;
  return entete;
}

async function fusionner(client: pg.Client, dep: string, importId: string, entete: EnteteFlux, resume: ResumeImport): Promise<void> {
  const chrono = Boolean(process.env.IMPORT_CHRONO);
  const q = async (sql: string, params: unknown[] = []) => {
    const t0 = performance.now();
    const r = await client.query(sql, params);
    if (chrono) console.error(`[chrono] ${Math.round(performance.now() - t0)} ms · ${sql.replace(/\s+/g, " ").slice(0, 70)}`);
    return r;
  };
  const date = resume.dateFlux!;
  if (entete.numeroFlux) {
    const { rowCount } = await q(`SELECT 1 FROM import_flux WHERE departement_id = $1 AND numero_flux = $2 AND statut = 'TERMINE' AND id <> $3 LIMIT 1`, [dep, entete.numeroFlux, importId]);
    resume.fluxDejaImporte = (rowCount ?? 0) > 0;
  }
  await q(`CREATE INDEX ON stage (numdemrsa, pos)`);
  await q(`ANALYZE stage`);
  // un foyer par n° de demande (le dernier du fichier s'il est répété), rapproché du foyer connu
  await q(
    `CREATE TEMP TABLE s_base ON COMMIT DROP AS
     WITH d AS (SELECT DISTINCT ON (numdemrsa) * FROM stage ORDER BY numdemrsa, pos DESC)
     SELECT d.pos, d.numdemrsa, d.organisme, d.matricule, d.dtdemrsa, d.etat, d.dtclorsa, d.territoire_id, d.codepos, d.libvoie, d.empreinte, d.soumis_foyer,
            f.id AS foyer_existant, f.etat_dossier_rsa AS ancien_etat, f.territoire_id AS ancien_territoire, f.empreinte_flux AS ancienne_empreinte,
            coalesce(f.id, 'c' || substr(md5($1 || d.organisme || d.numdemrsa), 1, 24)) AS foyer_id,
            split_part(ta.chemin, '/', 2) AS ancienne_racine, split_part(tn.chemin, '/', 2) AS nouvelle_racine, (tn.parent_id IS NULL) AS a_affecter
     FROM d
     LEFT JOIN foyer f ON f.departement_id = $1 AND f.organisme = d.organisme AND f.numero_demande_rsa = d.numdemrsa
     LEFT JOIN territoire ta ON ta.id = f.territoire_id
     JOIN territoire tn ON tn.id = d.territoire_id`,
    [dep],
  );
  await q(
    `CREATE TEMP TABLE s_foyer ON COMMIT DROP AS
     SELECT b.*, n.nouveau, (n.nouveau OR b.ancienne_empreinte IS DISTINCT FROM b.empreinte) AS change,
       (b.etat IN ('2','3','4') AND (n.nouveau OR coalesce(b.ancien_etat, 'Z') NOT IN ('2','3','4'))) AS entrant,
       (NOT n.nouveau AND b.ancien_etat IN ('2','3','4') AND b.etat IN ('5','6')) AS sortant,
       (NOT n.nouveau AND coalesce(b.ancien_etat, 'Z') NOT IN ('5','6') AND b.etat IN ('5','6')) AS cloture,
       (NOT n.nouveau AND coalesce(b.ancien_etat, 'Z') NOT IN ('3','4') AND b.etat IN ('3','4')) AS suspension,
       (NOT n.nouveau AND b.ancien_etat IN ('3','4') AND b.etat = '2') AS reprise,
       (NOT n.nouveau AND b.ancien_territoire <> b.territoire_id) AS demenagement,
       (NOT n.nouveau AND b.ancien_territoire <> b.territoire_id AND b.ancienne_racine <> b.nouvelle_racine) AS changement_territoire
     FROM s_base b CROSS JOIN LATERAL (SELECT b.foyer_existant IS NULL AS nouveau) n`,
  );
  await q(`CREATE INDEX ON s_foyer (foyer_id)`);
  await q(`ANALYZE s_foyer`);

  const etatDroit = `(CASE s.etat WHEN '2' THEN 'OUVERT' WHEN '3' THEN 'SUSPENDU' WHEN '4' THEN 'SUSPENDU' WHEN '5' THEN 'CLOS' WHEN '6' THEN 'CLOS' WHEN '1' THEN 'REFUSE' ELSE 'EN_INSTRUCTION' END)::etat_droit`;
  await q(
    `INSERT INTO foyer (id, departement_id, numero_allocataire, organisme, territoire_id, date_ouverture_droits, soumis_droits_devoirs, etat_droit,
                        numero_demande_rsa, etat_dossier_rsa, date_cloture, adresse, code_postal, empreinte_flux, date_flux)
     SELECT s.foyer_id, $1, coalesce(s.matricule, s.numdemrsa), s.organisme, s.territoire_id, s.dtdemrsa, s.soumis_foyer, ${etatDroit},
            s.numdemrsa, s.etat, s.dtclorsa, s.libvoie, s.codepos, s.empreinte, $2::date
     FROM s_foyer s WHERE s.nouveau`,
    [dep, date],
  );
  await q(
    `UPDATE foyer f SET numero_allocataire = coalesce(s.matricule, s.numdemrsa), territoire_id = s.territoire_id, date_ouverture_droits = s.dtdemrsa,
            soumis_droits_devoirs = s.soumis_foyer, etat_droit = ${etatDroit}, etat_dossier_rsa = s.etat, date_cloture = s.dtclorsa,
            adresse = s.libvoie, code_postal = s.codepos, empreinte_flux = s.empreinte, date_flux = $1::date
     FROM s_foyer s WHERE f.id = s.foyer_id AND NOT s.nouveau AND s.change`,
    [date],
  );

  // personnes des foyers changés : rapprochées par NIR, sinon par nom + prénom + date de naissance dans le foyer
  await q(
    `CREATE TEMP TABLE s_pers ON COMMIT DROP AS
     SELECT DISTINCT ON (s.foyer_id, p.cle) s.foyer_id, s.nouveau AS foyer_nouveau, p.role, p.sexe, p.nom, p.prenom, p.dtnai, p.nir_masque, p.nir_empreinte, p.soumis, p.cle,
            e.id AS personne_existante
     FROM s_foyer s JOIN stage p ON p.numdemrsa = s.numdemrsa AND p.pos = s.pos
     LEFT JOIN LATERAL (
       SELECT e.id FROM personne e
       WHERE NOT s.nouveau AND e.foyer_id = s.foyer_id
         AND (e.nir_empreinte = p.nir_empreinte OR (upper(e.nom) = upper(p.nom) AND upper(e.prenom) = upper(p.prenom) AND e.date_naissance = p.dtnai))
       ORDER BY (e.nir_empreinte = p.nir_empreinte) DESC NULLS LAST LIMIT 1
     ) e ON true
     WHERE s.change
     ORDER BY s.foyer_id, p.cle`,
  );
  // départs d'abord : une personne connue du foyer absente du flux (avant l'ajout des arrivants)
  const departs = await q(
    `WITH partis AS (
       UPDATE personne e SET date_sortie_foyer = $2::date
       FROM s_foyer s
       WHERE s.change AND NOT s.nouveau AND e.foyer_id = s.foyer_id AND e.date_sortie_foyer IS NULL
         AND NOT EXISTS (SELECT 1 FROM s_pers p WHERE p.personne_existante = e.id)
       RETURNING e.id, e.foyer_id, s.territoire_id)
     INSERT INTO evenement_foyer (departement_id, foyer_id, personne_id, type, date, import_id, territoire_apres_id)
     SELECT $1, foyer_id, id, 'DEPART_MEMBRE', $2::date, $3, territoire_id FROM partis`,
    [dep, date, importId],
  );
  resume.departsDeMembres = departs.rowCount ?? 0;
  await q(
    `INSERT INTO personne (id, foyer_id, role, nom, prenom, sexe, date_naissance, nir_masque, nir_empreinte, soumis_droits_devoirs)
     SELECT 'c' || substr(md5(p.foyer_id || p.cle), 1, 24), p.foyer_id, p.role::role_foyer, p.nom, p.prenom, p.sexe::sexe, p.dtnai, p.nir_masque, p.nir_empreinte, p.soumis
     FROM s_pers p WHERE p.personne_existante IS NULL
     ON CONFLICT (id) DO NOTHING`,
  );
  await q(
    `UPDATE personne e SET role = p.role::role_foyer, nom = p.nom, prenom = p.prenom, sexe = p.sexe::sexe, date_naissance = p.dtnai,
            nir_masque = coalesce(p.nir_masque, e.nir_masque), nir_empreinte = coalesce(p.nir_empreinte, e.nir_empreinte), soumis_droits_devoirs = p.soumis, date_sortie_foyer = NULL
     FROM s_pers p WHERE e.id = p.personne_existante
       AND (e.role::text, e.nom, e.prenom, e.date_naissance, e.soumis_droits_devoirs, e.date_sortie_foyer IS NULL)
           IS DISTINCT FROM (p.role, p.nom, p.prenom, p.dtnai, p.soumis, true)`,
  );

  // événements des foyers, datés du flux
  await q(
    `INSERT INTO evenement_foyer (departement_id, foyer_id, type, date, import_id, territoire_avant_id, territoire_apres_id, etat_avant, etat_apres)
     SELECT $1, s.foyer_id, t.type, $2::date, $3, s.ancien_territoire, s.territoire_id, s.ancien_etat, s.etat
     FROM s_foyer s CROSS JOIN LATERAL (VALUES ('ENTRANT', s.entrant), ('SORTANT', s.sortant), ('SUSPENSION', s.suspension), ('REPRISE', s.reprise),
                                               ('DEMENAGEMENT', s.demenagement), ('CHANGEMENT_TERRITOIRE', s.changement_territoire)) t(type, vrai)
     WHERE s.change AND t.vrai`,
    [dep, date, importId],
  );
  const arrivees = await q(
    `INSERT INTO evenement_foyer (departement_id, foyer_id, personne_id, type, date, import_id, territoire_apres_id)
     SELECT $1, p.foyer_id, 'c' || substr(md5(p.foyer_id || p.cle), 1, 24), 'ARRIVEE_MEMBRE', $2::date, $3, s.territoire_id
     FROM s_pers p JOIN s_foyer s ON s.foyer_id = p.foyer_id
     WHERE p.personne_existante IS NULL AND NOT p.foyer_nouveau`,
    [dep, date, importId],
  );
  resume.arriveesDeMembres = arrivees.rowCount ?? 0;
  const { rows: [cj] } = await q(`SELECT count(*)::int AS n FROM s_pers WHERE personne_existante IS NULL AND NOT foyer_nouveau AND role = 'CONJOINT'`);
  resume.conjointsArrives = cj.n;

  // conséquences d'une fin de droit : contrat rompu et prescriptions closes, avec le motif
  const motif = `Fin de droit RSA (flux du ${date.split("-").reverse().join("/")})`;
  const contrats = await q(
    `UPDATE contrat_engagement c SET statut = 'ROMPU', motif_rupture = $1, updated_at = now()
     FROM personne p JOIN s_foyer s ON s.foyer_id = p.foyer_id
     WHERE s.sortant AND c.personne_id = p.id AND c.statut IN ('SIGNE', 'VALIDE', 'EN_COURS')`,
    [motif],
  );
  resume.contratsClos = contrats.rowCount ?? 0;
  const prescriptions = await q(
    `UPDATE prescription x SET statut = CASE WHEN x.statut = 'ENTREE' THEN 'SORTIE'::statut_prescription ELSE 'ABANDON'::statut_prescription END,
            date_sortie = CASE WHEN x.statut = 'ENTREE' THEN $2::date ELSE x.date_sortie END,
            type_sortie = CASE WHEN x.statut = 'ENTREE' THEN 'AUTRE' ELSE x.type_sortie END,
            motif_abandon = $1, version = x.version + 1
     FROM personne p JOIN s_foyer s ON s.foyer_id = p.foyer_id
     WHERE s.sortant AND x.personne_id = p.id AND x.statut IN ('PROPOSEE', 'ACCEPTEE', 'ENTREE')`,
    [motif, date],
  );
  resume.prescriptionsCloses = prescriptions.rowCount ?? 0;

  const { rows: [n] } = await q(
    `SELECT count(*)::int AS appliques, count(*) FILTER (WHERE etat = '2')::int AS versables, count(*) FILTER (WHERE entrant AND change)::int AS entrants,
            count(*) FILTER (WHERE sortant)::int AS sortants, count(*) FILTER (WHERE cloture)::int AS clotures, count(*) FILTER (WHERE suspension)::int AS suspensions,
            count(*) FILTER (WHERE reprise)::int AS reprises, count(*) FILTER (WHERE demenagement)::int AS demenagements,
            count(*) FILTER (WHERE changement_territoire)::int AS changements_territoire, count(*) FILTER (WHERE nouveau)::int AS nouveaux,
            count(*) FILTER (WHERE change)::int AS changements, count(*) FILTER (WHERE a_affecter)::int AS a_affecter,
            (SELECT count(*)::int FROM (SELECT DISTINCT p.numdemrsa, p.cle FROM stage p JOIN s_foyer s ON s.numdemrsa = p.numdemrsa AND s.pos = p.pos) x) AS personnes
     FROM s_foyer`,
  );
  Object.assign(resume, {
    foyersAppliques: n.appliques, droitsOuvertsEtVersables: n.versables, entrants: n.entrants, sortants: n.sortants, clotures: n.clotures,
    suspensions: n.suspensions, reprises: n.reprises, demenagements: n.demenagements, changementsDeTerritoire: n.changements_territoire,
    nouveauxFoyers: n.nouveaux, changements: n.changements, foyersTerritoireAAffecter: n.a_affecter, personnesAppliquees: n.personnes,
  });
}

async function enregistrerRejets(client: pg.Client, importId: string, rejets: Rejet[]): Promise<void> {
  for (let i = 0; i < rejets.length; i += 5000) {
    const lot = rejets.slice(i, i + 5000);
    await client.query(
      `INSERT INTO rejet_import (import_id, position, identifiant, champ, code, motif)
       SELECT $1, * FROM unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::text[])`,
      [importId, lot.map((r) => r.position), lot.map((r) => r.identifiant), lot.map((r) => r.champ), lot.map((r) => r.code), lot.map((r) => r.motif)],
    );
  }
}

export { CODES_REJET };
