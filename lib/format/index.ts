// Formats fr-FR pour l'affichage. Jamais dans les requêtes : les données restent brutes jusqu'à l'UI.

const euros = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" });
const nombre = new Intl.NumberFormat("fr-FR");
const pourcentage = new Intl.NumberFormat("fr-FR", { style: "percent", maximumFractionDigits: 1 });
const jour = new Intl.DateTimeFormat("fr-FR", { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "Europe/Paris" });
const jourHeure = new Intl.DateTimeFormat("fr-FR", {
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "Europe/Paris",
});

/** 6755000 centimes → « 67 550,00 € » (espaces fines insécables de fr-FR normalisées en espaces insécables). */
export function formaterEuros(centimes: number | bigint): string {
  return normaliserEspaces(euros.format(Number(centimes) / 100));
}

export function formaterNombre(n: number): string {
  return normaliserEspaces(nombre.format(n));
}

/** 0.755 → « 75,5 % » */
export function formaterPourcentage(ratio: number): string {
  return normaliserEspaces(pourcentage.format(ratio));
}

/** Date → « 22/11/2026 » (jour calendaire à Paris). */
export function formaterDate(d: Date | null | undefined): string {
  return d ? jour.format(d) : "—";
}

export function formaterDateHeure(d: Date | null | undefined): string {
  return d ? jourHeure.format(d).replace(" ", " à ") : "—";
}

function normaliserEspaces(s: string): string {
  return s.replace(/\u202f/g, "\u00a0");
}
