import "server-only";
import { Document, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
import type { DonneesDroitAcces } from "./droit-acces";

// Version PDF du droit d'accès : les mêmes données que le JSON, section par section, en clair.

const styles = StyleSheet.create({
  page: { padding: 36, fontSize: 9, fontFamily: "Helvetica", lineHeight: 1.35 },
  titre: { fontSize: 15, fontFamily: "Helvetica-Bold", marginBottom: 4 },
  sousTitre: { fontSize: 9, color: "#444", marginBottom: 12 },
  section: { fontSize: 11, fontFamily: "Helvetica-Bold", marginTop: 12, marginBottom: 4, borderBottom: "1pt solid #999", paddingBottom: 2 },
  bloc: { marginBottom: 6, paddingLeft: 6, borderLeft: "1pt solid #ccc" },
  ligne: { flexDirection: "row" },
  cle: { width: 150, color: "#333" },
  valeur: { flex: 1 },
  vide: { color: "#666", fontStyle: "italic" },
  pied: { position: "absolute", bottom: 20, left: 36, right: 36, fontSize: 7, color: "#666", textAlign: "center" },
});

const LIBELLES: Record<string, string> = {
  personne: "Identité",
  foyer: "Foyer et droits",
  orientations: "Orientations",
  referents: "Référents de parcours",
  diagnostics: "Diagnostics socioprofessionnels",
  contrats: "Contrats d'engagement",
  prescriptions: "Prescriptions sur l'offre d'insertion",
  consultations: "Consultations et modifications du dossier (journal d'audit)",
};

function texte(v: unknown): string {
  if (v === null || v === undefined || v === "") return "—";
  if (typeof v === "boolean") return v ? "oui" : "non";
  if (typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v)) return v.split("-").reverse().join("/");
  return String(v);
}

function Objet({ valeur }: { valeur: Record<string, unknown> }) {
  return (
    <View style={styles.bloc} wrap={false}>
      {Object.entries(valeur).map(([cle, v]) =>
        Array.isArray(v) ? (
          <View key={cle}>
            <Text style={styles.cle}>{cle} :</Text>
            {v.length === 0 ? <Text style={styles.vide}>aucun</Text> : v.map((x, i) => (typeof x === "object" && x ? <Objet key={i} valeur={x as Record<string, unknown>} /> : <Text key={i}>{texte(x)}</Text>))}
          </View>
        ) : (
          <View key={cle} style={styles.ligne}>
            <Text style={styles.cle}>{cle}</Text>
            <Text style={styles.valeur}>{texte(v)}</Text>
          </View>
        ),
      )}
    </View>
  );
}

function DocumentDroitAcces({ d }: { d: DonneesDroitAcces }) {
  return (
    <Document title={`Droit d'accès — ${d.personne.prenom} ${d.personne.nom}`} language="fr-FR" author={d.responsableTraitement}>
      <Page size="A4" style={styles.page}>
        <Text style={styles.titre}>{d.document}</Text>
        <Text style={styles.sousTitre}>
          {d.responsableTraitement} · produit le {new Date(d.produitLe).toLocaleString("fr-FR", { timeZone: "Europe/Paris" })} par {d.produitPar}
        </Text>
        {(Object.keys(LIBELLES) as (keyof typeof LIBELLES)[]).map((cle) => {
          const valeur = d[cle as keyof DonneesDroitAcces] as unknown;
          return (
            <View key={cle}>
              <Text style={styles.section}>{LIBELLES[cle]}</Text>
              {Array.isArray(valeur) ? (
                valeur.length === 0 ? (
                  <Text style={styles.vide}>Aucune donnée.</Text>
                ) : (
                  valeur.map((v, i) => <Objet key={i} valeur={v as Record<string, unknown>} />)
                )
              ) : (
                <Objet valeur={valeur as Record<string, unknown>} />
              )}
            </View>
          );
        })}
        <Text style={styles.pied} fixed render={({ pageNumber, totalPages }) => `Pilote Insertion — droit d'accès — page ${pageNumber} / ${totalPages}`} />
      </Page>
    </Document>
  );
}

export async function pdfDroitAcces(d: DonneesDroitAcces): Promise<Buffer> {
  return renderToBuffer(<DocumentDroitAcces d={d} />);
}
