// Champs de formulaire accessibles : libellé associé, aide, erreur annoncée (aria-describedby, aria-invalid).

interface ChampCommun {
  nom: string;
  /** identifiant HTML, si le même champ figure plusieurs fois sur la page (défaut : le nom) */
  identifiant?: string;
  libelle: string;
  erreurs?: string[];
  aide?: string;
  obligatoire?: boolean;
}

function Description({ nom, aide, erreurs }: Pick<ChampCommun, "nom" | "aide" | "erreurs">) {
  return (
    <>
      {aide ? (
        <p id={`${nom}-aide`} className="text-sm text-gray-700">
          {aide}
        </p>
      ) : null}
      {erreurs?.length ? (
        <p id={`${nom}-erreur`} className="text-sm font-medium text-erreur-700">
          {erreurs.join(" ")}
        </p>
      ) : null}
    </>
  );
}

function decrit(nom: string, aide?: string, erreurs?: string[]) {
  const ids = [aide ? `${nom}-aide` : null, erreurs?.length ? `${nom}-erreur` : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

const classeChamp = (erreur: boolean) =>
  `block w-full rounded border px-3 py-2 text-base ${erreur ? "border-erreur-700" : "border-gray-500"} bg-white`;

function Libelle({ nom, libelle, obligatoire }: Pick<ChampCommun, "nom" | "libelle" | "obligatoire">) {
  return (
    <label htmlFor={nom} className="block font-medium">
      {libelle}
      {obligatoire ? <span aria-hidden="true" className="text-erreur-700"> *</span> : null}
      {obligatoire ? <span className="sr-only"> (obligatoire)</span> : null}
    </label>
  );
}

export function ChampTexte({
  nom,
  identifiant,
  libelle,
  erreurs,
  aide,
  obligatoire,
  ...props
}: ChampCommun & Omit<React.InputHTMLAttributes<HTMLInputElement>, "name" | "id">) {
  const id = identifiant ?? nom;
  return (
    <div className="space-y-1">
      <Libelle nom={id} libelle={libelle} obligatoire={obligatoire} />
      <input
        id={id}
        name={nom}
        aria-invalid={erreurs?.length ? true : undefined}
        aria-describedby={decrit(id, aide, erreurs)}
        required={obligatoire}
        className={classeChamp(Boolean(erreurs?.length))}
        {...props}
      />
      <Description nom={id} aide={aide} erreurs={erreurs} />
    </div>
  );
}

export function ChampZoneTexte({
  nom,
  identifiant,
  libelle,
  erreurs,
  aide,
  obligatoire,
  ...props
}: ChampCommun & Omit<React.TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "id">) {
  const id = identifiant ?? nom;
  return (
    <div className="space-y-1">
      <Libelle nom={id} libelle={libelle} obligatoire={obligatoire} />
      <textarea
        id={id}
        name={nom}
        aria-invalid={erreurs?.length ? true : undefined}
        aria-describedby={decrit(id, aide, erreurs)}
        required={obligatoire}
        className={classeChamp(Boolean(erreurs?.length))}
        rows={4}
        {...props}
      />
      <Description nom={id} aide={aide} erreurs={erreurs} />
    </div>
  );
}

export function ChampSelection({
  nom,
  identifiant,
  libelle,
  erreurs,
  aide,
  obligatoire,
  options,
  videLibelle,
  ...props
}: ChampCommun & { options: { valeur: string; libelle: string }[]; videLibelle?: string } & Omit<React.SelectHTMLAttributes<HTMLSelectElement>, "name" | "id">) {
  const id = identifiant ?? nom;
  return (
    <div className="space-y-1">
      <Libelle nom={id} libelle={libelle} obligatoire={obligatoire} />
      <select
        id={id}
        name={nom}
        aria-invalid={erreurs?.length ? true : undefined}
        aria-describedby={decrit(id, aide, erreurs)}
        required={obligatoire}
        className={classeChamp(Boolean(erreurs?.length))}
        {...props}
      >
        {videLibelle !== undefined ? <option value="">{videLibelle}</option> : null}
        {options.map((o) => (
          <option key={o.valeur} value={o.valeur}>
            {o.libelle}
          </option>
        ))}
      </select>
      <Description nom={id} aide={aide} erreurs={erreurs} />
    </div>
  );
}
