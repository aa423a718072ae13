export function EnTetePage({ titre, sousTitre, actions }: { titre: string; sousTitre?: React.ReactNode; actions?: React.ReactNode }) {
  return (
    <div className="mb-6 flex flex-wrap items-end justify-between gap-4 border-b border-gray-300 pb-4">
      <div>
        <h1 className="text-2xl font-bold text-marque-800">{titre}</h1>
        {sousTitre ? <p className="mt-1 text-gray-700">{sousTitre}</p> : null}
      </div>
      {actions ? <div className="no-print flex flex-wrap gap-2">{actions}</div> : null}
    </div>
  );
}
