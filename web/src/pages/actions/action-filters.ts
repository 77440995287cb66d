// The actions list's filters ⇄ the URL's query string: /actions?type=MARKET_STUDY&annee=2012
import type { ActionKind, NeighbourhoodActionFilter } from "../../gql/graphql";
import { ACTION_KIND_LABELS } from "../members/labels";

export interface ActionFilters {
  kind?: ActionKind;
  year?: number;
}

/** The first year of the Pôle's actions with the inhabitants (2007, the seed's history). */
export const FIRST_ACTION_YEAR = 2007;

/** The years a visitor may pick, newest first: from 2007 to next year. */
export function actionYears(today = new Date()): number[] {
  const years: number[] = [];
  for (let year = today.getUTCFullYear() + 1; year >= FIRST_ACTION_YEAR; year--) years.push(year);
  return years;
}

export function parseActionFilters(search: URLSearchParams): ActionFilters {
  const kind = search.get("type");
  const year = Number(search.get("annee"));
  return {
    kind:
      kind !== null && Object.prototype.hasOwnProperty.call(ACTION_KIND_LABELS, kind)
        ? (kind as ActionKind)
        : undefined,
    year: Number.isInteger(year) && year >= 1900 && year <= 9999 ? year : undefined,
  };
}

export function actionFiltersToSearch(filters: ActionFilters): URLSearchParams {
  const search = new URLSearchParams();
  if (filters.kind) search.set("type", filters.kind);
  if (filters.year) search.set("annee", String(filters.year));
  return search;
}

/** A year is the actions running at some point of it: ending on or after 1 January, starting by 31 December. */
export function toActionFilter(filters: ActionFilters): NeighbourhoodActionFilter {
  const filter: NeighbourhoodActionFilter = {};
  if (filters.kind) filter.kind = filters.kind;
  if (filters.year) {
    filter.from = `${filters.year}-01-01`;
    filter.to = `${filters.year}-12-31`;
  }
  return filter;
}
