/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Kind of an action with and for the inhabitants of the neighbourhood. */
export type ActionKind =
  /** Accompagnement des initiatives collectives. */
  | 'COLLECTIVE_INITIATIVE_SUPPORT'
  /** Animations d'actions culturelles et artistiques avec et pour les habitants. */
  | 'CULTURAL_ARTISTIC'
  /** Partenariat avec la plateforme dynamique de l'emploi (formations, immersions). */
  | 'EMPLOYMENT_PARTNERSHIP'
  /** Parcours d'insertion par les métiers culturels et créatifs. */
  | 'INSERTION_PATHWAY'
  /** Études de marché pour de nouvelles activités économiques. */
  | 'MARKET_STUDY';

/** Where in the Grésilles an action takes place. */
export type ActionPlaceKind =
  /** Dans l'immeuble Boutaric, where the members are installed. */
  | 'BOUTARIC_BUILDING'
  /** Ailleurs dans le quartier des Grésilles (a school, a square, a community centre…). */
  | 'ELSEWHERE_IN_NEIGHBOURHOOD'
  /** Sur l'Esplanade Boutaric, in front of the building. */
  | 'ESPLANADE_BOUTARIC';

/** Where an action stands. */
export type ActionStatus =
  /** Annulée (through cancelNeighbourhoodAction; left out of the annual report's figures). */
  | 'CANCELLED'
  /** Terminée (has an end date). */
  | 'DONE'
  /** Prévue: not started yet. */
  | 'PLANNED'
  /** En cours. */
  | 'RUNNING';

/** An activity of the cultural and creative sector. */
export type Activity =
  /** Accompagnement d'équipes artistiques. */
  | 'ARTISTIC_TEAM_SUPPORT'
  /** Audiovisuel. */
  | 'AUDIOVISUAL'
  /** Cinéma. */
  | 'CINEMA'
  /** Design. */
  | 'DESIGN'
  /** Graphisme. */
  | 'GRAPHIC_DESIGN'
  /** Spectacle vivant. */
  | 'LIVE_PERFORMANCE'
  /** Musique. */
  | 'MUSIC'
  /** Photographie. */
  | 'PHOTOGRAPHY'
  /** Édition. */
  | 'PUBLISHING'
  /** Jeu vidéo. */
  | 'VIDEO_GAMES'
  /** Arts visuels. */
  | 'VISUAL_ARTS'
  /** Web. */
  | 'WEB';

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

/** Narrows an audit trail; every given criterion must hold. */
export type AuditTrailFilter = {
  /** Only the entries of this record (its id). */
  recordId?: string | number | null | undefined;
};

/** Books a shared resource for a slot: staff for any member, a member for itself. Overlapping slots are refused with CONFLICT. */
export type BookSharedResourceInput = {
  /** End of the slot, after its start, at most 14 days later. */
  endsAt: string;
  /** The member booking. */
  memberId: string | number;
  /** Why (French), up to 300 characters. */
  purpose?: string | null | undefined;
  /** The resource. */
  resourceId: string | number;
  /** Start of the slot. */
  startsAt: string;
};

/** Cancels a booking: staff, or the member that booked. */
export type CancelBookingInput = {
  /** The booking. */
  bookingId: string | number;
};

/** Moderation state of a contribution. */
export type ContributionStatus =
  /** Hidden by the staff's moderation, with a reason; visible to staff only. */
  | 'HIDDEN'
  /** Submitted while contributions are pre-moderated, waiting for the staff to publish or hide it; visible to staff only (and to its submitter in the submission's answer). */
  | 'PENDING'
  /** Visible to everyone: published when submitted, or approved by the staff when contributions are pre-moderated. */
  | 'PUBLISHED';

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

/** The record a service engagement comes from. */
export type EngagementKind =
  /** A booking of a shared room or piece of equipment. */
  | 'BOOKING'
  /** One side of an economic collaboration between two members. */
  | 'COLLABORATION'
  /** Participation in a pooled commercial action. */
  | 'COMMERCIAL_ACTION'
  /** A tailored consulting session. */
  | 'CONSULTING_SESSION'
  /** A share of a group purchase. */
  | 'GROUP_PURCHASE'
  /** An office lease, one engagement per calendar year in force. */
  | 'OFFICE_LEASE'
  /** Attendance at a training session. */
  | 'TRAINING';

/** Legal form of a member structure. */
export type LegalForm =
  /** Association loi 1901. */
  | 'ASSOCIATION'
  /** Activity hosted by a coopérative d'activité et d'emploi (portage via CAE). */
  | 'CAE_HOSTING'
  /** Établissement public de coopération culturelle. */
  | 'EPCC'
  /** Entreprise unipersonnelle à responsabilité limitée. */
  | 'EURL'
  /** Société à responsabilité limitée. */
  | 'SARL'
  /** Société par actions simplifiée. */
  | 'SAS'
  /** Société coopérative d'intérêt collectif. */
  | 'SCIC'
  /** Société coopérative et participative. */
  | 'SCOP';

/** Narrows the list of members; every given criterion must hold. */
export type MemberFilter = {
  /** Only members of the Pôle at some point of this year. */
  activeInYear?: number | null | undefined;
  /** Only members carrying at least one of these activities (an empty list does not narrow). */
  activities?: Array<Activity> | null | undefined;
  /**
   * Only members carrying this activity.
   * @deprecated 2026-12-02: use activities
   */
  activity?: Activity | null | undefined;
  /** Also list structures that have left the Pôle (left date in the past). Without it the directory lists current members only, unless `activeInYear` asks about a year (then those who left since are included); `false` always leaves them out. */
  includeFormer?: boolean | null | undefined;
  /**
   * Only members of this legal form.
   * @deprecated 2026-12-02: use legalForms
   */
  legalForm?: LegalForm | null | undefined;
  /** Only members of one of these legal forms (an empty list does not narrow). */
  legalForms?: Array<LegalForm> | null | undefined;
  /** Only installed, or only associated, members. */
  membershipKind?: MembershipKind | null | undefined;
  /** Only members whose name contains this text, ignoring case and accents (`cine` finds « Ciné-Quartier », `GRESILLES` finds « Grésilles »). */
  nameContains?: string | null | undefined;
};

/** How a structure belongs to the Pôle. */
export type MembershipKind =
  /** Associated member located elsewhere on the territory. */
  | 'ASSOCIATED'
  /** Installed in the Boutaric building (Grésilles). */
  | 'INSTALLED';

/** A moderation decision on a contribution (staff). */
export type ModerateContributionInput = {
  /** The contribution (UUID). */
  contributionId: string | number;
  /** Why it is hidden (French, 3 to 500 characters; required to hide, dropped when publishing). Staff only. */
  reason?: string | null | undefined;
  /** PUBLISHED to show it (approving it when it awaits moderation), HIDDEN to hide it (a reason is then required); PENDING is refused. */
  status: ContributionStatus;
};

/** Narrows the list of neighbourhood actions; every given criterion must hold. */
export type NeighbourhoodActionFilter = {
  /** Only actions still running on or after this date: ending on or after it, or with no end. */
  from?: string | null | undefined;
  /** Only actions of this kind. */
  kind?: ActionKind | null | undefined;
  /** Only actions led by this member structure (a UUID). */
  leadMemberId?: string | number | null | undefined;
  /** Only actions belonging to this participatory project (a UUID). */
  participatoryProjectId?: string | number | null | undefined;
  /** Only actions at this place: its whole name, ignoring case and accents (`esplanade boutaric`). */
  place?: string | null | undefined;
  /** Only actions in this part of the neighbourhood (the building, the Esplanade, elsewhere). */
  placeKind?: ActionPlaceKind | null | undefined;
  /** Only actions in this priority neighbourhood, by its QPV code as recorded on the action: QN + 6 or 7 characters (2024 geography, e.g. QN02501M) or QP + 6 digits (2015 geography, e.g. QP021003). A neighbourhood's code of one geography does not find actions recorded with its code of the other. */
  qpvCode?: string | null | undefined;
  /** Only actions with this status. */
  status?: ActionStatus | null | undefined;
  /** Only actions whose title contains this text, ignoring case and accents (`GRESILLES` finds « Grésilles », `cine` finds « Cinéma »). */
  titleContains?: string | null | undefined;
  /** Only actions starting on or before this date. */
  to?: string | null | undefined;
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

/** Publishes a practice in review (IN_REVIEW → PUBLISHED): staff only. */
export type PublishPracticeInput = {
  /** Id of the practice. */
  id: string | number;
  /** Publication date; today (Paris time) when omitted. */
  publishedOn?: string | null | undefined;
};

/** A member's figures for one year (staff, or the member itself); replaces that year's figures. */
export type RecordMemberYearInput = {
  /** Budget in euros. */
  budget: number;
  /** Equity (fonds propres) in euros; may be negative. */
  equity: number;
  /** Full-time equivalents, 0–10,000, at most two decimals. */
  fte: number;
  /** The member. */
  memberId: string | number;
  /** Permanent employees at the end of the year. */
  permanentEmployees: number;
  /** Revenue (chiffre d'affaires) in euros. */
  revenue: number;
  /** Calendar year; the member must have been a member during it. */
  year: number;
};

/** How complete a pillar's figures of a year are. A figure without data is null, never 0; the coverage says how many are. */
export type ReportCoverage =
  /** Every figure of the part rests on data recorded for the year. */
  | 'COMPLETE'
  /** Nothing was recorded for the year: every figure that needs data is null. */
  | 'NONE'
  /** Some figures rest on recorded data; the others are null. */
  | 'PARTIAL';

/** The unit of an indicator's values. */
export type ReportUnit =
  /** A number of things (structures, actions, transfers…). */
  | 'COUNT'
  /** An amount in euros, exact to the cent. */
  | 'EUROS'
  /** Full-time equivalents (ETP). */
  | 'FTE'
  /** A number of hours. */
  | 'HOURS'
  /** A number of people (a sum of counts: a person may count more than once). */
  | 'PEOPLE'
  /** An area in square metres. */
  | 'SQUARE_METRES';

/** Where a project result stands, read from its progress. */
export type ResultStatus =
  /** Réalisé (100 %). */
  | 'COMPLETED'
  /** En cours (1 to 99 %). */
  | 'IN_PROGRESS'
  /** Pas commencé (0 %). */
  | 'NOT_STARTED';

/** Sends a practice in review back to its authors (IN_REVIEW → DRAFT): staff, or the practice's own territory. */
export type ReturnPracticeToDraftInput = {
  /** The reviewer's comment (French), at most 5000 characters: what to change before submitting it again. Read by staff and the practice's territory in Practice.reviewComments, never by anyone else. */
  comment?: string | null | undefined;
  /** Id of the practice. */
  id: string | number;
};

/** Family of a service offered to members. */
export type ServiceCategory =
  /** Formations professionnelles sur mesure. */
  | 'CUSTOM_TRAINING'
  /** Dynamique de collaboration économique entre membres. */
  | 'ECONOMIC_COLLABORATION'
  /** Actions commerciales mutualisées (communication, prospection, marketing). */
  | 'POOLED_COMMERCIAL_ACTION'
  /** Mutualisation de moyens à tarifs préférentiels (bureaux, groupement d'achats…). */
  | 'POOLED_RESOURCES'
  /** Conseils spécifiques et personnalisés. */
  | 'TAILORED_CONSULTING';

/** A contribution to an open phase. Give a display name of your choice (a pseudonym is welcome) and your text; never an e-mail address or a phone number: both are refused, since contributions are public. */
export type SubmitContributionInput = {
  /** The text, 10 to 2000 characters; no e-mail address or phone number. */
  body: string;
  /** The name to sign with, 2 to 60 characters; no e-mail address or phone number. */
  displayName: string;
  /** The phase (UUID); it must be open (see ProjectPhase.isOpen). */
  phaseId: string | number;
};

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

export type NeighbourhoodActionsListQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: NeighbourhoodActionFilter | null | undefined;
}>;


export type NeighbourhoodActionsListQuery = { neighbourhoodActions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, title: string, kindLabel: string | null, startsOn: string, endsOn: string | null, place: string, statusLabel: string | null, inhabitantsReached: number } }> } | null };

export type NeighbourhoodActionPageQueryVariables = Exact<{
  id: string | number;
}>;


export type NeighbourhoodActionPageQuery = { neighbourhoodAction: { id: string, title: string, kind: ActionKind, kindLabel: string | null, description: string, startsOn: string, endsOn: string | null, place: string, placeKindLabel: string | null, qpvCode: string | null, inhabitantsReached: number, sessionCount: number, hours: number, partners: Array<string>, statusLabel: string | null, cancellationReason: string | null, leadMembers: Array<{ id: string, name: string, legalFormLabel: string | null } | null>, participatoryProject: { id: string, title: string } | null } | null };

export type CouncilDashboardQueryVariables = Exact<{
  from: number;
  to: number;
}>;


export type CouncilDashboardQuery = { annualReports: Array<{ year: number, economy: { coverage: ReportCoverage, coverageLabel: string | null, sampleData: boolean, memberCount: number, fte: number | null, permanentEmployees: number | null, consolidatedBudget: number | null, occupiedAreaSqm: number, fundingReceived: number | null, changeFromPreviousYear: { memberCount: number, fte: number | null, permanentEmployees: number | null, consolidatedBudget: number | null, occupiedAreaSqm: number, fundingReceived: number | null } | null } | null, neighbourhood: { coverage: ReportCoverage, coverageLabel: string | null, sampleData: boolean, actionCount: number | null, inhabitantsReached: number | null, hours: number | null, returnToEmploymentCount: number | null, changeFromPreviousYear: { actionCount: number | null, inhabitantsReached: number | null, hours: number | null, returnToEmploymentCount: number | null } | null } | null, knowledge: { coverage: ReportCoverage, coverageLabel: string | null, sampleData: boolean, practiceCount: number | null, transferCount: number | null, territoryCount: number | null, participantCount: number | null, changeFromPreviousYear: { practiceCount: number | null, transferCount: number | null, territoryCount: number | null, participantCount: number | null } | null } | null }> | null, reportIndicators: { id: string, economy: Array<{ key: string, label: string, definition: string, unit: ReportUnit, unitLabel: string | null, source: string }> | null, neighbourhood: Array<{ key: string, label: string, definition: string, unit: ReportUnit, unitLabel: string | null, source: string }> | null, knowledge: Array<{ key: string, label: string, definition: string, unit: ReportUnit, unitLabel: string | null, source: string }> | null } | null };

export type CouncilEconomyKeyFiguresFragment = { memberCount: number, fte: number | null, permanentEmployees: number | null, consolidatedBudget: number | null, occupiedAreaSqm: number, fundingReceived: number | null };

export type CouncilNeighbourhoodKeyFiguresFragment = { actionCount: number | null, inhabitantsReached: number | null, hours: number | null, returnToEmploymentCount: number | null };

export type CouncilKnowledgeKeyFiguresFragment = { practiceCount: number | null, transferCount: number | null, territoryCount: number | null, participantCount: number | null };

export type CouncilIndicatorDefinitionFragment = { key: string, label: string, definition: string, unit: ReportUnit, unitLabel: string | null, source: string };

export type MemberAreaYearFragment = { year: number, fte: number, permanentEmployees: number, budget: number, revenue: number, equity: number };

export type MemberAreaLeaseFragment = { id: string, room: string, areaSqm: number, startsOn: string, endsOn: string | null, monthlyRent: number | null, publicMonthlyRent: number | null, monthlySavings: number | null };

export type MemberAreaBookingFragment = { id: string, startsAt: string, endsAt: string, hours: number, purpose: string | null, memberAmount: number | null, publicAmount: number | null, savings: number | null, resource: { id: string, name: string, kindLabel: string | null } };

export type MemberAreaOverviewQueryVariables = Exact<{
  memberId: string | number;
  from: string;
}>;


export type MemberAreaOverviewQuery = { member: { id: string, name: string, membershipKindLabel: string | null, joinedOn: string, savings: number | null, officeLeases: Array<{ id: string, room: string, areaSqm: number, startsOn: string, endsOn: string | null, monthlyRent: number | null, publicMonthlyRent: number | null, monthlySavings: number | null }>, figures: Array<{ year: number, fte: number, permanentEmployees: number, budget: number, revenue: number, equity: number }> | null } | null, bookings: { totalCount: number, edges: Array<{ node: { id: string, startsAt: string, endsAt: string, hours: number, purpose: string | null, memberAmount: number | null, publicAmount: number | null, savings: number | null, resource: { id: string, name: string, kindLabel: string | null } } }> } | null };

export type MemberAreaFiguresQueryVariables = Exact<{
  memberId: string | number;
}>;


export type MemberAreaFiguresQuery = { member: { id: string, name: string, joinedOn: string, leftOn: string | null, figures: Array<{ year: number, fte: number, permanentEmployees: number, budget: number, revenue: number, equity: number }> | null } | null };

export type MemberAreaRecordYearMutationVariables = Exact<{
  input: RecordMemberYearInput;
}>;


export type MemberAreaRecordYearMutation = { recordMemberYear: { memberYear: { year: number, fte: number, permanentEmployees: number, budget: number, revenue: number, equity: number } } | null };

export type MemberAreaLeasesQueryVariables = Exact<{
  memberId: string | number;
}>;


export type MemberAreaLeasesQuery = { member: { id: string, name: string, officeLeases: Array<{ id: string, room: string, areaSqm: number, startsOn: string, endsOn: string | null, monthlyRent: number | null, publicMonthlyRent: number | null, monthlySavings: number | null }> } | null };

export type MemberAreaBookingsQueryVariables = Exact<{
  memberId: string | number;
  from: string;
}>;


export type MemberAreaBookingsQuery = { sharedResources: { edges: Array<{ node: { id: string, name: string, kindLabel: string | null, capacity: number | null, memberHourlyRate: number, publicHourlyRate: number | null } }> } | null, upcoming: { totalCount: number, edges: Array<{ node: { id: string, startsAt: string, endsAt: string, hours: number, purpose: string | null, memberAmount: number | null, publicAmount: number | null, savings: number | null, resource: { id: string, name: string, kindLabel: string | null } } }> } | null, past: { totalCount: number, edges: Array<{ node: { id: string, startsAt: string, endsAt: string, hours: number, purpose: string | null, memberAmount: number | null, publicAmount: number | null, savings: number | null, resource: { id: string, name: string, kindLabel: string | null } } }> } | null };

export type MemberAreaBookMutationVariables = Exact<{
  input: BookSharedResourceInput;
}>;


export type MemberAreaBookMutation = { bookSharedResource: { booking: { id: string, startsAt: string, endsAt: string, hours: number, purpose: string | null, memberAmount: number | null, publicAmount: number | null, savings: number | null, resource: { id: string, name: string, kindLabel: string | null } } } | null };

export type MemberAreaCancelBookingMutationVariables = Exact<{
  input: CancelBookingInput;
}>;


export type MemberAreaCancelBookingMutation = { cancelBooking: { deletedBookingId: string } | null };

export type MemberAreaSavingsQueryVariables = Exact<{
  memberId: string | number;
}>;


export type MemberAreaSavingsQuery = { member: { id: string, name: string, savings: number | null, officeLeases: Array<{ id: string, room: string, areaSqm: number, startsOn: string, endsOn: string | null, monthlyRent: number | null, publicMonthlyRent: number | null, monthlySavings: number | null }>, serviceEngagements: Array<{ id: string, kind: EngagementKind, kindLabel: string | null, category: ServiceCategory, categoryLabel: string | null, title: string, occurredOn: string, year: number, hours: number | null, memberAmount: number | null, publicAmount: number | null, savings: number }> | null } | null };

export type MembersDirectoryQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: MemberFilter | null | undefined;
}>;


export type MembersDirectoryQuery = { members: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, legalFormLabel: string | null, activityLabels: Array<string> | null, membershipKind: MembershipKind, membershipKindLabel: string | null, joinedOn: string } }> } | null };

export type MemberPageQueryVariables = Exact<{
  id: string | number;
}>;


export type MemberPageQuery = { member: { id: string, name: string, legalFormLabel: string | null, activityLabels: Array<string> | null, membershipKindLabel: string | null, joinedOn: string, leftOn: string | null, publicDescription: string | null, website: string | null, neighbourhoodActions: { totalCount: number, edges: Array<{ node: { id: string, title: string, kindLabel: string | null, startsOn: string, endsOn: string | null, place: string, statusLabel: string | null } }> } | null, practices: { totalCount: number, edges: Array<{ node: { id: string, title: string, summary: string | null, publishedOn: string | null, themes: Array<string> } }> } | null } | null };

export type ContributionCardFragment = { id: string, displayName: string, body: string, submittedAt: string, voteCount: number };

export type PhaseContributionsPageFragment = { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, displayName: string, body: string, submittedAt: string, voteCount: number } }> };

export type ParticipatoryProjectPageFieldsFragment = { id: string, title: string, summary: string, startsOn: string, endsOn: string | null, place: string, isSample: boolean, progressPercentage: number | null, phases: Array<{ id: string, title: string, description: string, startsOn: string, endsOn: string, acceptsContributions: boolean, isOpen: boolean, contributionCounts: { published: number }, contributions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, displayName: string, body: string, submittedAt: string, voteCount: number } }> } | null }>, results: Array<{ id: string, title: string, description: string, startsOn: string | null, endsOn: string | null, progressPercentage: number, status: ResultStatus, statusLabel: string | null, milestones: Array<{ id: string, occurredOn: string, title: string, description: string | null }> }> };

export type EsplanadeBoutaricPageQueryVariables = Exact<{ [key: string]: never; }>;


export type EsplanadeBoutaricPageQuery = { participatoryProjects: { edges: Array<{ node: { id: string, title: string, summary: string, startsOn: string, endsOn: string | null, place: string, isSample: boolean, progressPercentage: number | null, phases: Array<{ id: string, title: string, description: string, startsOn: string, endsOn: string, acceptsContributions: boolean, isOpen: boolean, contributionCounts: { published: number }, contributions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, displayName: string, body: string, submittedAt: string, voteCount: number } }> } | null }>, results: Array<{ id: string, title: string, description: string, startsOn: string | null, endsOn: string | null, progressPercentage: number, status: ResultStatus, statusLabel: string | null, milestones: Array<{ id: string, occurredOn: string, title: string, description: string | null }> }> } }> } | null };

export type ParticipatoryProjectPageQueryVariables = Exact<{
  id: string | number;
}>;


export type ParticipatoryProjectPageQuery = { participatoryProject: { id: string, title: string, summary: string, startsOn: string, endsOn: string | null, place: string, isSample: boolean, progressPercentage: number | null, phases: Array<{ id: string, title: string, description: string, startsOn: string, endsOn: string, acceptsContributions: boolean, isOpen: boolean, contributionCounts: { published: number }, contributions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, displayName: string, body: string, submittedAt: string, voteCount: number } }> } | null }>, results: Array<{ id: string, title: string, description: string, startsOn: string | null, endsOn: string | null, progressPercentage: number, status: ResultStatus, statusLabel: string | null, milestones: Array<{ id: string, occurredOn: string, title: string, description: string | null }> }> } | null };

export type PhaseContributionsMoreQueryVariables = Exact<{
  phaseId: string | number;
  after?: string | null | undefined;
}>;


export type PhaseContributionsMoreQuery = { projectPhase: { id: string, contributions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, displayName: string, body: string, submittedAt: string, voteCount: number } }> } | null } | null };

export type SubmitContributionMutationVariables = Exact<{
  input: SubmitContributionInput;
}>;


export type SubmitContributionMutation = { submitContribution: { awaitsModeration: boolean, contribution: { id: string, status: ContributionStatus }, phase: { id: string, contributionCounts: { published: number } } } | null };

export type VoteForContributionMutationVariables = Exact<{
  contributionId: string | number;
}>;


export type VoteForContributionMutation = { voteForContribution: { contribution: { id: string, voteCount: number } } | null };

export type PracticeLibraryQueryVariables = Exact<{
  query: string;
  searching: boolean;
  theme?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PracticeLibraryQuery = { themes: Array<{ name: string, practiceCount: number }> | null, practices?: { totalCount: number, edges: Array<{ cursor: string, node: { summary: string | null, id: string, title: string, status: PracticeStatus, statusLabel: string | null, themes: Array<string>, publishedOn: string | null, pillarLabel: string | null, territory: { id: string, name: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null, searchPractices?: { totalCount: number, approximate: boolean, edges: Array<{ cursor: string, snippet: string, node: { id: string, title: string, status: PracticeStatus, statusLabel: string | null, themes: Array<string>, publishedOn: string | null, pillarLabel: string | null, territory: { id: string, name: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type PracticeCardFragment = { id: string, title: string, status: PracticeStatus, statusLabel: string | null, themes: Array<string>, publishedOn: string | null, pillarLabel: string | null, territory: { id: string, name: string } | null };

export type PracticePageQueryVariables = Exact<{
  id: string | number;
}>;


export type PracticePageQuery = { practice: { id: string, title: string, titleEn: string | null, status: PracticeStatus, statusLabel: string | null, summary: string | null, challenge: string | null, description: string | null, difficulties: string | null, lessonsLearned: string | null, transferability: string | null, themes: Array<string>, pillarLabel: string | null, startedOn: string | null, endedOn: string | null, publishedOn: string | null, withdrawnOn: string | null, withdrawalReason: string | null, contactRole: string | null, licence: string, furtherInformationUrl: string | null, territory: { id: string, name: string, kindLabel: string | null } | null, resources: { budget: number | null, peopleCount: number | null, description: string | null } | null, results: Array<{ indicator: string, value: number, unit: string | null, evidence: string | null }>, adoptions: Array<{ id: string, statusLabel: string | null, startedOn: string, completedOn: string | null, outcome: string | null, territory: { id: string, name: string } }>, contributingMembers: Array<{ id: string, name: string, legalFormLabel: string | null } | null>, sourceActions: Array<{ id: string, title: string, kindLabel: string | null, startsOn: string } | null> } | null };

export type HomePageQueryVariables = Exact<{ [key: string]: never; }>;


export type HomePageQuery = { members: { totalCount: number } | null, installedMembers: { totalCount: number } | null, associatedMembers: { totalCount: number } | null, neighbourhoodActions: { totalCount: number, edges: Array<{ node: { id: string, title: string, kindLabel: string | null, startsOn: string, place: string } }> } | null, practices: { totalCount: number, edges: Array<{ node: { id: string, title: string, summary: string | null, publishedOn: string | null } }> } | null, transfers: { totalCount: number } | null };

export type StaffOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffOverviewQuery = { inReview: { totalCount: number } | null, participatoryProjects: { totalCount: number, edges: Array<{ node: { id: string, phases: Array<{ id: string, contributionCounts: { published: number, pending: number | null, hidden: number | null } }> } }> } | null, economicAuditTrail: { totalCount: number } | null, neighbourhoodAuditTrail: { totalCount: number } | null, knowledgeAuditTrail: { totalCount: number } | null };

export type StaffModerationPhasesQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffModerationPhasesQuery = { participatoryProjects: { totalCount: number, edges: Array<{ node: { id: string, title: string, place: string, phases: Array<{ id: string, title: string, startsOn: string, endsOn: string, isOpen: boolean, contributionCounts: { published: number, pending: number | null, hidden: number | null } }> } }> } | null };

export type StaffContributionFragment = { id: string, displayName: string, body: string, submittedAt: string, status: ContributionStatus, statusLabel: string | null, voteCount: number, isSample: boolean, moderationReason: string | null, moderatedAt: string | null };

export type StaffPhaseContributionsQueryVariables = Exact<{
  phaseId: string | number;
  status: ContributionStatus;
  after?: string | null | undefined;
}>;


export type StaffPhaseContributionsQuery = { projectPhase: { id: string, contributions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, displayName: string, body: string, submittedAt: string, status: ContributionStatus, statusLabel: string | null, voteCount: number, isSample: boolean, moderationReason: string | null, moderatedAt: string | null } }> } | null } | null };

export type StaffModerateContributionMutationVariables = Exact<{
  input: ModerateContributionInput;
}>;


export type StaffModerateContributionMutation = { moderateContribution: { contribution: { id: string, displayName: string, body: string, submittedAt: string, status: ContributionStatus, statusLabel: string | null, voteCount: number, isSample: boolean, moderationReason: string | null, moderatedAt: string | null }, phase: { id: string, contributionCounts: { published: number, pending: number | null, hidden: number | null } } } | null };

export type StaffPracticesInReviewQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type StaffPracticesInReviewQuery = { practices: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, title: string, summary: string | null, pillarLabel: string | null, updatedAt: string, territory: { id: string, name: string } | null, reviewComments: Array<{ id: string }> | null } }> } | null };

export type StaffReviewCommentFragment = { id: string, authorRole: string, comment: string, createdAt: string };

export type StaffPracticeReviewQueryVariables = Exact<{
  id: string | number;
}>;


export type StaffPracticeReviewQuery = { practice: { id: string, title: string, summary: string | null, challenge: string | null, description: string | null, transferability: string | null, difficulties: string | null, lessonsLearned: string | null, themes: Array<string>, status: PracticeStatus, statusLabel: string | null, pillarLabel: string | null, publishedOn: string | null, updatedAt: string, territory: { id: string, name: string } | null, reviewComments: Array<{ id: string, authorRole: string, comment: string, createdAt: string }> | null } | null };

export type StaffPublishPracticeMutationVariables = Exact<{
  input: PublishPracticeInput;
}>;


export type StaffPublishPracticeMutation = { publishPractice: { practice: { id: string, status: PracticeStatus, statusLabel: string | null, publishedOn: string | null } } | null };

export type StaffReturnPracticeToDraftMutationVariables = Exact<{
  input: ReturnPracticeToDraftInput;
}>;


export type StaffReturnPracticeToDraftMutation = { returnPracticeToDraft: { practice: { id: string, status: PracticeStatus, statusLabel: string | null, reviewComments: Array<{ id: string, authorRole: string, comment: string, createdAt: string }> | null } } | null };

export type StaffAuditEntryFragment = { id: string, occurredAt: string, operation: string, recordType: string, recordId: string, actorSubject: string, actorRole: string | null, actorMemberId: string | null, actorTerritoryId: string | null, partner: string | null };

export type StaffAuditPageFragment = { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, occurredAt: string, operation: string, recordType: string, recordId: string, actorSubject: string, actorRole: string | null, actorMemberId: string | null, actorTerritoryId: string | null, partner: string | null } }> };

export type StaffEconomicAuditTrailQueryVariables = Exact<{
  filter?: AuditTrailFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type StaffEconomicAuditTrailQuery = { economicAuditTrail: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, occurredAt: string, operation: string, recordType: string, recordId: string, actorSubject: string, actorRole: string | null, actorMemberId: string | null, actorTerritoryId: string | null, partner: string | null } }> } | null };

export type StaffNeighbourhoodAuditTrailQueryVariables = Exact<{
  filter?: AuditTrailFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type StaffNeighbourhoodAuditTrailQuery = { neighbourhoodAuditTrail: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, occurredAt: string, operation: string, recordType: string, recordId: string, actorSubject: string, actorRole: string | null, actorMemberId: string | null, actorTerritoryId: string | null, partner: string | null } }> } | null };

export type StaffKnowledgeAuditTrailQueryVariables = Exact<{
  filter?: AuditTrailFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type StaffKnowledgeAuditTrailQuery = { knowledgeAuditTrail: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, occurredAt: string, operation: string, recordType: string, recordId: string, actorSubject: string, actorRole: string | null, actorMemberId: string | null, actorTerritoryId: string | null, partner: string | null } }> } | null };

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

export const CouncilEconomyKeyFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CouncilEconomyKeyFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EconomyReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}},{"kind":"Field","name":{"kind":"Name","value":"permanentEmployees"}},{"kind":"Field","name":{"kind":"Name","value":"consolidatedBudget"}},{"kind":"Field","name":{"kind":"Name","value":"occupiedAreaSqm"}},{"kind":"Field","name":{"kind":"Name","value":"fundingReceived"}}]}}]} as unknown as DocumentNode<CouncilEconomyKeyFiguresFragment, unknown>;
export const CouncilNeighbourhoodKeyFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CouncilNeighbourhoodKeyFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NeighbourhoodReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionCount"}},{"kind":"Field","name":{"kind":"Name","value":"inhabitantsReached"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"returnToEmploymentCount"}}]}}]} as unknown as DocumentNode<CouncilNeighbourhoodKeyFiguresFragment, unknown>;
export const CouncilKnowledgeKeyFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CouncilKnowledgeKeyFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KnowledgeReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"practiceCount"}},{"kind":"Field","name":{"kind":"Name","value":"transferCount"}},{"kind":"Field","name":{"kind":"Name","value":"territoryCount"}},{"kind":"Field","name":{"kind":"Name","value":"participantCount"}}]}}]} as unknown as DocumentNode<CouncilKnowledgeKeyFiguresFragment, unknown>;
export const CouncilIndicatorDefinitionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CouncilIndicatorDefinition"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"definition"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitLabel"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]} as unknown as DocumentNode<CouncilIndicatorDefinitionFragment, unknown>;
export const MemberAreaYearFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberAreaYear"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MemberYear"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}},{"kind":"Field","name":{"kind":"Name","value":"permanentEmployees"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"}},{"kind":"Field","name":{"kind":"Name","value":"equity"}}]}}]} as unknown as DocumentNode<MemberAreaYearFragment, unknown>;
export const MemberAreaLeaseFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberAreaLease"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OfficeLease"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"areaSqm"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyRent"}},{"kind":"Field","name":{"kind":"Name","value":"publicMonthlyRent"}},{"kind":"Field","name":{"kind":"Name","value":"monthlySavings"}}]}}]} as unknown as DocumentNode<MemberAreaLeaseFragment, unknown>;
export const MemberAreaBookingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberAreaBooking"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Booking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"memberAmount"}},{"kind":"Field","name":{"kind":"Name","value":"publicAmount"}},{"kind":"Field","name":{"kind":"Name","value":"savings"}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}}]}}]}}]} as unknown as DocumentNode<MemberAreaBookingFragment, unknown>;
export const ContributionCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContributionCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contribution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"voteCount"}}]}}]} as unknown as DocumentNode<ContributionCardFragment, unknown>;
export const PhaseContributionsPageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhaseContributionsPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContributionConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContributionCard"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContributionCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contribution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"voteCount"}}]}}]} as unknown as DocumentNode<PhaseContributionsPageFragment, unknown>;
export const ParticipatoryProjectPageFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipatoryProjectPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipatoryProject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"isSample"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercentage"}},{"kind":"Field","name":{"kind":"Name","value":"phases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"acceptsContributions"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"contributionCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"published"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contributions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PhaseContributionsPage"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercentage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContributionCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contribution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"voteCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhaseContributionsPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContributionConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContributionCard"}}]}}]}}]}}]} as unknown as DocumentNode<ParticipatoryProjectPageFieldsFragment, unknown>;
export const PracticeCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PracticeCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Practice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"pillarLabel"}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PracticeCardFragment, unknown>;
export const StaffContributionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffContribution"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contribution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"voteCount"}},{"kind":"Field","name":{"kind":"Name","value":"isSample"}},{"kind":"Field","name":{"kind":"Name","value":"moderationReason"}},{"kind":"Field","name":{"kind":"Name","value":"moderatedAt"}}]}}]} as unknown as DocumentNode<StaffContributionFragment, unknown>;
export const StaffReviewCommentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffReviewComment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PracticeReviewComment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorRole"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<StaffReviewCommentFragment, unknown>;
export const StaffAuditEntryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffAuditEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"actorSubject"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"actorMemberId"}},{"kind":"Field","name":{"kind":"Name","value":"actorTerritoryId"}},{"kind":"Field","name":{"kind":"Name","value":"partner"}}]}}]} as unknown as DocumentNode<StaffAuditEntryFragment, unknown>;
export const StaffAuditPageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffAuditPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntryConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffAuditEntry"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffAuditEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"actorSubject"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"actorMemberId"}},{"kind":"Field","name":{"kind":"Name","value":"actorTerritoryId"}},{"kind":"Field","name":{"kind":"Name","value":"partner"}}]}}]} as unknown as DocumentNode<StaffAuditPageFragment, unknown>;
export const TerritoryPracticeItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoryPracticeItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Practice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"pillar"}},{"kind":"Field","name":{"kind":"Name","value":"pillarLabel"}},{"kind":"Field","name":{"kind":"Name","value":"challenge"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"transferability"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorRole"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<TerritoryPracticeItemFragment, unknown>;
export const TerritoryTransferItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoryTransferItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transfer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"audienceKind"}},{"kind":"Field","name":{"kind":"Name","value":"audienceKindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"participantCount"}},{"kind":"Field","name":{"kind":"Name","value":"originLabel"}},{"kind":"Field","name":{"kind":"Name","value":"fromTerritory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"practices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<TerritoryTransferItemFragment, unknown>;
export const TerritoryAdoptionItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoryAdoptionItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Adoption"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"practice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<TerritoryAdoptionItemFragment, unknown>;
export const SignInChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignInChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"NAME"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"territories"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SignInChoicesQuery, SignInChoicesQueryVariables>;
export const SignedInViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignedInViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleLabel"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SignedInViewerQuery, SignedInViewerQueryVariables>;
export const NeighbourhoodActionsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NeighbourhoodActionsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NeighbourhoodActionFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neighbourhoodActions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"inhabitantsReached"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NeighbourhoodActionsListQuery, NeighbourhoodActionsListQueryVariables>;
export const NeighbourhoodActionPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NeighbourhoodActionPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neighbourhoodAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"placeKindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"qpvCode"}},{"kind":"Field","name":{"kind":"Name","value":"inhabitantsReached"}},{"kind":"Field","name":{"kind":"Name","value":"sessionCount"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"partners"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"leadMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"legalFormLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participatoryProject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<NeighbourhoodActionPageQuery, NeighbourhoodActionPageQueryVariables>;
export const CouncilDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CouncilDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annualReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"economy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"coverageLabel"}},{"kind":"Field","name":{"kind":"Name","value":"sampleData"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CouncilEconomyKeyFigures"}},{"kind":"Field","name":{"kind":"Name","value":"changeFromPreviousYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CouncilEconomyKeyFigures"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"coverageLabel"}},{"kind":"Field","name":{"kind":"Name","value":"sampleData"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CouncilNeighbourhoodKeyFigures"}},{"kind":"Field","name":{"kind":"Name","value":"changeFromPreviousYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CouncilNeighbourhoodKeyFigures"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"knowledge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"coverageLabel"}},{"kind":"Field","name":{"kind":"Name","value":"sampleData"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CouncilKnowledgeKeyFigures"}},{"kind":"Field","name":{"kind":"Name","value":"changeFromPreviousYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CouncilKnowledgeKeyFigures"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportIndicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"economy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CouncilIndicatorDefinition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CouncilIndicatorDefinition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"knowledge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CouncilIndicatorDefinition"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CouncilEconomyKeyFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EconomyReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}},{"kind":"Field","name":{"kind":"Name","value":"permanentEmployees"}},{"kind":"Field","name":{"kind":"Name","value":"consolidatedBudget"}},{"kind":"Field","name":{"kind":"Name","value":"occupiedAreaSqm"}},{"kind":"Field","name":{"kind":"Name","value":"fundingReceived"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CouncilNeighbourhoodKeyFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NeighbourhoodReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionCount"}},{"kind":"Field","name":{"kind":"Name","value":"inhabitantsReached"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"returnToEmploymentCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CouncilKnowledgeKeyFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KnowledgeReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"practiceCount"}},{"kind":"Field","name":{"kind":"Name","value":"transferCount"}},{"kind":"Field","name":{"kind":"Name","value":"territoryCount"}},{"kind":"Field","name":{"kind":"Name","value":"participantCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CouncilIndicatorDefinition"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportIndicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"definition"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitLabel"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]} as unknown as DocumentNode<CouncilDashboardQuery, CouncilDashboardQueryVariables>;
export const MemberAreaOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberAreaOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"membershipKindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"officeLeases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberAreaLease"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberAreaYear"}}]}},{"kind":"Field","name":{"kind":"Name","value":"savings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bookings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberAreaBooking"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberAreaLease"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OfficeLease"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"areaSqm"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyRent"}},{"kind":"Field","name":{"kind":"Name","value":"publicMonthlyRent"}},{"kind":"Field","name":{"kind":"Name","value":"monthlySavings"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberAreaYear"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MemberYear"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}},{"kind":"Field","name":{"kind":"Name","value":"permanentEmployees"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"}},{"kind":"Field","name":{"kind":"Name","value":"equity"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberAreaBooking"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Booking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"memberAmount"}},{"kind":"Field","name":{"kind":"Name","value":"publicAmount"}},{"kind":"Field","name":{"kind":"Name","value":"savings"}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}}]}}]}}]} as unknown as DocumentNode<MemberAreaOverviewQuery, MemberAreaOverviewQueryVariables>;
export const MemberAreaFiguresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberAreaFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"leftOn"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberAreaYear"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberAreaYear"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MemberYear"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}},{"kind":"Field","name":{"kind":"Name","value":"permanentEmployees"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"}},{"kind":"Field","name":{"kind":"Name","value":"equity"}}]}}]} as unknown as DocumentNode<MemberAreaFiguresQuery, MemberAreaFiguresQueryVariables>;
export const MemberAreaRecordYearDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MemberAreaRecordYear"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMemberYearInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMemberYear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberAreaYear"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberAreaYear"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MemberYear"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}},{"kind":"Field","name":{"kind":"Name","value":"permanentEmployees"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"}},{"kind":"Field","name":{"kind":"Name","value":"equity"}}]}}]} as unknown as DocumentNode<MemberAreaRecordYearMutation, MemberAreaRecordYearMutationVariables>;
export const MemberAreaLeasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberAreaLeases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"officeLeases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberAreaLease"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberAreaLease"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OfficeLease"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"areaSqm"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyRent"}},{"kind":"Field","name":{"kind":"Name","value":"publicMonthlyRent"}},{"kind":"Field","name":{"kind":"Name","value":"monthlySavings"}}]}}]} as unknown as DocumentNode<MemberAreaLeasesQuery, MemberAreaLeasesQueryVariables>;
export const MemberAreaBookingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberAreaBookings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sharedResources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"memberHourlyRate"}},{"kind":"Field","name":{"kind":"Name","value":"publicHourlyRate"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"upcoming"},"name":{"kind":"Name","value":"bookings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberAreaBooking"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"past"},"name":{"kind":"Name","value":"bookings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"STARTS_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberAreaBooking"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberAreaBooking"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Booking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"memberAmount"}},{"kind":"Field","name":{"kind":"Name","value":"publicAmount"}},{"kind":"Field","name":{"kind":"Name","value":"savings"}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}}]}}]}}]} as unknown as DocumentNode<MemberAreaBookingsQuery, MemberAreaBookingsQueryVariables>;
export const MemberAreaBookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MemberAreaBook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BookSharedResourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookSharedResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberAreaBooking"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberAreaBooking"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Booking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"memberAmount"}},{"kind":"Field","name":{"kind":"Name","value":"publicAmount"}},{"kind":"Field","name":{"kind":"Name","value":"savings"}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}}]}}]}}]} as unknown as DocumentNode<MemberAreaBookMutation, MemberAreaBookMutationVariables>;
export const MemberAreaCancelBookingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MemberAreaCancelBooking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelBookingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelBooking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedBookingId"}}]}}]}}]} as unknown as DocumentNode<MemberAreaCancelBookingMutation, MemberAreaCancelBookingMutationVariables>;
export const MemberAreaSavingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberAreaSavings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"savings"}},{"kind":"Field","name":{"kind":"Name","value":"officeLeases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberAreaLease"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceEngagements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"categoryLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"memberAmount"}},{"kind":"Field","name":{"kind":"Name","value":"publicAmount"}},{"kind":"Field","name":{"kind":"Name","value":"savings"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberAreaLease"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OfficeLease"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"areaSqm"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyRent"}},{"kind":"Field","name":{"kind":"Name","value":"publicMonthlyRent"}},{"kind":"Field","name":{"kind":"Name","value":"monthlySavings"}}]}}]} as unknown as DocumentNode<MemberAreaSavingsQuery, MemberAreaSavingsQueryVariables>;
export const MembersDirectoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembersDirectory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MemberFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"NAME"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"legalFormLabel"}},{"kind":"Field","name":{"kind":"Name","value":"activityLabels"}},{"kind":"Field","name":{"kind":"Name","value":"membershipKind"}},{"kind":"Field","name":{"kind":"Name","value":"membershipKindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MembersDirectoryQuery, MembersDirectoryQueryVariables>;
export const MemberPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"legalFormLabel"}},{"kind":"Field","name":{"kind":"Name","value":"activityLabels"}},{"kind":"Field","name":{"kind":"Name","value":"membershipKindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"leftOn"}},{"kind":"Field","name":{"kind":"Name","value":"publicDescription"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhoodActions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"practices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MemberPageQuery, MemberPageQueryVariables>;
export const EsplanadeBoutaricPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EsplanadeBoutaricPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participatoryProjects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"place"},"value":{"kind":"StringValue","value":"Esplanade Boutaric","block":false}}]}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"STARTS_ON"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipatoryProjectPageFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContributionCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contribution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"voteCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhaseContributionsPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContributionConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContributionCard"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipatoryProjectPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipatoryProject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"isSample"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercentage"}},{"kind":"Field","name":{"kind":"Name","value":"phases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"acceptsContributions"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"contributionCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"published"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contributions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PhaseContributionsPage"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercentage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]} as unknown as DocumentNode<EsplanadeBoutaricPageQuery, EsplanadeBoutaricPageQueryVariables>;
export const ParticipatoryProjectPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParticipatoryProjectPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participatoryProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipatoryProjectPageFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContributionCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contribution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"voteCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhaseContributionsPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContributionConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContributionCard"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipatoryProjectPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipatoryProject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"isSample"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercentage"}},{"kind":"Field","name":{"kind":"Name","value":"phases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"acceptsContributions"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"contributionCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"published"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contributions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PhaseContributionsPage"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercentage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]} as unknown as DocumentNode<ParticipatoryProjectPageQuery, ParticipatoryProjectPageQueryVariables>;
export const PhaseContributionsMoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PhaseContributionsMore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phaseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectPhase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phaseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contributions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PhaseContributionsPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContributionCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contribution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"voteCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhaseContributionsPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContributionConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContributionCard"}}]}}]}}]}}]} as unknown as DocumentNode<PhaseContributionsMoreQuery, PhaseContributionsMoreQueryVariables>;
export const SubmitContributionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitContribution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitContributionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitContribution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awaitsModeration"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contributionCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"published"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SubmitContributionMutation, SubmitContributionMutationVariables>;
export const VoteForContributionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VoteForContribution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contributionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voteForContribution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"contributionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contributionId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"voteCount"}}]}}]}}]}}]} as unknown as DocumentNode<VoteForContributionMutation, VoteForContributionMutationVariables>;
export const PracticeLibraryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PracticeLibrary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"searching"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"theme"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"themes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"practiceCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"practices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"theme"},"value":{"kind":"Variable","name":{"kind":"Name","value":"theme"}}}]}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"skip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"searching"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PracticeCard"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"searchPractices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"theme"},"value":{"kind":"Variable","name":{"kind":"Name","value":"theme"}}}]}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"searching"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"approximate"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"snippet"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PracticeCard"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PracticeCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Practice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"pillarLabel"}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PracticeLibraryQuery, PracticeLibraryQueryVariables>;
export const PracticePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PracticePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"practice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"challenge"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"difficulties"}},{"kind":"Field","name":{"kind":"Name","value":"lessonsLearned"}},{"kind":"Field","name":{"kind":"Name","value":"transferability"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"pillarLabel"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnOn"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalReason"}},{"kind":"Field","name":{"kind":"Name","value":"contactRole"}},{"kind":"Field","name":{"kind":"Name","value":"licence"}},{"kind":"Field","name":{"kind":"Name","value":"furtherInformationUrl"}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"peopleCount"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adoptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contributingMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"legalFormLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}}]}}]}}]}}]} as unknown as DocumentNode<PracticePageQuery, PracticePageQueryVariables>;
export const HomePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomePage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"installedMembers"},"name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"membershipKind"},"value":{"kind":"EnumValue","value":"INSTALLED"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"associatedMembers"},"name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"membershipKind"},"value":{"kind":"EnumValue","value":"ASSOCIATED"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhoodActions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"4"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"place"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"practices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"4"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transfers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<HomePageQuery, HomePageQueryVariables>;
export const StaffOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"inReview"},"name":{"kind":"Name","value":"practices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"IN_REVIEW"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participatoryProjects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contributionCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"economicAuditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhoodAuditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"knowledgeAuditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<StaffOverviewQuery, StaffOverviewQueryVariables>;
export const StaffModerationPhasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffModerationPhases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participatoryProjects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"phases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"contributionCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StaffModerationPhasesQuery, StaffModerationPhasesQueryVariables>;
export const StaffPhaseContributionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffPhaseContributions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phaseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContributionStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectPhase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phaseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contributions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"SUBMITTED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffContribution"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffContribution"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contribution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"voteCount"}},{"kind":"Field","name":{"kind":"Name","value":"isSample"}},{"kind":"Field","name":{"kind":"Name","value":"moderationReason"}},{"kind":"Field","name":{"kind":"Name","value":"moderatedAt"}}]}}]} as unknown as DocumentNode<StaffPhaseContributionsQuery, StaffPhaseContributionsQueryVariables>;
export const StaffModerateContributionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffModerateContribution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ModerateContributionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moderateContribution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffContribution"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contributionCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffContribution"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contribution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"voteCount"}},{"kind":"Field","name":{"kind":"Name","value":"isSample"}},{"kind":"Field","name":{"kind":"Name","value":"moderationReason"}},{"kind":"Field","name":{"kind":"Name","value":"moderatedAt"}}]}}]} as unknown as DocumentNode<StaffModerateContributionMutation, StaffModerateContributionMutationVariables>;
export const StaffPracticesInReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffPracticesInReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"practices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"IN_REVIEW"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"TITLE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"pillarLabel"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewComments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StaffPracticesInReviewQuery, StaffPracticesInReviewQueryVariables>;
export const StaffPracticeReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffPracticeReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"practice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"challenge"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"transferability"}},{"kind":"Field","name":{"kind":"Name","value":"difficulties"}},{"kind":"Field","name":{"kind":"Name","value":"lessonsLearned"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"pillarLabel"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewComments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffReviewComment"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffReviewComment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PracticeReviewComment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorRole"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<StaffPracticeReviewQuery, StaffPracticeReviewQueryVariables>;
export const StaffPublishPracticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffPublishPractice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishPracticeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishPractice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"practice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}}]}}]}}]}}]} as unknown as DocumentNode<StaffPublishPracticeMutation, StaffPublishPracticeMutationVariables>;
export const StaffReturnPracticeToDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffReturnPracticeToDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReturnPracticeToDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnPracticeToDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"practice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffReviewComment"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffReviewComment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PracticeReviewComment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorRole"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<StaffReturnPracticeToDraftMutation, StaffReturnPracticeToDraftMutationVariables>;
export const StaffEconomicAuditTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffEconomicAuditTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditTrailFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"economicAuditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffAuditPage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffAuditEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"actorSubject"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"actorMemberId"}},{"kind":"Field","name":{"kind":"Name","value":"actorTerritoryId"}},{"kind":"Field","name":{"kind":"Name","value":"partner"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffAuditPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntryConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffAuditEntry"}}]}}]}}]}}]} as unknown as DocumentNode<StaffEconomicAuditTrailQuery, StaffEconomicAuditTrailQueryVariables>;
export const StaffNeighbourhoodAuditTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffNeighbourhoodAuditTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditTrailFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neighbourhoodAuditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffAuditPage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffAuditEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"actorSubject"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"actorMemberId"}},{"kind":"Field","name":{"kind":"Name","value":"actorTerritoryId"}},{"kind":"Field","name":{"kind":"Name","value":"partner"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffAuditPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntryConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffAuditEntry"}}]}}]}}]}}]} as unknown as DocumentNode<StaffNeighbourhoodAuditTrailQuery, StaffNeighbourhoodAuditTrailQueryVariables>;
export const StaffKnowledgeAuditTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffKnowledgeAuditTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditTrailFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"knowledgeAuditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffAuditPage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffAuditEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"actorSubject"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"actorMemberId"}},{"kind":"Field","name":{"kind":"Name","value":"actorTerritoryId"}},{"kind":"Field","name":{"kind":"Name","value":"partner"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffAuditPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntryConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffAuditEntry"}}]}}]}}]}}]} as unknown as DocumentNode<StaffKnowledgeAuditTrailQuery, StaffKnowledgeAuditTrailQueryVariables>;
export const TerritoryOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TerritoryOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"territoryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"territoryId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"inseeCode"}},{"kind":"Field","name":{"kind":"Name","value":"qpvCodes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"practices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"territoryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"territoryId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TerritoryOverviewQuery, TerritoryOverviewQueryVariables>;
export const TerritoryDraftsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TerritoryDrafts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"territoryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"territoryId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"practices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"territoryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"territoryId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"DRAFT"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TerritoryPracticeItem"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"inReview"},"name":{"kind":"Name","value":"practices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"territoryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"territoryId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"IN_REVIEW"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoryPracticeItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Practice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"pillar"}},{"kind":"Field","name":{"kind":"Name","value":"pillarLabel"}},{"kind":"Field","name":{"kind":"Name","value":"challenge"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"transferability"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorRole"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<TerritoryDraftsQuery, TerritoryDraftsQueryVariables>;
export const TerritoryCreatePracticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TerritoryCreatePractice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePracticeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPractice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"practice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TerritoryPracticeItem"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoryPracticeItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Practice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"pillar"}},{"kind":"Field","name":{"kind":"Name","value":"pillarLabel"}},{"kind":"Field","name":{"kind":"Name","value":"challenge"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"transferability"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorRole"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<TerritoryCreatePracticeMutation, TerritoryCreatePracticeMutationVariables>;
export const TerritoryUpdatePracticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TerritoryUpdatePractice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePracticeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePractice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"practice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TerritoryPracticeItem"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoryPracticeItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Practice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"pillar"}},{"kind":"Field","name":{"kind":"Name","value":"pillarLabel"}},{"kind":"Field","name":{"kind":"Name","value":"challenge"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"transferability"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorRole"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<TerritoryUpdatePracticeMutation, TerritoryUpdatePracticeMutationVariables>;
export const TerritorySubmitPracticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TerritorySubmitPractice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitPracticeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitPractice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"practice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}}]}}]}}]}}]} as unknown as DocumentNode<TerritorySubmitPracticeMutation, TerritorySubmitPracticeMutationVariables>;
export const TerritoryExchangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TerritoryExchanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"territoryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"territoryId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"received"},"name":{"kind":"Name","value":"transfers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"territoryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"territoryId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TerritoryTransferItem"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"given"},"name":{"kind":"Name","value":"transfers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"fromTerritoryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"territoryId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TerritoryTransferItem"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"adoptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"territoryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"territoryId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TerritoryAdoptionItem"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"published"},"name":{"kind":"Name","value":"practices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PUBLISHED"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"PUBLISHED_ON"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"territories"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoryTransferItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transfer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"audienceKind"}},{"kind":"Field","name":{"kind":"Name","value":"audienceKindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"participantCount"}},{"kind":"Field","name":{"kind":"Name","value":"originLabel"}},{"kind":"Field","name":{"kind":"Name","value":"fromTerritory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"practices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoryAdoptionItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Adoption"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"practice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<TerritoryExchangesQuery, TerritoryExchangesQueryVariables>;
export const TerritoryCreateTransferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TerritoryCreateTransfer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTransferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transfer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TerritoryTransferItem"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoryTransferItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transfer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"audienceKind"}},{"kind":"Field","name":{"kind":"Name","value":"audienceKindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"participantCount"}},{"kind":"Field","name":{"kind":"Name","value":"originLabel"}},{"kind":"Field","name":{"kind":"Name","value":"fromTerritory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"practices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<TerritoryCreateTransferMutation, TerritoryCreateTransferMutationVariables>;
export const TerritoryUpdateTransferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TerritoryUpdateTransfer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTransferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transfer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TerritoryTransferItem"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoryTransferItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Transfer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"audienceKind"}},{"kind":"Field","name":{"kind":"Name","value":"audienceKindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"participantCount"}},{"kind":"Field","name":{"kind":"Name","value":"originLabel"}},{"kind":"Field","name":{"kind":"Name","value":"fromTerritory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"practices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<TerritoryUpdateTransferMutation, TerritoryUpdateTransferMutationVariables>;
export const TerritoryCreateAdoptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TerritoryCreateAdoption"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAdoptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAdoption"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoption"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TerritoryAdoptionItem"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoryAdoptionItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Adoption"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"practice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<TerritoryCreateAdoptionMutation, TerritoryCreateAdoptionMutationVariables>;
export const TerritoryUpdateAdoptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TerritoryUpdateAdoption"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAdoptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAdoption"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoption"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TerritoryAdoptionItem"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoryAdoptionItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Adoption"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"practice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<TerritoryUpdateAdoptionMutation, TerritoryUpdateAdoptionMutationVariables>;
export const TerritoryDeleteAdoptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TerritoryDeleteAdoption"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteAdoptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAdoption"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedAdoptionId"}}]}}]}}]} as unknown as DocumentNode<TerritoryDeleteAdoptionMutation, TerritoryDeleteAdoptionMutationVariables>;