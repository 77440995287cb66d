import { Arg, Ctx, Directive, Int, Query, Resolver } from "type-graphql";
import { escapeLike, invalidField, type SubgraphContext } from "@pole/subgraph-kit";
import { PracticeTheme } from "./practice-theme.type";

/** The most themes one answer holds, and how many come by default. */
export const MAX_THEMES = 100;
const DEFAULT_THEMES = 20;

@Resolver()
export class ThemeResolver {
  // As many items as `limit` asks (20 without it): operation costs count what is really fetched. A plain
  // list, not a connection (a facet is read whole): `limit` rather than Relay's `first`.
  @Directive(`@listSize(slicingArguments: ["limit"], assumedSize: ${DEFAULT_THEMES})`)
  @Query(() => [PracticeTheme], {
    nullable: true,
    description:
      "The keywords of the published practices with how many carry each, most used first, then alphabetically (accents ignored): a facet for the practice library. Spellings that differ only in case or accents are one keyword.",
  })
  async themes(
    @Ctx() { dataSource }: SubgraphContext,
    @Arg("contains", () => String, {
      nullable: true,
      description:
        "Only keywords containing this text, ignoring case and accents (`residence` finds « résidence d'artistes »), at most 100 characters.",
    })
    contains?: string | null,
    @Arg("limit", () => Int, {
      nullable: true,
      description: `How many keywords to return, ${DEFAULT_THEMES} by default, at most ${MAX_THEMES}.`,
    })
    requested?: number | null,
  ): Promise<PracticeTheme[]> {
    const limit = requested ?? DEFAULT_THEMES;
    if (!Number.isInteger(limit) || limit < 0 || limit > MAX_THEMES) {
      throw invalidField("limit", "range", "input.pageSize", { maximum: MAX_THEMES });
    }
    if (contains && contains.length > 100)
      throw invalidField("contains", "length", "input.maxLength", { max: 100 });
    // One row per folded keyword: its most frequent spelling (the first alphabetically on a tie) and the
    // number of distinct published practices carrying any of its spellings.
    const rows = await dataSource.query<{ name: string; practice_count: number }[]>(
      `SELECT mode() WITHIN GROUP (ORDER BY theme) AS name, count(DISTINCT practice.id)::int AS practice_count
         FROM practice, unnest(practice.themes) AS theme
        WHERE practice.status = 'PUBLISHED'
          AND ($1::text IS NULL OR pole_fold(theme) LIKE '%' || pole_fold($1) || '%')
        GROUP BY pole_fold(theme)
        ORDER BY practice_count DESC, pole_fold(theme), name
        LIMIT $2`,
      [contains ? escapeLike(contains) : null, limit],
    );
    return rows.map((row) =>
      Object.assign(new PracticeTheme(), { name: row.name, practiceCount: row.practice_count }),
    );
  }
}
