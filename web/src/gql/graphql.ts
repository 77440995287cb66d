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

export type HomePageQueryVariables = Exact<{ [key: string]: never; }>;


export type HomePageQuery = { members: { totalCount: number } | null, installedMembers: { totalCount: number } | null, associatedMembers: { totalCount: number } | null, neighbourhoodActions: { totalCount: number, edges: Array<{ node: { id: string, title: string, kindLabel: string | null, startsOn: string, place: string } }> } | null, practices: { totalCount: number, edges: Array<{ node: { id: string, title: string, summary: string | null, publishedOn: string | null } }> } | null, transfers: { totalCount: number } | null };


export const SignInChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignInChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"NAME"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"territories"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SignInChoicesQuery, SignInChoicesQueryVariables>;
export const SignedInViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignedInViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleLabel"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SignedInViewerQuery, SignedInViewerQueryVariables>;
export const NeighbourhoodActionsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NeighbourhoodActionsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NeighbourhoodActionFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neighbourhoodActions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"inhabitantsReached"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NeighbourhoodActionsListQuery, NeighbourhoodActionsListQueryVariables>;
export const NeighbourhoodActionPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NeighbourhoodActionPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neighbourhoodAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"placeKindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"qpvCode"}},{"kind":"Field","name":{"kind":"Name","value":"inhabitantsReached"}},{"kind":"Field","name":{"kind":"Name","value":"sessionCount"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"partners"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"leadMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"legalFormLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participatoryProject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<NeighbourhoodActionPageQuery, NeighbourhoodActionPageQueryVariables>;
export const MembersDirectoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembersDirectory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MemberFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"NAME"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"legalFormLabel"}},{"kind":"Field","name":{"kind":"Name","value":"activityLabels"}},{"kind":"Field","name":{"kind":"Name","value":"membershipKind"}},{"kind":"Field","name":{"kind":"Name","value":"membershipKindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MembersDirectoryQuery, MembersDirectoryQueryVariables>;
export const MemberPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"legalFormLabel"}},{"kind":"Field","name":{"kind":"Name","value":"activityLabels"}},{"kind":"Field","name":{"kind":"Name","value":"membershipKindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"leftOn"}},{"kind":"Field","name":{"kind":"Name","value":"publicDescription"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhoodActions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"practices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"themes"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MemberPageQuery, MemberPageQueryVariables>;
export const HomePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomePage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"installedMembers"},"name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"membershipKind"},"value":{"kind":"EnumValue","value":"INSTALLED"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"associatedMembers"},"name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"membershipKind"},"value":{"kind":"EnumValue","value":"ASSOCIATED"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhoodActions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"4"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"place"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"practices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"4"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transfers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<HomePageQuery, HomePageQueryVariables>;