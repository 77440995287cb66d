import { ArgsType, Directive, Field, Int, ObjectType } from "type-graphql";
import type { ClassType } from "type-graphql";
import { invalidField } from "./field-errors";
import { decodeCursor, encodeCursor, type CursorValues } from "./keyset/cursor";
import type { Keyset } from "./keyset/sort-key";

/** The most items one page may hold (DESIGN §6). */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ObjectType({ description: "Where a page of a connection stands in the whole list (Relay)." })
@Directive("@shareable")
export class PageInfo {
  @Field({ description: "Whether another page follows this one." })
  hasNextPage!: boolean;

  @Field({ description: "Whether a page comes before this one." })
  hasPreviousPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: "Cursor of the first edge of the page; pass it as `before` for the previous page.",
  })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Cursor of the last edge of the page; pass it as `after` for the next page.",
  })
  endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `How many items to return from the start of the list (or after \`after\`), ${DEFAULT_PAGE_SIZE} by default, at most ${MAX_PAGE_SIZE}. Not with \`last\`.`,
  })
  first?: number;

  @Field(() => String, {
    nullable: true,
    description:
      "Return the items after this cursor (an edge's `cursor`, usually `pageInfo.endCursor`). A cursor marks an item's place in the sorted list, so a page read after an insert or a delete neither repeats nor skips an item; it is valid only for the list and sort that made it.",
  })
  after?: string;

  @Field(() => Int, {
    nullable: true,
    description: `How many items to return from the end of the list (or before \`before\`), at most ${MAX_PAGE_SIZE}; the page keeps the list's order. Not with \`first\`.`,
  })
  last?: number;

  @Field(() => String, {
    nullable: true,
    description:
      "Return the items before this cursor (an edge's `cursor`, usually `pageInfo.startCursor`), to read the list backward; with neither `first` nor `last`, the " +
      `${DEFAULT_PAGE_SIZE} items just before it.`,
  })
  before?: string;
}

/**
 * A page request checked against a list's keyset: its size, its direction (forward for `first`/`after`,
 * backward for `last`/`before`) and the decoded cursors. Every refusal happens here, before any SQL.
 */
export interface PageRequest {
  keyset: Keyset;
  limit: number;
  /** Whether the page is taken from the end of the range (`last`). */
  backward: boolean;
  after: CursorValues | null;
  before: CursorValues | null;
}

function pageSize(name: string, value: number | null | undefined): number | null {
  if (value === undefined || value === null) return null;
  if (!Number.isInteger(value) || value < 0 || value > MAX_PAGE_SIZE) {
    throw invalidField(name, "range", "input.pageSize", { maximum: MAX_PAGE_SIZE });
  }
  return value;
}

/** Validates `first`/`after`/`last`/`before` for a list; a bad value is a BAD_USER_INPUT saying what is accepted. */
export function pageRequest({ first, after, last, before }: PageArgs, keyset: Keyset): PageRequest {
  const firstSize = pageSize("first", first);
  const lastSize = pageSize("last", last);
  if (firstSize !== null && lastSize !== null) {
    throw invalidField("last", "consistency", "input.firstAndLast");
  }
  const backward = lastSize !== null || (firstSize === null && before !== undefined && before !== null);
  return {
    keyset,
    limit: firstSize ?? lastSize ?? DEFAULT_PAGE_SIZE,
    backward,
    after: after === undefined || after === null ? null : decodeCursor(keyset, after, "after"),
    before: before === undefined || before === null ? null : decodeCursor(keyset, before, "before"),
  };
}

/**
 * A string naming a page request, for the name of a per-request loader that serves it: the list and its
 * order (two sorts of one list are two loaders), the size, the direction and the cursors.
 */
export function pageKey({ keyset, limit, backward, after, before }: PageRequest): string {
  return JSON.stringify([keyset.list, keyset.signature, limit, backward, after, before]);
}

/**
 * What a page's flags need beside its rows: the list's total, how many items are at or before the
 * `after` cursor (`preceding`) and how many at or after the `before` cursor (`following`).
 */
export interface PageCounts {
  total: number;
  preceding: number;
  following: number;
}

/** One row of a page with its key values (from `keyOfRow`), in the list's order. */
export interface KeyedRow<T> {
  node: T;
  key: CursorValues;
}

/** What a connection resolver returns; `Connection(...)` types expose it. */
export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * Builds a connection page from its rows (in the list's order) and the counts around it: a page read
 * forward has items before it when some are at or before `after`, and after it when the rest of the list
 * outnumbers the page; backward, the other way round.
 */
export function toConnection<T>(
  rows: KeyedRow<T>[],
  request: PageRequest,
  { total, preceding, following }: PageCounts,
): ConnectionShape<T> {
  const edges = rows.map(({ node, key }) => ({ cursor: encodeCursor(request.keyset, key), node }));
  const outside = (counted: number) => total - counted - rows.length > 0;
  return {
    edges,
    totalCount: total,
    pageInfo: {
      hasNextPage: request.backward ? following > 0 : outside(preceding),
      hasPreviousPage: request.backward ? outside(following) : preceding > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/** Declares `<Name>Connection` and `<Name>Edge` object types for a node type. */
export function Connection<T extends object>(
  nodeType: ClassType<T>,
  typeName: string,
  description: string,
  { shareable = false } = {},
) {
  // A connection several subgraphs declare (same name, same fields) must be @shareable to compose.
  const share: ClassDecorator = shareable ? Directive("@shareable") : () => undefined;

  @ObjectType(`${typeName}Edge`, { description: `One ${typeName} in a page, with its cursor.` })
  @share
  class Edge {
    @Field({
      description:
        "Opaque position of this item in its sorted list; pass it as `after` to read on, or as `before` to read back.",
    })
    cursor!: string;

    @Field(() => nodeType, { description: `The ${typeName}.` })
    node!: T;
  }

  @ObjectType(`${typeName}Connection`, { description })
  @share
  class ConnectionType implements ConnectionShape<T> {
    @Field(() => [Edge], { description: "The items of this page." })
    edges!: Edge[];

    @Field(() => PageInfo, { description: "Where this page stands." })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: "How many items match the filter, over all pages." })
    totalCount!: number;
  }
  return ConnectionType;
}
