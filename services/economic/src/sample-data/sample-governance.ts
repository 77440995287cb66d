import { placeholderSiret } from "../common/identifiers";
import { AidNature, FunderKind, PaymentConditions } from "../funding/funding.enums";
import {
  AssociationMemberKind,
  BoardRole,
  BodyKind,
  College,
  DecisionOutcome,
} from "../governance/governance.enums";
import { sampleMembers } from "./sample-members";

/**
 * The association's governance and history as the seed tells them. Bodies named in the seed (the City of
 * Dijon, the Regional Council of Burgundy, Grand Dijon, Dijon Habitat, Au Jardin des Voisins) appear under
 * their names; their SIRETs here are format-valid placeholders, not their real numbers. People are invented
 * and marked « (exemple) »; dates inside 2010–2013 that the seed does not give are invented too.
 */

/** The association itself, as the beneficiary of its funding (placeholder identifiers). */
export const ASSOCIATION = {
  name: "Pôle de Coopération Culturel & Créatif du Grand Dijon",
  siret: placeholderSiret(2010),
  rna: "W212009999",
};

const FOUNDED_ON = "2010-12-02";

export const sampleAssociationMembers = [
  ...sampleMembers.map((member) => {
    const number = Number(member.id.slice(-2));
    return {
      college: College.MEMBER_ENTERPRISES,
      kind: AssociationMemberKind.ORGANISATION,
      name: member.name,
      memberId: member.id,
      hasVotingRights: true,
      votes: 1,
      boardRole:
        number === 1
          ? BoardRole.PRESIDENT
          : number === 2
            ? BoardRole.TREASURER
            : number === 5
              ? BoardRole.SECRETARY
              : number === 10
                ? BoardRole.VICE_PRESIDENT
                : null,
      joinedOn: member.joinedOn,
      leftOn: member.leftOn ?? null,
    };
  }),
  ...[
    ["Dijon Habitat", AssociationMemberKind.ORGANISATION, true, BoardRole.BOARD_MEMBER],
    ["Au Jardin des Voisins", AssociationMemberKind.ORGANISATION, true, BoardRole.BOARD_MEMBER],
  ].map(([name, kind, voting, role]) => ({
    college: College.PARTNERS,
    kind: kind as AssociationMemberKind,
    name: name as string,
    memberId: null,
    hasVotingRights: voting as boolean,
    votes: 1,
    boardRole: role as BoardRole,
    joinedOn: FOUNDED_ON,
    leftOn: null,
  })),
  ...[
    ["Claire Martin (exemple), économiste de la culture", true, "2011-06-20"],
    ["Paul Bernard (exemple), ancien directeur d'une scène nationale", false, "2012-06-20"],
  ].map(([name, voting, joinedOn]) => ({
    college: College.QUALIFIED_PERSONS,
    kind: AssociationMemberKind.PERSON,
    name: name as string,
    memberId: null,
    hasVotingRights: voting as boolean,
    votes: voting ? 1 : 0,
    boardRole: null,
    joinedOn: joinedOn as string,
    leftOn: null,
  })),
];

export const sampleOperatingTeam = [
  {
    fullName: "Julie Moreau (exemple)",
    jobTitle: "Coordinatrice du Pôle",
    startsOn: "2011-01-03",
    endsOn: null,
  },
  {
    fullName: "Sarah Petit (exemple)",
    jobTitle: "Chargée de développement économique",
    startsOn: "2011-09-01",
    endsOn: null,
  },
];

export const sampleSteeringCommitteeSeats = [
  { bodyName: "Ville de Dijon", bodyKind: BodyKind.CITY, isChair: true },
  { bodyName: "Conseil régional de Bourgogne", bodyKind: BodyKind.REGION, isChair: false },
  { bodyName: "Grand Dijon", bodyKind: BodyKind.METROPOLIS, isChair: false },
  { bodyName: "Dijon Habitat", bodyKind: BodyKind.SOCIAL_LANDLORD, isChair: false },
].map((seat) => ({ ...seat, since: "2011-01-01", until: null }));

export const sampleSteeringCommitteeMeetings = [
  {
    heldOn: "2011-03-15",
    place: "Hôtel de Ville de Dijon",
    summary: "Installation du comité de pilotage ; feuille de route 2011 du Pôle.",
    decisions: [
      ["Adoption de la feuille de route 2011", DecisionOutcome.ADOPTED],
      ["Lancement d'un diagnostic des besoins des membres", DecisionOutcome.ADOPTED],
      // The coordinator has been in post since 3 January 2011; the second post is filled on 1 September.
      ["Recrutement d'un second poste à temps plein", DecisionOutcome.ADOPTED],
    ],
  },
  {
    heldOn: "2011-11-10",
    place: "Immeuble Boutaric",
    summary: "Bilan des premières formations-actions ; offre de services 2012.",
    decisions: [["Tarifs préférentiels de location des bureaux", DecisionOutcome.ADOPTED]],
  },
  {
    heldOn: "2012-06-20",
    place: "Grand Dijon",
    summary: "Point d'étape du projet participatif et des actions commerciales mutualisées.",
    decisions: [
      ["Candidature au prix ANRU/FACE", DecisionOutcome.ADOPTED],
      ["Extension des bureaux au deuxième étage", DecisionOutcome.REJECTED],
    ],
  },
  {
    heldOn: "2013-06-18",
    place: "Immeuble Boutaric",
    summary: "Bilan 2010–2013 et perspectives de modélisation vers d'autres territoires.",
    decisions: [
      ["Candidature au Concours Bourgogne ESS", DecisionOutcome.ADOPTED],
      ["Programme de transfert de bonnes pratiques", DecisionOutcome.ADOPTED],
    ],
  },
].map(({ decisions, ...meeting }) => ({
  ...meeting,
  decisions: decisions.map(([title, outcome]) => ({
    title: title as string,
    outcome: outcome as DecisionOutcome,
  })),
}));

export const sampleMilestones = [
  {
    startsOn: "2003-01-01",
    endsOn: "2007-12-31",
    title: "L'alliance entre un opérateur culturel et un bailleur social",
    description: "Naissance du projet dans l'immeuble Boutaric, aux Grésilles.",
  },
  {
    startsOn: "2007-01-01",
    endsOn: "2010-12-31",
    title: "Installation des premières entreprises dans l'immeuble Boutaric",
    description: "Et premières actions culturelles et artistiques avec les habitants.",
  },
  { startsOn: "2010-12-02", endsOn: null, title: "Création de l'association", description: null },
  {
    startsOn: "2010-12-02",
    endsOn: "2013-12-31",
    title: "Le lancement du Pôle",
    description:
      "Structuration (gouvernance, études, diagnostics), projet participatif « Réenchantez l'Esplanade Boutaric », nouvelles entreprises, premiers services aux membres, financements des collectivités et de fondations, deux prix.",
  },
];

export const sampleAwards = [
  {
    name: "Prix ANRU/FACE",
    awardedBy: "ANRU et Fondation Agir Contre l'Exclusion (FACE)",
    awardedOn: "2012-12-11",
    description: "Prix distinguant l'action du Pôle dans un quartier en rénovation urbaine (date d'exemple).",
    amount: 5000,
  },
  {
    name: "Concours Bourgogne ESS",
    awardedBy: "Concours régional de l'économie sociale et solidaire en Bourgogne",
    awardedOn: "2013-11-21",
    description: "Prix régional de l'économie sociale et solidaire (date d'exemple).",
    amount: 3000,
  },
];

const funder = (name: string, kind: FunderKind, seed: number) => ({
  attributingBodyName: name,
  funderKind: kind,
  attributingBodySiret: placeholderSiret(seed),
});
const CITY = funder("Ville de Dijon", FunderKind.CITY, 21001);
const METROPOLIS = funder("Grand Dijon", FunderKind.METROPOLIS, 24001);
const REGION = funder("Conseil régional de Bourgogne", FunderKind.REGION, 23001);
const STATE = funder("Préfecture de la Côte-d'Or, politique de la ville (exemple)", FunderKind.STATE, 11001);
const FOUNDATION = funder("Fondation d'entreprise (exemple)", FunderKind.FOUNDATION, 50001);

export const sampleFundings = [
  [
    2011,
    CITY,
    "2011-02-14",
    30000,
    "Fonctionnement du Pôle : lancement et structuration",
    "Contrat de ville",
  ],
  [
    2011,
    REGION,
    "2011-04-18",
    25000,
    "Études et diagnostics de la filière culturelle et créative",
    "Économie sociale et solidaire",
  ],
  [
    2011,
    FOUNDATION,
    "2011-06-06",
    15000,
    "Premiers services aux membres : formations-actions",
    "Appel à projets innovation sociale",
  ],
  [2012, CITY, "2012-02-13", 30000, "Fonctionnement du Pôle", "Contrat de ville"],
  [2012, METROPOLIS, "2012-03-26", 20000, "Animation économique de la filière", "Développement économique"],
  [
    2012,
    REGION,
    "2012-04-16",
    28000,
    "Offre de services mutualisés aux entreprises membres",
    "Économie sociale et solidaire",
  ],
  [
    2012,
    STATE,
    "2012-05-21",
    12000,
    "Actions culturelles avec les habitants des Grésilles",
    "Politique de la ville",
  ],
  [2013, CITY, "2013-02-11", 32000, "Fonctionnement du Pôle", "Contrat de ville"],
  [2013, METROPOLIS, "2013-03-25", 22000, "Animation économique de la filière", "Développement économique"],
  [
    2013,
    REGION,
    "2013-04-15",
    30000,
    "Offre de services mutualisés et modélisation",
    "Économie sociale et solidaire",
  ],
  [
    2013,
    FOUNDATION,
    "2013-05-13",
    18000,
    "Modélisation et essaimage des bonnes pratiques",
    "Appel à projets innovation sociale",
  ],
].map(([year, body, agreementDate, amount, object, scheme], index) => {
  const instalments = (amount as number) >= 25000;
  const date = agreementDate as string;
  return {
    year: year as number,
    ...(body as ReturnType<typeof funder>),
    agreementDate: date,
    decisionReference: `DEL-${year}-${String(index + 1).padStart(3, "0")}`,
    beneficiaryName: ASSOCIATION.name,
    beneficiarySiret: ASSOCIATION.siret,
    beneficiaryRna: ASSOCIATION.rna,
    object: object as string,
    amount: amount as number,
    natures: [AidNature.CASH],
    paymentConditions: instalments ? PaymentConditions.INSTALMENTS : PaymentConditions.SINGLE,
    paymentDates: instalments
      ? [`${year}-${date.slice(5, 7)}-28`, `${year}-11-30`]
      : [`${year}-${date.slice(5, 7)}-28`],
    raeId: null,
    euNotification: false,
    subsidyPercentage: instalments ? 40 : 25,
    scheme: scheme as string,
    // SCDL `dispositifAide` is the funder's own identifier of the scheme (`id_aide` in its « dispositifs
    // d'aide » open data); these funders' identifiers are not known, so the sample leaves it empty.
    schemeId: null,
  };
});
