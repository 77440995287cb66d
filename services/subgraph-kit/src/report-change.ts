import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { ClassType } from "type-graphql";
import { BreakdownItem } from "./breakdown";
import { MIN_REPORT_YEAR } from "./report-year";
import type { SubgraphContext } from "./subgraph-server";

/** The year each report part was computed for; parts without one (changes) have no change of their own. */
const reportYears = new WeakMap<object, number>();

/** Remembers which year a report part is for, so its `changeFromPreviousYear` can be computed. */
export function markReportYear<T extends object>(part: T, year: number): T {
  reportYears.set(part, year);
  return part;
}

/**
 * Differences kept to the cent: money is exact in cents, and a float difference must not add noise. A
 * figure missing on either side (null: no data) has no change: null, never the other side's value.
 */
const difference = (current: number | null, previous: unknown): number | null =>
  current === null || typeof previous !== "number" ? null : Math.round((current - previous) * 100) / 100;

/** Figure fields: numbers, and figures without data (null). Other fields (a coverage, a flag) are kept. */
const isFigure = (value: unknown) => typeof value === "number" || value === null;

/**
 * `current − previous` for every number of a report part, breakdown lines matched by key; other values are
 * kept. A null on either side gives a null change. The result has the part's own type.
 */
export function reportChange<T extends object>(current: T, previous: T): T {
  const change = Object.create(Object.getPrototypeOf(current)) as Record<string, unknown>;
  const before = previous as Record<string, unknown>;
  for (const [field, value] of Object.entries(current)) {
    if (isFigure(value)) {
      change[field] = difference(value as number | null, before[field]);
    } else if (Array.isArray(value) && value.every((item) => item instanceof BreakdownItem)) {
      const previousItems = new Map(
        ((before[field] as BreakdownItem[]) ?? []).map((item) => [item.key, item.value]),
      );
      change[field] = value.map((item) =>
        Object.assign(new BreakdownItem(), {
          ...item,
          value: difference(item.value, previousItems.get(item.key)),
        }),
      );
    } else {
      change[field] = value;
    }
  }
  return change as T;
}

/**
 * Adds `changeFromPreviousYear` to a report part type: the same numbers, each minus the previous year's,
 * loaded through the part's year-keyed loader (one more batch, whatever the number of years).
 */
export function createReportChangeResolver<T extends object>(
  partType: ClassType<T>,
  load: (context: SubgraphContext, year: number) => Promise<T>,
): ClassType {
  @Resolver(() => partType)
  class ReportChangeResolver {
    @FieldResolver(() => partType, {
      nullable: true,
      description:
        "Every number of this part minus the previous year's (breakdown lines matched by key); null inside a change and before 1901.",
    })
    async changeFromPreviousYear(@Root() part: T, @Ctx() context: SubgraphContext): Promise<T | null> {
      const year = reportYears.get(part);
      if (year === undefined || year - 1 < MIN_REPORT_YEAR) return null;
      return reportChange(part, await load(context, year - 1));
    }
  }
  return ReportChangeResolver;
}
