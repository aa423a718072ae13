// Tableau de données accessible : légende (caption), en-têtes de colonnes avec scope.
// Les cellules portent une classe courte (.th, .td : app/globals.css, couche components) plutôt que la liste
// de leurs utilitaires : un tableau de bord compte un millier de cellules, et chaque classe est écrite deux
// fois (HTML et charge utile RSC). Les utilitaires passés en className l'emportent (couche utilities).

export function Tableau({ legende, legendeVisible = false, children }: { legende: string; legendeVisible?: boolean; children: React.ReactNode }) {
  return (
    // zone défilante atteignable au clavier (RGAA) quand le tableau déborde sur petit écran ; « relative » :
    // les textes sr-only (position absolue) des en-têtes triables restent dans la zone au lieu d'élargir la page
    <div className="relative overflow-x-auto rounded border border-gray-300 bg-white" tabIndex={0} role="region" aria-label={legende}>
      <table className="w-full border-collapse text-left text-sm">
        <caption className={legendeVisible ? "p-3 text-left font-semibold" : "sr-only"}>{legende}</caption>
        {children}
      </table>
    </div>
  );
}

export function Th({ children, className = "", ...props }: React.ThHTMLAttributes<HTMLTableCellElement>) {
  return (
    <th scope="col" className={className ? `th ${className}` : "th"} {...props}>
      {children}
    </th>
  );
}

export function Td({ children, className = "", ...props }: React.TdHTMLAttributes<HTMLTableCellElement>) {
  return (
    <td className={className ? `td ${className}` : "td"} {...props}>
      {children}
    </td>
  );
}
