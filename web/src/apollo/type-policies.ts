import { InMemoryCache, type FieldPolicy, type FieldReadFunction, type TypePolicies } from "@apollo/client";
import { relayStylePagination } from "@apollo/client/utilities";

// One cached list per filter and sort (and search text): fetchMore with `after` (or `before`) appends a
// page to that list; another filter or sort is another list.
const list = (): FieldPolicy => relayStylePagination(["filter", "sort"]);
// A field that returns one entity by its key reads it from the cache when another query brought it.
const byKey =
  (__typename: string, key = "id"): FieldReadFunction =>
  (existing, { args, toReference }) =>
    existing ?? toReference({ __typename, [key]: args?.[key] as string | number });

export const typePolicies: TypePolicies = {
  Query: {
    fields: {
      member: { read: byKey("Member") },
      practice: { read: byKey("Practice") },
      territory: { read: byKey("Territory") },
      transfer: { read: byKey("Transfer") },
      neighbourhoodAction: { read: byKey("NeighbourhoodAction") },
      participatoryProject: { read: byKey("ParticipatoryProject") },
      annualReport: { read: byKey("AnnualReport", "year") },
      // economic
      members: list(),
      collaborations: list(),
      commercialActions: list(),
      consultingSessions: list(),
      fundings: list(),
      associationMembers: list(),
      milestones: list(),
      awards: list(),
      operatingTeam: list(),
      steeringCommitteeMeetings: list(),
      groupPurchases: list(),
      officeLeases: list(),
      serviceEngagements: list(),
      serviceOfferings: list(),
      sharedResources: list(),
      bookings: list(),
      trainings: list(),
      economicAuditTrail: list(),
      // neighbourhood
      neighbourhoodActions: list(),
      participatoryProjects: list(),
      neighbourhoodAuditTrail: list(),
      // knowledge
      practices: list(),
      searchPractices: relayStylePagination(["query", "filter"]),
      adoptions: list(),
      territories: list(),
      transfers: list(),
      knowledgeAuditTrail: list(),
    },
  },
  Member: { fields: { neighbourhoodActions: list(), practices: list(), transfers: list() } },
  ProjectPhase: { fields: { contributions: list() } },
  // The council's report is one object per year, whichever query brought it.
  AnnualReport: { keyFields: ["year"] },
  // A year's parts have no key of their own: two queries asking different numbers of the same year merge.
  EconomyReport: { merge: true },
  NeighbourhoodReport: { merge: true },
  KnowledgeReport: { merge: true },
};

export const createCache = () => new InMemoryCache({ typePolicies });
