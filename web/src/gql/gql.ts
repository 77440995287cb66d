/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query SignInChoices {\n  members(first: 100, sort: {field: NAME, direction: ASC}) {\n    edges {\n      node {\n        id\n        name\n      }\n    }\n  }\n  territories(first: 100) {\n    edges {\n      node {\n        id\n        name\n      }\n    }\n  }\n}": typeof types.SignInChoicesDocument,
    "query SignedInViewer {\n  viewer {\n    role\n    roleLabel\n    member {\n      id\n      name\n    }\n    territory {\n      id\n      name\n    }\n  }\n}": typeof types.SignedInViewerDocument,
    "query PracticeLibrary($query: String!, $searching: Boolean!, $theme: String, $first: Int = 10, $after: String) {\n  themes(limit: 30) {\n    name\n    practiceCount\n  }\n  practices(first: $first, after: $after, filter: {theme: $theme}) @skip(if: $searching) {\n    totalCount\n    edges {\n      cursor\n      node {\n        ...PracticeCard\n        summary\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n  searchPractices(\n    query: $query\n    first: $first\n    after: $after\n    filter: {theme: $theme}\n  ) @include(if: $searching) {\n    totalCount\n    approximate\n    edges {\n      cursor\n      snippet\n      node {\n        ...PracticeCard\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\n\nfragment PracticeCard on Practice {\n  id\n  title\n  status\n  statusLabel\n  themes\n  publishedOn\n  pillarLabel\n  territory {\n    id\n    name\n  }\n}\n\nquery PracticePage($id: ID!) {\n  practice(id: $id) {\n    id\n    title\n    titleEn\n    status\n    statusLabel\n    summary\n    challenge\n    description\n    difficulties\n    lessonsLearned\n    transferability\n    themes\n    pillarLabel\n    startedOn\n    endedOn\n    publishedOn\n    withdrawnOn\n    withdrawalReason\n    contactRole\n    licence\n    furtherInformationUrl\n    territory {\n      id\n      name\n      kindLabel\n    }\n    resources {\n      budget\n      peopleCount\n      description\n    }\n    results {\n      indicator\n      value\n      unit\n      evidence\n    }\n    adoptions {\n      id\n      statusLabel\n      startedOn\n      completedOn\n      outcome\n      territory {\n        id\n        name\n      }\n    }\n    contributingMembers {\n      id\n      name\n      legalFormLabel\n    }\n    sourceActions {\n      id\n      title\n      kindLabel\n      startsOn\n    }\n  }\n}": typeof types.PracticeLibraryDocument,
};
const documents: Documents = {
    "query SignInChoices {\n  members(first: 100, sort: {field: NAME, direction: ASC}) {\n    edges {\n      node {\n        id\n        name\n      }\n    }\n  }\n  territories(first: 100) {\n    edges {\n      node {\n        id\n        name\n      }\n    }\n  }\n}": types.SignInChoicesDocument,
    "query SignedInViewer {\n  viewer {\n    role\n    roleLabel\n    member {\n      id\n      name\n    }\n    territory {\n      id\n      name\n    }\n  }\n}": types.SignedInViewerDocument,
    "query PracticeLibrary($query: String!, $searching: Boolean!, $theme: String, $first: Int = 10, $after: String) {\n  themes(limit: 30) {\n    name\n    practiceCount\n  }\n  practices(first: $first, after: $after, filter: {theme: $theme}) @skip(if: $searching) {\n    totalCount\n    edges {\n      cursor\n      node {\n        ...PracticeCard\n        summary\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n  searchPractices(\n    query: $query\n    first: $first\n    after: $after\n    filter: {theme: $theme}\n  ) @include(if: $searching) {\n    totalCount\n    approximate\n    edges {\n      cursor\n      snippet\n      node {\n        ...PracticeCard\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\n\nfragment PracticeCard on Practice {\n  id\n  title\n  status\n  statusLabel\n  themes\n  publishedOn\n  pillarLabel\n  territory {\n    id\n    name\n  }\n}\n\nquery PracticePage($id: ID!) {\n  practice(id: $id) {\n    id\n    title\n    titleEn\n    status\n    statusLabel\n    summary\n    challenge\n    description\n    difficulties\n    lessonsLearned\n    transferability\n    themes\n    pillarLabel\n    startedOn\n    endedOn\n    publishedOn\n    withdrawnOn\n    withdrawalReason\n    contactRole\n    licence\n    furtherInformationUrl\n    territory {\n      id\n      name\n      kindLabel\n    }\n    resources {\n      budget\n      peopleCount\n      description\n    }\n    results {\n      indicator\n      value\n      unit\n      evidence\n    }\n    adoptions {\n      id\n      statusLabel\n      startedOn\n      completedOn\n      outcome\n      territory {\n        id\n        name\n      }\n    }\n    contributingMembers {\n      id\n      name\n      legalFormLabel\n    }\n    sourceActions {\n      id\n      title\n      kindLabel\n      startsOn\n    }\n  }\n}": types.PracticeLibraryDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SignInChoices {\n  members(first: 100, sort: {field: NAME, direction: ASC}) {\n    edges {\n      node {\n        id\n        name\n      }\n    }\n  }\n  territories(first: 100) {\n    edges {\n      node {\n        id\n        name\n      }\n    }\n  }\n}"): (typeof documents)["query SignInChoices {\n  members(first: 100, sort: {field: NAME, direction: ASC}) {\n    edges {\n      node {\n        id\n        name\n      }\n    }\n  }\n  territories(first: 100) {\n    edges {\n      node {\n        id\n        name\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SignedInViewer {\n  viewer {\n    role\n    roleLabel\n    member {\n      id\n      name\n    }\n    territory {\n      id\n      name\n    }\n  }\n}"): (typeof documents)["query SignedInViewer {\n  viewer {\n    role\n    roleLabel\n    member {\n      id\n      name\n    }\n    territory {\n      id\n      name\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PracticeLibrary($query: String!, $searching: Boolean!, $theme: String, $first: Int = 10, $after: String) {\n  themes(limit: 30) {\n    name\n    practiceCount\n  }\n  practices(first: $first, after: $after, filter: {theme: $theme}) @skip(if: $searching) {\n    totalCount\n    edges {\n      cursor\n      node {\n        ...PracticeCard\n        summary\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n  searchPractices(\n    query: $query\n    first: $first\n    after: $after\n    filter: {theme: $theme}\n  ) @include(if: $searching) {\n    totalCount\n    approximate\n    edges {\n      cursor\n      snippet\n      node {\n        ...PracticeCard\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\n\nfragment PracticeCard on Practice {\n  id\n  title\n  status\n  statusLabel\n  themes\n  publishedOn\n  pillarLabel\n  territory {\n    id\n    name\n  }\n}\n\nquery PracticePage($id: ID!) {\n  practice(id: $id) {\n    id\n    title\n    titleEn\n    status\n    statusLabel\n    summary\n    challenge\n    description\n    difficulties\n    lessonsLearned\n    transferability\n    themes\n    pillarLabel\n    startedOn\n    endedOn\n    publishedOn\n    withdrawnOn\n    withdrawalReason\n    contactRole\n    licence\n    furtherInformationUrl\n    territory {\n      id\n      name\n      kindLabel\n    }\n    resources {\n      budget\n      peopleCount\n      description\n    }\n    results {\n      indicator\n      value\n      unit\n      evidence\n    }\n    adoptions {\n      id\n      statusLabel\n      startedOn\n      completedOn\n      outcome\n      territory {\n        id\n        name\n      }\n    }\n    contributingMembers {\n      id\n      name\n      legalFormLabel\n    }\n    sourceActions {\n      id\n      title\n      kindLabel\n      startsOn\n    }\n  }\n}"): (typeof documents)["query PracticeLibrary($query: String!, $searching: Boolean!, $theme: String, $first: Int = 10, $after: String) {\n  themes(limit: 30) {\n    name\n    practiceCount\n  }\n  practices(first: $first, after: $after, filter: {theme: $theme}) @skip(if: $searching) {\n    totalCount\n    edges {\n      cursor\n      node {\n        ...PracticeCard\n        summary\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n  searchPractices(\n    query: $query\n    first: $first\n    after: $after\n    filter: {theme: $theme}\n  ) @include(if: $searching) {\n    totalCount\n    approximate\n    edges {\n      cursor\n      snippet\n      node {\n        ...PracticeCard\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\n\nfragment PracticeCard on Practice {\n  id\n  title\n  status\n  statusLabel\n  themes\n  publishedOn\n  pillarLabel\n  territory {\n    id\n    name\n  }\n}\n\nquery PracticePage($id: ID!) {\n  practice(id: $id) {\n    id\n    title\n    titleEn\n    status\n    statusLabel\n    summary\n    challenge\n    description\n    difficulties\n    lessonsLearned\n    transferability\n    themes\n    pillarLabel\n    startedOn\n    endedOn\n    publishedOn\n    withdrawnOn\n    withdrawalReason\n    contactRole\n    licence\n    furtherInformationUrl\n    territory {\n      id\n      name\n      kindLabel\n    }\n    resources {\n      budget\n      peopleCount\n      description\n    }\n    results {\n      indicator\n      value\n      unit\n      evidence\n    }\n    adoptions {\n      id\n      statusLabel\n      startedOn\n      completedOn\n      outcome\n      territory {\n        id\n        name\n      }\n    }\n    contributingMembers {\n      id\n      name\n      legalFormLabel\n    }\n    sourceActions {\n      id\n      title\n      kindLabel\n      startsOn\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;