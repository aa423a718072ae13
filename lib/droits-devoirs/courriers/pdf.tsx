import "server-only";
import { Document, Font, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
import type { ContenuCourrier } from "./contenu";

// pas de césure automatique : un courrier administratif garde ses mots entiers
Font.registerHyphenationCallback((mot) => [mot]);

const styles = StyleSheet.create({
  page: { padding: 56, fontSize: 11, fontFamily: "Helvetica", lineHeight: 1.45 },
  emetteur: { fontSize: 13, fontFamily: "Helvetica-Bold", marginBottom: 24 },
  destinataire: { marginLeft: 260, marginBottom: 24 },
  lieuDate: { marginLeft: 260, marginBottom: 16 },
  objet: { fontFamily: "Helvetica-Bold", marginBottom: 16 },
  paragraphe: { marginBottom: 10, textAlign: "justify" },
  signature: { marginTop: 24, marginLeft: 260 },
  pied: { position: "absolute", bottom: 32, left: 56, right: 56, fontSize: 8, color: "#555" },
});

/** Rend un courrier en PDF (polices standard : aucun fichier de police à charger). */
export async function rendreCourrierPdf(c: ContenuCourrier): Promise<Buffer> {
  return renderToBuffer(
    <Document title={`${c.titre} – ${c.reference}`} author={c.emetteur} language="fr-FR">
      <Page size="A4" style={styles.page}>
        <Text style={styles.emetteur}>{c.emetteur}</Text>
        <View style={styles.destinataire}>
          {c.destinataire.map((l) => (
            <Text key={l}>{l}</Text>
          ))}
        </View>
        <Text style={styles.lieuDate}>{c.lieuDate}</Text>
        <Text style={styles.objet}>Objet : {c.objet}</Text>
        {c.paragraphes.map((p, i) => (
          <Text key={i} style={styles.paragraphe}>
            {p}
          </Text>
        ))}
        <View style={styles.signature}>
          {c.signature.map((l) => (
            <Text key={l}>{l}</Text>
          ))}
        </View>
        <Text style={styles.pied} fixed>
          Référence : {c.reference} — document émis par Pilote Insertion
        </Text>
      </Page>
    </Document>,
  );
}
