// Tableau de données accessible : légende (caption), en-têtes de colonnes avec scope.

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
    <th scope="col" className={`border-b border-gray-300 bg-gray-100 px-3 py-2 font-semibold ${className}`} {...props}>
      {children}
    </th>
  );
}

export function Td({ children, className = "", ...props }: React.TdHTMLAttributes<HTMLTableCellElement>) {
  return (
    <td className={`border-b border-gray-200 px-3 py-2 align-top ${className}`} {...props}>
      {children}
    </td>
  );
}
