// The directory's filters ⇄ the URL's query string, so a shared link shows the same list:
// /membres?nom=cine&activite=CINEMA&forme=SCIC&implantation=INSTALLED
import type { Activity, LegalForm, MemberFilter, MembershipKind } from "../../gql/graphql";
import { ACTIVITY_LABELS, LEGAL_FORM_LABELS, MEMBERSHIP_KIND_LABELS } from "./labels";

export interface DirectoryFilters {
  name: string;
  activity?: Activity;
  legalForm?: LegalForm;
  membershipKind?: MembershipKind;
}

const oneOf = <T extends string>(labels: Record<T, string>, value: string | null): T | undefined =>
  value !== null && Object.prototype.hasOwnProperty.call(labels, value) ? (value as T) : undefined;

/** Reads the filters from a query string; unknown values are ignored (an old or hand-typed link still opens). */
export function parseDirectoryFilters(search: URLSearchParams): DirectoryFilters {
  return {
    name: (search.get("nom") ?? "").trim(),
    activity: oneOf(ACTIVITY_LABELS, search.get("activite")),
    legalForm: oneOf(LEGAL_FORM_LABELS, search.get("forme")),
    membershipKind: oneOf(MEMBERSHIP_KIND_LABELS, search.get("implantation")),
  };
}

/** The query string for these filters, empty ones left out. */
export function directoryFiltersToSearch(filters: DirectoryFilters): URLSearchParams {
  const search = new URLSearchParams();
  const name = filters.name.trim();
  if (name) search.set("nom", name);
  if (filters.activity) search.set("activite", filters.activity);
  if (filters.legalForm) search.set("forme", filters.legalForm);
  if (filters.membershipKind) search.set("implantation", filters.membershipKind);
  return search;
}

/** The API's MemberFilter for these filters (lists for the choices, as the API prefers). */
export function toMemberFilter(filters: DirectoryFilters): MemberFilter {
  const filter: MemberFilter = {};
  const name = filters.name.trim();
  if (name) filter.nameContains = name;
  if (filters.activity) filter.activities = [filters.activity];
  if (filters.legalForm) filter.legalForms = [filters.legalForm];
  if (filters.membershipKind) filter.membershipKind = filters.membershipKind;
  return filter;
}
