import { ArgsType, Directive, Field, Int, ObjectType } from "type-graphql";
import type { ClassType } from "type-graphql";
import { invalidField } from "./field-errors";

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

  @Field(() => String, { nullable: true, description: "Cursor of the first edge of the page." })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Cursor of the last edge of the page; pass it as `after`.",
  })
  endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `How many items to return, ${DEFAULT_PAGE_SIZE} by default, at most ${MAX_PAGE_SIZE}.`,
  })
  first?: number;

  @Field(() => String, {
    nullable: true,
    description: "Return the items after this cursor (`pageInfo.endCursor`).",
  })
  after?: string;
}

/** A page request checked and turned into an offset and a limit. */
export interface PageWindow {
  offset: number;
  limit: number;
}

const CURSOR_PREFIX = "offset:";
const CURSOR_PATTERN = /^offset:(\d{1,10})$/;
/** The largest offset a cursor may carry: a page after it still ends within int4 (2147483647). */
export const MAX_CURSOR_OFFSET = 2_147_483_647 - 1 - MAX_PAGE_SIZE;

function encodeCursor(offset: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${offset}`).toString("base64url");
}

/** Validates `first` and `after`; a bad value is a BAD_USER_INPUT that says what is accepted. */
export function pageWindow({ first, after }: PageArgs): PageWindow {
  const limit = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PAGE_SIZE) {
    throw invalidField("first", "range", "input.pageSize", { maximum: MAX_PAGE_SIZE });
  }
  if (after === undefined || after === null) return { offset: 0, limit };
  // Only what encodeCursor makes: `offset:<digits>`, small enough that the next page's offset and its end
  // (offset + 1 + limit) stay within PostgreSQL's int4, so a forged cursor is refused before any SQL.
  const match = CURSOR_PATTERN.exec(Buffer.from(after, "base64url").toString());
  const offset = match ? Number(match[1]) : NaN;
  if (!(offset <= MAX_CURSOR_OFFSET)) throw invalidField("after", "format", "input.cursor");
  return { offset: offset + 1, limit };
}

/** What a connection resolver returns; `Connection(...)` types expose it. */
export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Builds a connection page from the rows of one window and the total count of the list. */
export function toConnection<T>(rows: T[], window: PageWindow, totalCount: number): ConnectionShape<T> {
  const edges = rows.map((node, index) => ({ cursor: encodeCursor(window.offset + index), node }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: window.offset + rows.length < totalCount,
      hasPreviousPage: window.offset > 0,
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
    @Field({ description: "Opaque position of this item; pass it as `after` to read on." })
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
