// Contenu d'un courrier, figé à l'émission (ce qui a été envoyé ne change plus) ; le PDF en est rendu à la demande.
import { formaterEuros } from "@/lib/format";
export interface ContenuCourrier {
  titre: string;
  emetteur: string;
  lieuDate: string;
  destinataire: string[];
  reference: string;
  objet: string;
  paragraphes: string[];
  signature: string[];
}

const dateLongue = (d: Date) => d.toLocaleDateString("fr-FR", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Paris" });
const heure = (d: Date) => d.toLocaleTimeString("fr-FR", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Paris" });

interface Personne {
  civilite: string;
  nom: string;
  prenom: string;
  numeroAllocataire: string;
}
const destinataire = (p: Personne) => [`${p.civilite} ${p.prenom} ${p.nom.toUpperCase()}`, `N° allocataire ${p.numeroAllocataire}`];

export function courrierConvocation(a: { departement: string; personne: Personne; agent: string; debut: Date; modalite: string; lieu: string | null; type: string; aujourdHui: Date }): ContenuCourrier {
  const ou = a.modalite === "PRESENTIEL" ? `à l'adresse suivante : ${a.lieu ?? "votre pôle d'insertion"}` : a.modalite === "TELEPHONE" ? "par téléphone : votre référent vous appellera" : "en visioconférence (le lien vous sera envoyé)";
  return {
    titre: "Convocation",
    emetteur: a.departement,
    lieuDate: `Le ${dateLongue(a.aujourdHui)}`,
    destinataire: destinataire(a.personne),
    reference: a.personne.numeroAllocataire,
    objet: `Convocation à un rendez-vous (${a.type.toLowerCase()})`,
    paragraphes: [
      `${a.personne.civilite},`,
      `Dans le cadre de votre accompagnement au titre du revenu de solidarité active, vous êtes convoqué(e) le ${dateLongue(a.debut)} à ${heure(a.debut)}, ${ou}.`,
      "Ce rendez-vous fait partie des engagements liés au versement du RSA. Si vous ne pouvez pas vous présenter, prévenez votre référent avant le rendez-vous en indiquant le motif : une absence non excusée peut conduire à l'examen de votre situation par l'équipe pluridisciplinaire.",
      "Veuillez agréer l'expression de nos salutations distinguées.",
    ],
    signature: [a.agent, "Référent de parcours"],
  };
}

export function courrierRappel(a: { departement: string; personne: Personne; agent: string; debut: Date; aujourdHui: Date }): ContenuCourrier {
  return {
    titre: "Rappel",
    emetteur: a.departement,
    lieuDate: `Le ${dateLongue(a.aujourdHui)}`,
    destinataire: destinataire(a.personne),
    reference: a.personne.numeroAllocataire,
    objet: "Rendez-vous non honoré",
    paragraphes: [
      `${a.personne.civilite},`,
      `Vous ne vous êtes pas présenté(e) au rendez-vous du ${dateLongue(a.debut)} à ${heure(a.debut)}, et nous n'avons pas reçu d'excuse.`,
      "Nous vous rappelons que le versement du RSA s'accompagne d'engagements, dont celui de vous présenter aux rendez-vous de votre accompagnement. Prenez contact avec votre référent pour fixer un nouveau rendez-vous. De nouvelles absences non excusées pourront conduire à l'examen de votre situation.",
      "Veuillez agréer l'expression de nos salutations distinguées.",
    ],
    signature: [a.agent, "Référent de parcours"],
  };
}

export function courrierInformation(a: { departement: string; personne: Personne; motif: string; instance: string; session: Date; dateLimite: Date; emetteur: string; aujourdHui: Date }): ContenuCourrier {
  return {
    titre: "Information avant examen de votre situation",
    emetteur: a.departement,
    lieuDate: `Le ${dateLongue(a.aujourdHui)}`,
    destinataire: destinataire(a.personne),
    reference: a.personne.numeroAllocataire,
    objet: `Examen de votre situation par : ${a.instance}`,
    paragraphes: [
      `${a.personne.civilite},`,
      `Votre situation au regard de vos droits et devoirs au titre du RSA sera examinée le ${dateLongue(a.session)} par : ${a.instance}. Motif : ${a.motif.toLowerCase()}.`,
      `Vous pouvez présenter vos observations, par écrit ou en étant entendu(e), jusqu'au ${dateLongue(a.dateLimite)} inclus. Vous pouvez vous faire assister de la personne de votre choix. Aucune décision ne sera prise avant cette date, sauf si vous présentez vos observations plus tôt.`,
      "La décision pourra être le maintien de votre allocation, une suspension-remobilisation (qui prend fin, avec restitution des sommes retenues dans la limite de trois mois, si vous reprenez vos engagements), ou, en cas de manquement renouvelé, une suppression partielle ou totale.",
      "Veuillez agréer l'expression de nos salutations distinguées.",
    ],
    signature: [a.emetteur, "Pour le président du conseil départemental"],
  };
}

export function courrierDecision(a: {
  departement: string;
  personne: Personne;
  libelleDecision: string;
  pourcentage: number | null;
  dureeMois: number | null;
  dateEffet: Date;
  dateFin: Date | null;
  montantSuspendu: number;
  motifs: string;
  decideur: string;
  qualite: string;
  aujourdHui: Date;
  type: string;
}): ContenuCourrier {
  const portee =
    a.type === "SUSPENSION_REMOBILISATION"
      ? `Le versement de votre allocation est suspendu à hauteur de ${a.pourcentage} % pendant ${a.dureeMois} mois, du ${dateLongue(a.dateEffet)} au ${dateLongue(a.dateFin!)}, soit ${formaterEuros(a.montantSuspendu)} au total. Si vous reprenez vos engagements (signature de votre contrat, présence à vos rendez-vous), la suspension prend fin et les sommes retenues vous sont restituées, dans la limite de trois mois de RSA. À défaut, la suspension deviendra définitive.`
      : a.type === "SUPPRESSION_PARTIELLE"
        ? `Votre allocation est supprimée à hauteur de ${a.pourcentage} % à compter du ${dateLongue(a.dateEffet)}.`
        : a.type === "SUPPRESSION_TOTALE"
          ? `Votre allocation est supprimée à compter du ${dateLongue(a.dateEffet)}.`
          : a.type === "RETABLISSEMENT"
            ? `Vos droits sont rétablis à compter du ${dateLongue(a.dateEffet)}.`
            : a.type === "REORIENTATION"
              ? `Votre parcours est réorienté à compter du ${dateLongue(a.dateEffet)} ; votre allocation est maintenue.`
              : "Votre allocation est maintenue.";
  return {
    titre: "Notification de décision",
    emetteur: a.departement,
    lieuDate: `Le ${dateLongue(a.aujourdHui)}`,
    destinataire: destinataire(a.personne),
    reference: a.personne.numeroAllocataire,
    objet: `Décision : ${a.libelleDecision}`,
    paragraphes: [
      `${a.personne.civilite},`,
      `Après examen de votre situation et de vos observations éventuelles, la décision suivante a été prise : ${a.libelleDecision.toLowerCase()}.`,
      portee,
      `Motifs : ${a.motifs}`,
      "Vous pouvez contester cette décision par un recours administratif préalable auprès du président du conseil départemental dans un délai de deux mois à compter de sa notification, puis, le cas échéant, devant le tribunal administratif.",
    ],
    signature: [a.decideur, a.qualite],
  };
}
