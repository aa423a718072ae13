// Montants : centimes entiers partout (docs/decisions/003). Saisie française → centimes.

export type ResultatMontant = { ok: true; centimes: number } | { ok: false; message: string };

/**
 * « 67 550,00 », « 67550 », « 67 550 € », « 1 000 000,5 » → centimes. Refuse le négatif, plus de deux
 * décimales, et tout ce qui n'est pas un nombre. `libelle` sert au message (« Le montant »).
 */
export function lireMontant(saisie: string, libelle = "Le montant"): ResultatMontant {
  const nettoye = saisie.replace(/[\s\u00a0\u202f€]/g, "").replace(/\.(?=\d{3}(\D|$))/g, "");
  if (nettoye === "") return { ok: false, message: `${libelle} est obligatoire.` };
  if (nettoye.startsWith("-")) return { ok: false, message: `${libelle} ne peut pas être négatif.` };
  const m = /^(\d+)(?:[,.](\d{1,2}))?$/.exec(nettoye);
  if (!m) return { ok: false, message: `${libelle} doit être un montant en euros, par exemple 67 550,00.` };
  const euros = Number(m[1]);
  const centimes = euros * 100 + Number((m[2] ?? "0").padEnd(2, "0"));
  if (!Number.isSafeInteger(centimes) || euros > 10_000_000_000) return { ok: false, message: `${libelle} est trop élevé.` };
  return { ok: true, centimes };
}

/** Centimes → saisie française sans symbole (« 67550,00 »), pour préremplir un champ. */
export function versSaisie(centimes: number | bigint): string {
  const n = Number(centimes);
  return `${Math.trunc(n / 100)},${String(Math.abs(n % 100)).padStart(2, "0")}`;
}
