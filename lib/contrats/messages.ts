// Message de réussite de chaque étape, affiché par la page du contrat après l'action (?fait=…).
export const MESSAGES_ETAPE_CONTRAT: Record<string, string> = {
  signer: "Contrat signé.",
  valider: "Contrat validé.",
  rompre: "Contrat rompu.",
  annulerRupture: "Rupture annulée : le contrat retrouve son état d'avant.",
};
