// Extrait le texte d'un PDF produit par @react-pdf/renderer (polices standard, flux FlateDecode) :
// suffisant pour vérifier le contenu d'un courrier dans les tests, sans dépendance supplémentaire.
import { inflateSync } from "node:zlib";

const WIN_ANSI: Record<number, string> = { 0x80: "€", 0x92: "’", 0x93: "“", 0x94: "”", 0x96: "–", 0x97: "—", 0xa0: " " };

function decoderHex(hex: string): string {
  let s = "";
  for (let i = 0; i + 1 < hex.length; i += 2) {
    const c = parseInt(hex.slice(i, i + 2), 16);
    s += WIN_ANSI[c] ?? String.fromCharCode(c);
  }
  return s;
}

export function texteDuPdf(pdf: Buffer): string {
  const brut = pdf.toString("latin1");
  const morceaux: string[] = [];
  const re = /stream\r?\n/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(brut))) {
    const debut = m.index + m[0].length;
    const fin = brut.indexOf("endstream", debut);
    if (fin < 0) break;
    const octets = pdf.subarray(debut, fin);
    let contenu: string;
    try {
      contenu = inflateSync(octets).toString("latin1");
    } catch {
      contenu = octets.toString("latin1");
    }
    // chaque opérateur TJ / Tj : concaténer ses chaînes hexadécimales
    for (const tj of contenu.matchAll(/\[([^\]]*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g)) {
      const corps = tj[1] ?? `<${tj[2]}>`;
      morceaux.push([...corps.matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => decoderHex(h[1]!)).join(""));
    }
    re.lastIndex = fin + "endstream".length;
  }
  return morceaux.join(" ").replace(/\s+/g, " ");
}
