import { MAX_CURSOR_OFFSET, pageWindow, toConnection } from "./connection";

const cursor = (text: string) => Buffer.from(text).toString("base64url");
const code = (run: () => unknown) => {
  try {
    run();
    return "accepted";
  } catch (error) {
    return (error as { extensions: { code: string } }).extensions.code;
  }
};

describe("Relay pages", () => {
  it("turns first/after into an offset and a limit, and cursors back into the next page", () => {
    const first = pageWindow({ first: 2 });
    expect(first).toEqual({ offset: 0, limit: 2 });
    const page = toConnection(["a", "b"], first, 5);
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(pageWindow({ first: 2, after: page.pageInfo.endCursor! })).toEqual({ offset: 2, limit: 2 });
    const last = toConnection(["e"], { offset: 4, limit: 2 }, 5);
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it("uses 20 items by default and refuses more than 100, negatives and forged cursors", () => {
    expect(pageWindow({})).toEqual({ offset: 0, limit: 20 });
    expect(code(() => pageWindow({ first: 101 }))).toBe("BAD_USER_INPUT");
    expect(code(() => pageWindow({ first: -1 }))).toBe("BAD_USER_INPUT");
    expect(code(() => pageWindow({ after: Buffer.from("offset:-3").toString("base64url") }))).toBe(
      "BAD_USER_INPUT",
    );
    expect(code(() => pageWindow({ after: "garbage" }))).toBe("BAD_USER_INPUT");
  });

  it.each([
    ["an offset beyond PostgreSQL's integers", "offset:99999999999999999999"],
    ["an offset written in exponent form", "offset:1e21"],
    ["a fractional offset", "offset:1.5"],
    ["a hexadecimal offset", "offset:0x10"],
    ["an empty offset", "offset:"],
    ["spaces around the offset", "offset: 3"],
    ["trailing text", "offset:3;DROP"],
    ["a past-the-limit offset", `offset:${MAX_CURSOR_OFFSET + 1}`],
    ["another prefix", "index:3"],
  ])("refuses a cursor with %s before any SQL", (_label, text) => {
    expect(code(() => pageWindow({ after: cursor(text) }))).toBe("BAD_USER_INPUT");
  });

  it("accepts the largest offset whose next page still fits in an int4", () => {
    const window = pageWindow({ first: 100, after: cursor(`offset:${MAX_CURSOR_OFFSET}`) });
    expect(window.offset + window.limit).toBeLessThanOrEqual(2_147_483_647);
    expect(pageWindow({ after: cursor("offset:0") })).toEqual({ offset: 1, limit: 20 });
  });
});
