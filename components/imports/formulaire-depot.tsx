"use client";

import { deposerFichierAction } from "@/lib/imports/actions";
import { useFormulaire } from "@/components/ui/use-formulaire";
import { MessageFormulaire } from "@/components/ui/message-formulaire";
import { Bouton } from "@/components/ui/bouton";

/** Dépôt d'un fichier d'allocataires : flux XML CNAF, CSV ou XLSX (reconnu par son contenu). */
export function FormulaireDepot() {
  const { etat, envoyer, enCours, erreurs } = useFormulaire(deposerFichierAction);
  const erreur = erreurs.fichier;
  return (
    <form action={envoyer} className="space-y-4 rounded border border-gray-300 bg-white p-4" aria-label="Déposer un fichier">
      <MessageFormulaire etat={etat} />
      <div className="space-y-1">
        <label htmlFor="fichier" className="block font-medium">
          Fichier à importer<span aria-hidden="true" className="text-erreur-700"> *</span>
          <span className="sr-only"> (obligatoire)</span>
        </label>
        <input
          id="fichier"
          name="fichier"
          type="file"
          required
          accept=".xml,.csv,.xlsx,text/xml,application/xml,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-describedby={`fichier-aide${erreur?.length ? " fichier-erreur" : ""}`}
          aria-invalid={erreur?.length ? true : undefined}
          className="block w-full max-w-full rounded border border-gray-500 bg-white px-3 py-2 text-base"
        />
        <p id="fichier-aide" className="text-sm text-gray-700">
          Flux « bénéficiaires » de la CAF ou de la MSA (XML), ou tableur d&apos;allocataires (CSV « ; » ou XLSX, une ligne par personne). 200 Mo au plus.
          Le même fichier importé deux fois ne change rien la seconde fois.
        </p>
        {erreur?.length ? (
          <p id="fichier-erreur" className="text-sm font-medium text-erreur-700">
            {erreur.join(" ")}
          </p>
        ) : null}
      </div>
      <Bouton type="submit" disabled={enCours}>
        {enCours ? "Envoi en cours…" : "Importer"}
      </Bouton>
    </form>
  );
}
