import { pageWindow, toConnection } from "./connection";

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
    const code = (run: () => unknown) => {
      try {
        run();
        return "accepted";
      } catch (error) {
        return (error as { extensions: { code: string } }).extensions.code;
      }
    };
    expect(code(() => pageWindow({ first: 101 }))).toBe("BAD_USER_INPUT");
    expect(code(() => pageWindow({ first: -1 }))).toBe("BAD_USER_INPUT");
    expect(code(() => pageWindow({ after: Buffer.from("offset:-3").toString("base64url") }))).toBe(
      "BAD_USER_INPUT",
    );
    expect(code(() => pageWindow({ after: "garbage" }))).toBe("BAD_USER_INPUT");
  });
});
