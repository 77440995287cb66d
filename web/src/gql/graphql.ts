/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Where a territory stands in adopting a practice. ADOPTED and ABANDONED are final and carry an end date. */
export type AdoptionStatus =
  /** Abandonnée (le résultat dit pourquoi). */
  | 'ABANDONED'
  /** Adoptée : la pratique est en place sur le territoire. */
  | 'ADOPTED'
  /** En cours d'adaptation et de mise en œuvre. */
  | 'IN_PROGRESS'
  /** Envisagée : le territoire a décidé de s'en inspirer. */
  | 'PLANNED';

/** Kind of audience a transfer was for. */
export type AudienceKind =
  /** Opérateurs et équipes culturels. */
  | 'CULTURAL_OPERATORS'
  /** Élus. */
  | 'ELECTED_OFFICIALS'
  /** Entreprises culturelles et créatives. */
  | 'ENTERPRISES'
  /** Agents des collectivités. */
  | 'LOCAL_AUTHORITY_STAFF'
  /** Public mixte (plusieurs des catégories ci-dessus). */
  | 'MIXED'
  /** Opérateurs intervenant dans les quartiers prioritaires (centres sociaux, associations…). */
  | 'NEIGHBOURHOOD_OPERATORS'
  /** Bailleurs sociaux. */
  | 'SOCIAL_LANDLORDS';

/** A territory's adoption of a published practice of another territory. */
export type CreateAdoptionInput = {
  /** Date it ended: required for ADOPTED and ABANDONED, refused otherwise; not before startedOn. */
  completedOn?: string | null | undefined;
  /** What came of it (French). */
  outcome?: string | null | undefined;
  /** Id of the practice adopted (published). */
  practiceId: string | number;
  /** Date the territory started adopting it. */
  startedOn: string;
  /** Where it stands; PLANNED when omitted. */
  status?: AdoptionStatus | null | undefined;
  /** Territory adopting it. A territory token may omit it (its own territory) and may name no other; staff must give it. */
  territoryId?: string | number | null | undefined;
  /** Id of the transfer that led to it, if any. */
  transferId?: string | number | null | undefined;
};

/** A new practice. It starts as a DRAFT unless `status` says IN_REVIEW. */
export type CreatePracticeInput = {
  /** Beneficiaries, as groups (French). */
  beneficiaries?: string | null | undefined;
  /** The challenge addressed (French). */
  challenge?: string | null | undefined;
  /** Who to contact, as a role in an organisation (French); never a person's name. */
  contactRole?: string | null | undefined;
  /** Ids of the Pôle's member structures that contributed, at most 50 (replaces the list). */
  contributingMemberIds?: Array<string | number> | null | undefined;
  /** WGS 84 coordinates of where it runs (null clears them). */
  coordinates?: PracticeCoordinatesInput | null | undefined;
  /** How the practice works (French). */
  description?: string | null | undefined;
  /** Difficulties met (French). */
  difficulties?: string | null | undefined;
  /** Date it ended; not before startedOn. */
  endedOn?: string | null | undefined;
  /** Funding sources, at most 20 (replaces the list). */
  fundingSources?: Array<PracticeFundingSourceInput> | null | undefined;
  /** Where to read more: an absolute https address, at most 2000 characters. */
  furtherInformationUrl?: string | null | undefined;
  /** Images, at most 10, each with its text alternative (replaces the list). */
  images?: Array<PracticeImageInput> | null | undefined;
  /** INSEE code of the commune where it runs: 5 characters, e.g. 21231 (2A/2B for Corsica). */
  inseeCode?: string | null | undefined;
  /** Lessons learned (French). */
  lessonsLearned?: string | null | undefined;
  /** Licence (SPDX identifier): CC-BY-SA-4.0, CC-BY-4.0, CC0-1.0, etalab-2.0. CC-BY-SA-4.0 when omitted at creation. */
  licence?: string | null | undefined;
  /** Main stakeholders (French). */
  mainStakeholders?: string | null | undefined;
  /** The organisation in charge (replaced as a whole; null clears it). */
  organisationInCharge?: PracticeOrganisationInput | null | undefined;
  /** Pillar the practice mainly belongs to. */
  pillar: Pillar;
  /** The policy instrument it relates to (French). */
  policyInstrument?: string | null | undefined;
  /** QPV code of the priority neighbourhood: QN + 6 or 7 characters (2024 geography, e.g. QN02501M) or QP + 6 digits (2015 geography, e.g. QP021003). */
  qpvCode?: string | null | undefined;
  /** Resources needed (replaces the three values together; null clears them). */
  resources?: PracticeResourcesInput | null | undefined;
  /** Results with their evidence, at most 20 (replaces the list). */
  results?: Array<PracticeResultInput> | null | undefined;
  /** Ids of the neighbourhood actions the practice was drawn from, at most 50 (replaces the list). */
  sourceActionIds?: Array<string | number> | null | undefined;
  /** Date the practice started. */
  startedOn?: string | null | undefined;
  /** DRAFT (default) or IN_REVIEW (then challenge, description and transferability are required). Only staff may create a PUBLISHED practice. */
  status?: PracticeStatus | null | undefined;
  /** Summary (French): what the practice is and what it achieved. */
  summary: string;
  /** Summary in English. */
  summaryEn?: string | null | undefined;
  /** Territory the practice comes from. A territory token may omit it (its own territory) and may name no other. */
  territoryId?: string | number | null | undefined;
  /** Free keywords (French), at most 20 (replaces the list). */
  themes?: Array<string> | null | undefined;
  /** Title (French). */
  title: string;
  /** Title in English. */
  titleEn?: string | null | undefined;
  /** Potential for transfer to other territories (French). */
  transferability?: string | null | undefined;
};

/** A transfer of good practice to a territory, from the Pôle or from another territory. */
export type CreateTransferInput = {
  /** Who attended, as a kind of audience in words (French), e.g. « élus communautaires »; never names. */
  audience: string;
  /** Kind of audience. */
  audienceKind: AudienceKind;
  /** Ids of the Pôle's member structures that facilitated it, at most 50. */
  facilitatingMemberIds?: Array<string | number> | null | undefined;
  /** Territory that gave the transfer; omitted or null when the Pôle gave it. A territory token may name itself here to record a transfer it gave to another territory (then territoryId is required and names the receiver). */
  fromTerritoryId?: string | number | null | undefined;
  /** Date it took place (its first day). */
  heldOn: string;
  /** Kind of transfer. */
  kind: TransferKind;
  /** Number of participants (0 to 100000). */
  participantCount: number;
  /** Ids of the practices used (that the caller may see), at most 50. */
  practiceIds?: Array<string | number> | null | undefined;
  /** Territory the practice was transferred to. A territory token may omit it (its own territory) and names another only when it gave the transfer (fromTerritoryId: itself); staff must give it. */
  territoryId?: string | number | null | undefined;
  /** Title (French). */
  title: string;
};

/** An adoption to delete: staff, or the adopting territory. */
export type DeleteAdoptionInput = {
  /** Id of the adoption. */
  id: string | number;
};

/** Kind of the organisation in charge of a practice. */
export type OrganisationKind =
  /** An association (loi 1901). */
  | 'ASSOCIATION'
  /** A company. */
  | 'COMPANY'
  /** A commune, an intercommunality, a department or a region. */
  | 'LOCAL_AUTHORITY'
  /** Any other organisation, or several together. */
  | 'OTHER'
  /** Another public body: a state service, a public establishment, an agency. */
  | 'PUBLIC_BODY'
  /** A social-economy enterprise: SCIC, SCOP, CAE… */
  | 'SOCIAL_ECONOMY_ENTERPRISE'
  /** A social housing landlord (bailleur social). */
  | 'SOCIAL_LANDLORD';

/** Pillar of the Pôle's project a practice mainly belongs to. */
export type Pillar =
  /** Développement économique des entreprises culturelles et créatives (offre de services). */
  | 'ECONOMIC_DEVELOPMENT'
  /** Modéliser, partager et valoriser les bonnes pratiques vers d'autres territoires. */
  | 'KNOWLEDGE_SHARING'
  /** Mieux-être et attractivité du quartier (actions avec et pour les habitants). */
  | 'NEIGHBOURHOOD';

/** Where a practice runs, as WGS 84 coordinates (decimal degrees, both required). */
export type PracticeCoordinatesInput = {
  /** Latitude, from -90 to 90 (north positive). */
  latitude: number;
  /** Longitude, from -180 to 180 (east positive). */
  longitude: number;
};

/** A funding source of a practice. */
export type PracticeFundingSourceInput = {
  /** Amount in euros, 0 to a billion, at most two decimals. */
  amount?: number | null | undefined;
  /** The funder (French), at most 200 characters. */
  funder: string;
  /** The programme or call, at most 200 characters. */
  programme?: string | null | undefined;
};

/** An image of a practice. */
export type PracticeImageInput = {
  /** Text alternative (French) describing the image, required for accessibility, at most 300 characters. */
  altText: string;
  /** Who to credit, at most 200 characters. */
  credit?: string | null | undefined;
  /** Licence of the image, at most 100 characters. */
  licence?: string | null | undefined;
  /** Address of the image: an absolute https address (pages served over https show it). */
  url: string;
};

/** The organisation in charge of a practice (replaced as a whole). */
export type PracticeOrganisationInput = {
  /** Kind of organisation. */
  kind?: OrganisationKind | null | undefined;
  /** Name of the organisation (French), at most 200 characters. */
  name: string;
  /** SIRET: 14 digits with a valid check digit. */
  siret?: string | null | undefined;
  /** Web site: an absolute http or https address. */
  url?: string | null | undefined;
};

/** Resources needed to run a practice: budget and people. */
export type PracticeResourcesInput = {
  /** Budget needed, in euros, at most two decimals. */
  budget?: number | null | undefined;
  /** The resources in words (French): skills, premises, equipment, period of the budget. */
  description?: string | null | undefined;
  /** Number of people needed to run it. */
  peopleCount?: number | null | undefined;
};

/** A measured result of a practice with its evidence. */
export type PracticeResultInput = {
  /** Evidence for the value (French): source, survey or report, and its date. */
  evidence?: string | null | undefined;
  /** What was measured (French), e.g. « habitants ayant participé aux ateliers ». */
  indicator: string;
  /** Unit of the value (French), e.g. « personnes ». */
  unit?: string | null | undefined;
  /** The measured value. */
  value: number;
};

/** Editorial status of a practice. Only published practices are visible outside the Pôle's team. */
export type PracticeStatus =
  /** Brouillon, en cours de rédaction. */
  | 'DRAFT'
  /** En relecture avant publication. */
  | 'IN_REVIEW'
  /** Publiée : lisible par tous. */
  | 'PUBLISHED'
  /** Retirée de la publication. */
  | 'WITHDRAWN';

/** Submits a DRAFT practice for review (DRAFT → IN_REVIEW): staff, or the practice's own territory. */
export type SubmitPracticeInput = {
  /** Id of the practice. */
  id: string | number;
};

/** Kind of a transfer of good practice to another territory. */
export type TransferKind =
  /** Transfert de bonnes pratiques vers les élus. */
  | 'ELECTED_OFFICIALS_BRIEFING'
  /** Formation in situ. */
  | 'IN_SITU_TRAINING'
  /** Transfert de savoir-faire. */
  | 'KNOW_HOW_TRANSFER'
  /** Transfert vers d'autres opérateurs des quartiers prioritaires. */
  | 'OPERATOR_TRANSFER'
  /** Ingénierie de projets. */
  | 'PROJECT_ENGINEERING';

/** Changes to an adoption: omitted fields stay as they are, null clears the optional ones. Staff, or the adopting territory. */
export type UpdateAdoptionInput = {
  /** Date it ended: required for ADOPTED and ABANDONED, refused otherwise. */
  completedOn?: string | null | undefined;
  /** Id of the adoption. */
  id: string | number;
  /** What came of it (French). */
  outcome?: string | null | undefined;
  /** Date the territory started adopting it. */
  startedOn?: string | null | undefined;
  /** Where it stands. */
  status?: AdoptionStatus | null | undefined;
  /** Id of the transfer that led to it; null unlinks it. */
  transferId?: string | number | null | undefined;
};

/** Changes to a practice: omitted fields stay as they are, null clears a field. A territory changes its own DRAFT or IN_REVIEW practices; staff also correct PUBLISHED ones; WITHDRAWN practices are frozen. */
export type UpdatePracticeInput = {
  /** Beneficiaries, as groups (French). */
  beneficiaries?: string | null | undefined;
  /** The challenge addressed (French). */
  challenge?: string | null | undefined;
  /** Who to contact, as a role in an organisation (French); never a person's name. */
  contactRole?: string | null | undefined;
  /** Ids of the Pôle's member structures that contributed, at most 50 (replaces the list). */
  contributingMemberIds?: Array<string | number> | null | undefined;
  /** WGS 84 coordinates of where it runs (null clears them). */
  coordinates?: PracticeCoordinatesInput | null | undefined;
  /** How the practice works (French). */
  description?: string | null | undefined;
  /** Difficulties met (French). */
  difficulties?: string | null | undefined;
  /** Date it ended; not before startedOn. */
  endedOn?: string | null | undefined;
  /** Funding sources, at most 20 (replaces the list). */
  fundingSources?: Array<PracticeFundingSourceInput> | null | undefined;
  /** Where to read more: an absolute https address, at most 2000 characters. */
  furtherInformationUrl?: string | null | undefined;
  /** Id of the practice. */
  id: string | number;
  /** Images, at most 10, each with its text alternative (replaces the list). */
  images?: Array<PracticeImageInput> | null | undefined;
  /** INSEE code of the commune where it runs: 5 characters, e.g. 21231 (2A/2B for Corsica). */
  inseeCode?: string | null | undefined;
  /** Lessons learned (French). */
  lessonsLearned?: string | null | undefined;
  /** Licence (SPDX identifier): CC-BY-SA-4.0, CC-BY-4.0, CC0-1.0, etalab-2.0. CC-BY-SA-4.0 when omitted at creation. */
  licence?: string | null | undefined;
  /** Main stakeholders (French). */
  mainStakeholders?: string | null | undefined;
  /** The organisation in charge (replaced as a whole; null clears it). */
  organisationInCharge?: PracticeOrganisationInput | null | undefined;
  /** Pillar the practice mainly belongs to. */
  pillar?: Pillar | null | undefined;
  /** The policy instrument it relates to (French). */
  policyInstrument?: string | null | undefined;
  /** QPV code of the priority neighbourhood: QN + 6 or 7 characters (2024 geography, e.g. QN02501M) or QP + 6 digits (2015 geography, e.g. QP021003). */
  qpvCode?: string | null | undefined;
  /** Resources needed (replaces the three values together; null clears them). */
  resources?: PracticeResourcesInput | null | undefined;
  /** Results with their evidence, at most 20 (replaces the list). */
  results?: Array<PracticeResultInput> | null | undefined;
  /** Ids of the neighbourhood actions the practice was drawn from, at most 50 (replaces the list). */
  sourceActionIds?: Array<string | number> | null | undefined;
  /** Date the practice started. */
  startedOn?: string | null | undefined;
  /** Summary (French). */
  summary?: string | null | undefined;
  /** Summary in English. */
  summaryEn?: string | null | undefined;
  /** Territory the practice comes from (staff only: a territory cannot give its practice away). */
  territoryId?: string | number | null | undefined;
  /** Free keywords (French), at most 20 (replaces the list). */
  themes?: Array<string> | null | undefined;
  /** Title (French). */
  title?: string | null | undefined;
  /** Title in English. */
  titleEn?: string | null | undefined;
  /** Potential for transfer to other territories (French). */
  transferability?: string | null | undefined;
};

/** Changes to a transfer: omitted fields stay as they are. A territory changes the transfers it received or gave, and cannot move them to other territories. */
export type UpdateTransferInput = {
  /** Who attended, as a kind of audience in words (French). */
  audience?: string | null | undefined;
  /** Kind of audience. */
  audienceKind?: AudienceKind | null | undefined;
  /** Ids of the member structures that facilitated it, at most 50 (replaces the list; null empties it). */
  facilitatingMemberIds?: Array<string | number> | null | undefined;
  /** Territory that gave the transfer; null when the Pôle did (staff only). */
  fromTerritoryId?: string | number | null | undefined;
  /** Date it took place (its first day). */
  heldOn?: string | null | undefined;
  /** Id of the transfer. */
  id: string | number;
  /** Kind of transfer. */
  kind?: TransferKind | null | undefined;
  /** Number of participants (0 to 100000). */
  participantCount?: number | null | undefined;
  /** Ids of the practices used, at most 50 (replaces the list; null empties it). */
  practiceIds?: Array<string | number> | null | undefined;
  /** Territory the practice was transferred to (staff only). */
  territoryId?: string | number | null | undefined;
  /** Title (French). */
  title?: string | null | undefined;
};

/** The role a token gives its bearer (see the README's « Who may read what »). */
export type ViewerRole =
  /** The regional council: reports and aggregates. */
  | 'COUNCIL'
  /** A member structure: its own data (see Viewer.member). */
  | 'MEMBER'
  /** The Pôle's team: reads and writes everything. */
  | 'STAFF'
  /** A partner territory: its own practices and transfers (see Viewer.territory). */
  | 'TERRITORY';

export type SignInChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type SignInChoicesQuery = { members: { edges: Array<{ node: { id: string, name: string } }> } | null, territories: { edges: Array<{ node: { id: string, name: string } }> } | null };

export type SignedInViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type SignedInViewerQuery = { viewer: { role: ViewerRole, roleLabel: string | null, member: { id: string, name: string } | null, territory: { id: string, name: string } | null } | null };

export type TerritoryPracticeItemFragment = { id: string, title: string, summary: string | null, status: PracticeStatus, statusLabel: string | null, pillar: Pillar, pillarLabel: string | null, challenge: string | null, description: string | null, transferability: string | null, themes: Array<string>, publishedOn: string | null, updatedAt: string, reviewComments: Array<{ id: string, authorRole: string, comment: string, createdAt: string }> | null };

export type TerritoryOverviewQueryVariables = Exact<{
  territoryId: string | number;
}>;


export type TerritoryOverviewQuery = { territory: { id: string, name: string, kindLabel: string | null, inseeCode: string | null, qpvCodes: Array<string> } | null, practices: { totalCount: number, edges: Array<{ node: { id: string, title: string, status: PracticeStatus, statusLabel: string | null, publishedOn: string | null, reviewComments: Array<{ id: string }> | null } }> } | null };

export type TerritoryDraftsQueryVariables = Exact<{
  territoryId: string | number;
}>;


export type TerritoryDraftsQuery = { territory: { id: string, name: string } | null, practices: { edges: Array<{ node: { id: string, title: string, summary: string | null, status: PracticeStatus, statusLabel: string | null, pillar: Pillar, pillarLabel: string | null, challenge: string | null, description: string | null, transferability: string | null, themes: Array<string>, publishedOn: string | null, updatedAt: string, reviewComments: Array<{ id: string, authorRole: string, comment: string, createdAt: string }> | null } }> } | null, inReview: { edges: Array<{ node: { id: string, title: string, statusLabel: string | null, updatedAt: string } }> } | null };

export type TerritoryCreatePracticeMutationVariables = Exact<{
  input: CreatePracticeInput;
}>;


export type TerritoryCreatePracticeMutation = { createPractice: { practice: { id: string, title: string, summary: string | null, status: PracticeStatus, statusLabel: string | null, pillar: Pillar, pillarLabel: string | null, challenge: string | null, description: string | null, transferability: string | null, themes: Array<string>, publishedOn: string | null, updatedAt: string, reviewComments: Array<{ id: string, authorRole: string, comment: string, createdAt: string }> | null } } | null };

export type TerritoryUpdatePracticeMutationVariables = Exact<{
  input: UpdatePracticeInput;
}>;


export type TerritoryUpdatePracticeMutation = { updatePractice: { practice: { id: string, title: string, summary: string | null, status: PracticeStatus, statusLabel: string | null, pillar: Pillar, pillarLabel: string | null, challenge: string | null, description: string | null, transferability: string | null, themes: Array<string>, publishedOn: string | null, updatedAt: string, reviewComments: Array<{ id: string, authorRole: string, comment: string, createdAt: string }> | null } } | null };

export type TerritorySubmitPracticeMutationVariables = Exact<{
  input: SubmitPracticeInput;
}>;


export type TerritorySubmitPracticeMutation = { submitPractice: { practice: { id: string, status: PracticeStatus, statusLabel: string | null } } | null };

export type TerritoryTransferItemFragment = { id: string, kind: TransferKind, kindLabel: string | null, title: string, heldOn: string, audience: string, audienceKind: AudienceKind, audienceKindLabel: string | null, participantCount: number, originLabel: string | null, fromTerritory: { id: string, name: string } | null, territory: { id: string, name: string }, practices: Array<{ id: string, title: string }> };

export type TerritoryAdoptionItemFragment = { id: string, status: AdoptionStatus, statusLabel: string | null, startedOn: string, completedOn: string | null, outcome: string | null, practice: { id: string, title: string, territory: { id: string, name: string } | null } };

export type TerritoryExchangesQueryVariables = Exact<{
  territoryId: string | number;
}>;


export type TerritoryExchangesQuery = { territory: { id: string, name: string } | null, received: { edges: Array<{ node: { id: string, kind: TransferKind, kindLabel: string | null, title: string, heldOn: string, audience: string, audienceKind: AudienceKind, audienceKindLabel: string | null, participantCount: number, originLabel: string | null, fromTerritory: { id: string, name: string } | null, territory: { id: string, name: string }, practices: Array<{ id: string, title: string }> } }> } | null, given: { edges: Array<{ node: { id: string, kind: TransferKind, kindLabel: string | null, title: string, heldOn: string, audience: string, audienceKind: AudienceKind, audienceKindLabel: string | null, participantCount: number, originLabel: string | null, fromTerritory: { id: string, name: string } | null, territory: { id: string, name: string }, practices: Array<{ id: string, title: string }> } }> } | null, adoptions: { edges: Array<{ node: { id: string, status: AdoptionStatus, statusLabel: string | null, startedOn: string, completedOn: string | null, outcome: string | null, practice: { id: string, title: string, territory: { id: string, name: string } | null } } }> } | null, published: { edges: Array<{ node: { id: string, title: string, territory: { id: string, name: string } | null } }> } | null, territories: { edges: Array<{ node: { id: string, name: string } }> } | null };

export type TerritoryCreateTransferMutationVariables = Exact<{
  input: CreateTransferInput;
}>;


export type TerritoryCreateTransferMutation = { createTransfer: { transfer: { id: string, kind: TransferKind, kindLabel: string | null, title: string, heldOn: string, audience: string, audienceKind: AudienceKind, audienceKindLabel: string | null, participantCount: number, originLabel: string | null, fromTerritory: { id: string, name: string } | null, territory: { id: string, name: string }, practices: Array<{ id: string, title: string }> } } | null };

export type TerritoryUpdateTransferMutationVariables = Exact<{
  input: UpdateTransferInput;
}>;


export type TerritoryUpdateTransferMutation = { updateTransfer: { transfer: { id: string, kind: TransferKind, kindLabel: string | null, title: string, heldOn: string, audience: string, audienceKind: AudienceKind, audienceKindLabel: string | null, participantCount: number, originLabel: string | null, fromTerritory: { id: string, name: string } | null, territory: { id: string, name: string }, practices: Array<{ id: string, title: string }> } } | null };

export type TerritoryCreateAdoptionMutationVariables = Exact<{
  input: CreateAdoptionInput;
}>;


export type TerritoryCreateAdoptionMutation = { createAdoption: { adoption: { id: string, status: AdoptionStatus, statusLabel: string | null, startedOn: string, completedOn: string | null, outcome: string | null, practice: { id: string, title: string, territory: { id: string, name: string } | null } } } | null };

export type TerritoryUpdateAdoptionMutationVariables = Exact<{
  input: UpdateAdoptionInput;
}>;


export type TerritoryUpdateAdoptionMutation = { updateAdoption: { adoption: { id: string, status: AdoptionStatus, statusLabel: string | null, startedOn: string, completedOn: string | null, outcome: string | null, practice: { id: string, title: string, territory: { id: string, name: string } | null } } } | null };

export type TerritoryDeleteAdoptionMutationVariables = Exact<{
  input: DeleteAdoptionInput;
}>;


export type TerritoryDeleteAdoptionMutation = { deleteAdoption: { deletedAdoptionId: string } | null };

export const TerritoryPracticeItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoryPracticeItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Practice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"pillar"}},{"kind":"Field","name":{"kind":"Name","value":"pillarLabel"}},{"kind":"Field","name":{"kind":"Name","value":"challenge"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"transferability"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorRole"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<TerritoryPracticeItemFragment, unknown>;
export const TerritoryTransferItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoryTransferItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transfer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"audienceKind"}},{"kind":"Field","name":{"kind":"Name","value":"audienceKindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"participantCount"}},{"kind":"Field","name":{"kind":"Name","value":"originLabel"}},{"kind":"Field","name":{"kind":"Name","value":"fromTerritory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"practices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<TerritoryTransferItemFragment, unknown>;
export const TerritoryAdoptionItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoryAdoptionItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Adoption"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"practice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<TerritoryAdoptionItemFragment, unknown>;
export const SignInChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignInChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"NAME"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"territories"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SignInChoicesQuery, SignInChoicesQueryVariables>;
export const SignedInViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignedInViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleLabel"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SignedInViewerQuery, SignedInViewerQueryVariables>;
export const TerritoryOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TerritoryOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"territoryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"territoryId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"inseeCode"}},{"kind":"Field","name":{"kind":"Name","value":"qpvCodes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"practices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"territoryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"territoryId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TerritoryOverviewQuery, TerritoryOverviewQueryVariables>;
export const TerritoryDraftsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TerritoryDrafts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"territoryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"territoryId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"practices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"territoryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"territoryId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"DRAFT"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TerritoryPracticeItem"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"inReview"},"name":{"kind":"Name","value":"practices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"territoryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"territoryId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"IN_REVIEW"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoryPracticeItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Practice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"pillar"}},{"kind":"Field","name":{"kind":"Name","value":"pillarLabel"}},{"kind":"Field","name":{"kind":"Name","value":"challenge"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"transferability"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorRole"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<TerritoryDraftsQuery, TerritoryDraftsQueryVariables>;
export const TerritoryCreatePracticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TerritoryCreatePractice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePracticeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPractice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"practice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TerritoryPracticeItem"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoryPracticeItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Practice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"pillar"}},{"kind":"Field","name":{"kind":"Name","value":"pillarLabel"}},{"kind":"Field","name":{"kind":"Name","value":"challenge"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"transferability"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorRole"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<TerritoryCreatePracticeMutation, TerritoryCreatePracticeMutationVariables>;
export const TerritoryUpdatePracticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TerritoryUpdatePractice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePracticeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePractice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"practice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TerritoryPracticeItem"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoryPracticeItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Practice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"pillar"}},{"kind":"Field","name":{"kind":"Name","value":"pillarLabel"}},{"kind":"Field","name":{"kind":"Name","value":"challenge"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"transferability"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorRole"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<TerritoryUpdatePracticeMutation, TerritoryUpdatePracticeMutationVariables>;
export const TerritorySubmitPracticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TerritorySubmitPractice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitPracticeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitPractice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"practice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}}]}}]}}]}}]} as unknown as DocumentNode<TerritorySubmitPracticeMutation, TerritorySubmitPracticeMutationVariables>;
export const TerritoryExchangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TerritoryExchanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"territoryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"territoryId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"received"},"name":{"kind":"Name","value":"transfers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"territoryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"territoryId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TerritoryTransferItem"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"given"},"name":{"kind":"Name","value":"transfers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"fromTerritoryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"territoryId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TerritoryTransferItem"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"adoptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"territoryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"territoryId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TerritoryAdoptionItem"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"published"},"name":{"kind":"Name","value":"practices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PUBLISHED"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"territories"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoryTransferItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transfer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"audienceKind"}},{"kind":"Field","name":{"kind":"Name","value":"audienceKindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"participantCount"}},{"kind":"Field","name":{"kind":"Name","value":"originLabel"}},{"kind":"Field","name":{"kind":"Name","value":"fromTerritory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"practices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoryAdoptionItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Adoption"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"practice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<TerritoryExchangesQuery, TerritoryExchangesQueryVariables>;
export const TerritoryCreateTransferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TerritoryCreateTransfer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTransferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transfer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TerritoryTransferItem"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoryTransferItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transfer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"audienceKind"}},{"kind":"Field","name":{"kind":"Name","value":"audienceKindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"participantCount"}},{"kind":"Field","name":{"kind":"Name","value":"originLabel"}},{"kind":"Field","name":{"kind":"Name","value":"fromTerritory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"practices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<TerritoryCreateTransferMutation, TerritoryCreateTransferMutationVariables>;
export const TerritoryUpdateTransferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TerritoryUpdateTransfer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTransferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transfer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TerritoryTransferItem"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoryTransferItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transfer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"audienceKind"}},{"kind":"Field","name":{"kind":"Name","value":"audienceKindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"participantCount"}},{"kind":"Field","name":{"kind":"Name","value":"originLabel"}},{"kind":"Field","name":{"kind":"Name","value":"fromTerritory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"practices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<TerritoryUpdateTransferMutation, TerritoryUpdateTransferMutationVariables>;
export const TerritoryCreateAdoptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TerritoryCreateAdoption"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAdoptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAdoption"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoption"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TerritoryAdoptionItem"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoryAdoptionItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Adoption"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"practice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<TerritoryCreateAdoptionMutation, TerritoryCreateAdoptionMutationVariables>;
export const TerritoryUpdateAdoptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TerritoryUpdateAdoption"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAdoptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAdoption"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoption"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TerritoryAdoptionItem"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoryAdoptionItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Adoption"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"practice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<TerritoryUpdateAdoptionMutation, TerritoryUpdateAdoptionMutationVariables>;
export const TerritoryDeleteAdoptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TerritoryDeleteAdoption"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteAdoptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAdoption"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedAdoptionId"}}]}}]}}]} as unknown as DocumentNode<TerritoryDeleteAdoptionMutation, TerritoryDeleteAdoptionMutationVariables>;