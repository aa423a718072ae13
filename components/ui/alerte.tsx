const styles = {
  info: "border-marque-600 bg-marque-50 text-marque-800",
  succes: "border-succes-700 bg-green-50 text-succes-700",
  erreur: "border-erreur-700 bg-red-50 text-erreur-700",
} as const;

/** Message de page ; role="alert" pour les erreurs (annoncé aux lecteurs d'écran), "status" sinon. */
export function Alerte({ type = "info", titre, children }: { type?: keyof typeof styles; titre?: string; children?: React.ReactNode }) {
  return (
    <div role={type === "erreur" ? "alert" : "status"} className={`rounded border-l-4 p-4 ${styles[type]}`}>
      {titre ? <p className="font-semibold">{titre}</p> : null}
      {children ? <div className="mt-1">{children}</div> : null}
    </div>
  );
}
