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

/** Attributs communs à tout contrôle : identifiant, nom, état d'erreur et descriptions associées. */
function attributs({ nom, identifiant, erreurs, aide, obligatoire }: ChampCommun) {
  const id = identifiant ?? nom;
  return {
    id,
    name: nom,
    "aria-invalid": erreurs?.length ? true : undefined,
    "aria-describedby": decrit(id, aide, erreurs),
    required: obligatoire,
    className: classeChamp(Boolean(erreurs?.length)),
  };
}

/** Libellé, contrôle, aide et erreur : la même mise en page pour tous les champs. */
function Champ({ commun, children }: { commun: ChampCommun; children: React.ReactNode }) {
  const id = commun.identifiant ?? commun.nom;
  return (
    <div className="space-y-1">
      <Libelle nom={id} libelle={commun.libelle} obligatoire={commun.obligatoire} />
      {children}
      <Description nom={id} aide={commun.aide} erreurs={commun.erreurs} />
    </div>
  );
}

export function ChampTexte({ nom, identifiant, libelle, erreurs, aide, obligatoire, ...props }: ChampCommun & Omit<React.InputHTMLAttributes<HTMLInputElement>, "name" | "id">) {
  const commun = { nom, identifiant, libelle, erreurs, aide, obligatoire };
  return (
    <Champ commun={commun}>
      <input {...attributs(commun)} {...props} />
    </Champ>
  );
}

export function ChampZoneTexte({ nom, identifiant, libelle, erreurs, aide, obligatoire, ...props }: ChampCommun & Omit<React.TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "id">) {
  const commun = { nom, identifiant, libelle, erreurs, aide, obligatoire };
  return (
    <Champ commun={commun}>
      <textarea {...attributs(commun)} rows={4} {...props} />
    </Champ>
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
  const commun = { nom, identifiant, libelle, erreurs, aide, obligatoire };
  return (
    <Champ commun={commun}>
      <select {...attributs(commun)} {...props}>
        {videLibelle !== undefined ? <option value="">{videLibelle}</option> : null}
        {options.map((o) => (
          <option key={o.valeur} value={o.valeur}>
            {o.libelle}
          </option>
        ))}
      </select>
    </Champ>
  );
}
