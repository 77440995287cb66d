/** Page arguments of a Relay connection. */
export interface PageArguments {
  first?: number;
  after?: string;
  last?: number;
  before?: string;
}

/** The part of a connection page the check reads: ids, cursors, flags. */
export interface PageOfIds {
  edges: { cursor: string; node: { id: string } }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
}

export interface StablePagesCheck {
  /** Reads one page of the list (the same filter and sort each time). */
  read(page: PageArguments): Promise<PageOfIds>;
  /**
   * Changes the list between two reads, given the page just read and the ids read so far: deletes and
   * inserts rows (in the database or through mutations); returns the ids it deleted.
   */
  change(page: PageOfIds, seen: readonly string[]): Promise<string[]>;
  /** Read from the end with `last`/`before` instead of from the start with `first`/`after`. */
  backward?: boolean;
  pageSize?: number;
}

/** What went wrong while reading a list that changed between pages (all empty when pages are stable). */
export interface StablePagesReport {
  /** Ids read twice. */
  repeated: string[];
  /** Ids in the list from the first read to the last that no page returned. */
  skipped: string[];
  /** Whether the ids read, still in the list at the end, came in the list's final order. */
  inOrder: boolean;
  /** Pages whose hasPreviousPage or hasNextPage disagreed with the whole list read right after them. */
  wrongFlags: number[];
  /** How many pages were read. */
  pages: number;
}

/**
 * Reads a whole list page by page while it changes between pages (`change`), and reports repeats, skips
 * and order against the whole list read at once before and after (the list must fit in 100 items).
 */
export async function readWhileChanging({
  read,
  change,
  backward = false,
  pageSize = 2,
}: StablePagesCheck): Promise<StablePagesReport> {
  const idsOf = (page: PageOfIds) => page.edges.map((edge) => edge.node.id);
  const initial = idsOf(await read({ first: 100 }));
  const seen: string[] = [];
  const deleted = new Set<string>();
  const wrongFlags: number[] = [];
  let cursor: string | null = null;
  let pages = 0;
  while (pages < 200) {
    const page = await read(
      backward
        ? { last: pageSize, before: cursor ?? undefined }
        : { first: pageSize, after: cursor ?? undefined },
    );
    pages += 1;
    if (backward) seen.unshift(...idsOf(page));
    else seen.push(...idsOf(page));
    // The flags say whether the whole list, as it is now, holds items before and after the page.
    const now = idsOf(await read({ first: 100 }));
    const ids = idsOf(page);
    if (
      ids.length > 0 &&
      (page.pageInfo.hasPreviousPage !== now.indexOf(ids[0]) > 0 ||
        page.pageInfo.hasNextPage !== now.indexOf(ids[ids.length - 1]) < now.length - 1)
    ) {
      wrongFlags.push(pages);
    }
    const more = backward ? page.pageInfo.hasPreviousPage : page.pageInfo.hasNextPage;
    if (!more || page.edges.length === 0) break;
    cursor = backward ? page.pageInfo.startCursor : page.pageInfo.endCursor;
    for (const id of await change(page, seen)) deleted.add(id);
  }
  const final = idsOf(await read({ first: 100 }));
  const finalSet = new Set(final);
  const seenSet = new Set(seen);
  const readStill = seen.filter((id) => finalSet.has(id));
  return {
    repeated: seen.filter((id, index) => seen.indexOf(id) !== index),
    skipped: initial.filter((id) => !deleted.has(id) && finalSet.has(id) && !seenSet.has(id)),
    inOrder: JSON.stringify(readStill) === JSON.stringify(final.filter((id) => seenSet.has(id))),
    wrongFlags,
    pages,
  };
}

/** The report of a stable read: what `readWhileChanging` should return. */
export const STABLE_PAGES = { repeated: [], skipped: [], inOrder: true, wrongFlags: [] };
