import { pageRequest, toConnection, type PageArgs } from "../connection";
import { decodeCursor, encodeCursor, MAX_CURSOR_LENGTH } from "./cursor";
import { keyset } from "./sort-key";

const members = keyset("members", [
  { sql: "member.name", type: "text" },
  { sql: "member.joined_on", type: "date", nullable: true },
  { sql: "member.id", type: "uuid" },
]);
const ID = "6f1c2b9e-3a4d-4e5f-8a7b-1c2d3e4f5a6b";
const raw = (body: unknown) => Buffer.from(JSON.stringify(body)).toString("base64url");
const valid = { v: 1, l: "members", s: members.signature, k: ["Atelier", "2013-01-31", ID] };
const code = (run: () => unknown) => {
  try {
    run();
    return "accepted";
  } catch (error) {
    return (error as { extensions: { code: string } }).extensions.code;
  }
};
const messageOf = (run: () => unknown) => {
  try {
    run();
    return "accepted";
  } catch (error) {
    return (error as Error).message;
  }
};

describe("keyset cursors", () => {
  it("round-trip the sort key values and the id, nulls included", () => {
    const values = ["Ciné-Quartier « Grésilles »", null, ID];
    expect(decodeCursor(members, encodeCursor(members, values), "after")).toEqual(values);
    expect(decodeCursor(members, raw(valid), "after")).toEqual(valid.k);
  });

  it.each([
    ["not base64url", "not a cursor!"],
    ["an old offset cursor", Buffer.from("offset:3").toString("base64url")],
    ["base64url of nothing JSON", Buffer.from("{nope").toString("base64url")],
    ["invalid UTF-8", Buffer.from([0x7b, 0xff, 0xfe, 0x7d]).toString("base64url")],
    ["a JSON array", raw([1, "members", members.signature, valid.k])],
    ["a JSON string", raw("members")],
    ["another version", raw({ ...valid, v: 2 })],
    ["a version as text", raw({ ...valid, v: "1" })],
    ["another list", raw({ ...valid, l: "practices" })],
    ["another sort", raw({ ...valid, s: keyset("members", [{ sql: "member.id", type: "uuid" }]).signature })],
    ["too few values", raw({ ...valid, k: ["Atelier", ID] })],
    ["too many values", raw({ ...valid, k: [...valid.k, ID] })],
    ["values not in an array", raw({ ...valid, k: { 0: "Atelier" } })],
    ["a NUL byte in a text value", raw({ ...valid, k: ["Ate\u0000lier", "2013-01-31", ID] })],
    ["a lone surrogate", raw({ ...valid, k: ["\ud800", "2013-01-31", ID] })],
    ["a number where text is expected", raw({ ...valid, k: [42, "2013-01-31", ID] })],
    ["an object where text is expected", raw({ ...valid, k: [{}, "2013-01-31", ID] })],
    ["a huge text value", raw({ ...valid, k: ["x".repeat(2001), "2013-01-31", ID] })],
    ["a null where none can be", raw({ ...valid, k: [null, "2013-01-31", ID] })],
    ["a date that is no calendar day", raw({ ...valid, k: ["Atelier", "2013-02-30", ID] })],
    ["a date with a time", raw({ ...valid, k: ["Atelier", "2013-01-31T00:00", ID] })],
    ["an id that is no uuid", raw({ ...valid, k: ["Atelier", "2013-01-31", "1 OR 1=1"] })],
    ["an id in upper case", raw({ ...valid, k: ["Atelier", "2013-01-31", ID.toUpperCase()] })],
    ["a non-canonical encoding", `${raw(valid)}=`],
    ["more than the longest cursor", "A".repeat(MAX_CURSOR_LENGTH + 1)],
  ])("refuses %s as BAD_USER_INPUT", (_label, cursor) => {
    expect(code(() => decodeCursor(members, cursor, "after"))).toBe("BAD_USER_INPUT");
  });

  it("says which argument and why", () => {
    expect(messageOf(() => decodeCursor(members, raw({ ...valid, l: "practices" }), "before"))).toBe(
      "Invalid input: before: is not a cursor of this list: it comes from another list",
    );
    expect(messageOf(() => decodeCursor(members, raw({ ...valid, s: "x" }), "after"))).toMatch(
      /^Invalid input: after: is not a cursor of this list: it was made for another sort/,
    );
  });

  it.each([
    [
      "int",
      ["2147483647", "-2147483648", "0"],
      ["2147483648", "99999999999999999999", "1e3", "1.5", "0x10", " 3", "01"],
    ],
    ["bigint", ["9223372036854775807", "-42"], ["9223372036854775808", "1e21", "NaN"]],
    ["numeric", ["12.50", "-3", "0.25"], ["1e5", "12.", ".5", "Infinity"]],
    ["real", ["0.0607927", "1e-20", "6.07927e-05"], ["Infinity", "NaN", "1e999", "0x1"]],
    [
      "timestamptz",
      ["2026-12-02T14:24:11.123456Z"],
      ["2026-12-02T14:24:11Z", "2026-13-02T14:24:11.123456Z", "2026-12-02T24:00:00.000000Z"],
    ],
  ] as const)("checks %s values exactly", (type, good, bad) => {
    const list = keyset("values", [
      { sql: "v", type },
      { sql: "id", type: "uuid" },
    ]);
    for (const value of good) {
      expect(decodeCursor(list, encodeCursor(list, [value, ID]), "after")).toEqual([value, ID]);
    }
    for (const value of bad) {
      expect([value, code(() => decodeCursor(list, encodeCursor(list, [value, ID]), "after"))]).toEqual([
        value,
        "BAD_USER_INPUT",
      ]);
    }
  });

  it("accepts only the labels of an enum key", () => {
    const list = keyset("offerings", [
      { sql: "category", type: "enum", enumName: "service_category", enumValues: ["A", "B"] },
      { sql: "id", type: "uuid" },
    ]);
    expect(decodeCursor(list, encodeCursor(list, ["B", ID]), "after")).toEqual(["B", ID]);
    expect(code(() => decodeCursor(list, encodeCursor(list, ["C'); DROP", ID]), "after"))).toBe(
      "BAD_USER_INPUT",
    );
  });
});

describe("page requests", () => {
  const request = (args: PageArgs) => pageRequest(args, members);
  const cursor = encodeCursor(members, ["Atelier", null, ID]);

  it("reads forward by default, 20 items, and backward with last or before alone", () => {
    expect(request({})).toMatchObject({ limit: 20, backward: false, after: null, before: null });
    expect(request({ first: 5, after: cursor })).toMatchObject({ limit: 5, backward: false });
    expect(request({ last: 5 })).toMatchObject({ limit: 5, backward: true });
    expect(request({ before: cursor })).toMatchObject({ limit: 20, backward: true });
    expect(request({ last: 0, before: cursor }).before).toEqual(["Atelier", null, ID]);
  });

  it.each([
    [{ first: 101 }, "Invalid input: first: must be between 0 and 100"],
    [{ first: -1 }, "Invalid input: first: must be between 0 and 100"],
    [{ last: 101 }, "Invalid input: last: must be between 0 and 100"],
    [{ last: -1 }, "Invalid input: last: must be between 0 and 100"],
    [{ first: 1, last: 1 }, /^Invalid input: last: cannot be used with first/],
    [{ before: "garbage" }, /^Invalid input: before: is not a cursor of this list/],
    [{ after: "garbage" }, /^Invalid input: after: is not a cursor of this list/],
  ])("refuses %j", (args, message) => {
    expect(code(() => request(args))).toBe("BAD_USER_INPUT");
    expect(messageOf(() => request(args))).toMatch(message);
  });
});

describe("page flags", () => {
  const node = (name: string) => ({ node: name, key: [name, null, ID] });
  const page = (
    args: PageArgs,
    rows: string[],
    counts: { total: number; preceding: number; following: number },
  ) => toConnection(rows.map(node), pageRequest(args, members), counts).pageInfo;
  const cursor = encodeCursor(members, ["b", null, ID]);

  it("reading forward: items before when some are at or before `after`, after when the rest outnumbers the page", () => {
    expect(page({ first: 2 }, ["a", "b"], { total: 5, preceding: 0, following: 0 })).toMatchObject({
      hasPreviousPage: false,
      hasNextPage: true,
    });
    expect(
      page({ first: 2, after: cursor }, ["c", "d"], { total: 4, preceding: 2, following: 0 }),
    ).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
  });

  it("reading backward: items after when some are at or after `before`, before when the rest outnumbers the page", () => {
    expect(page({ last: 2 }, ["d", "e"], { total: 5, preceding: 0, following: 0 })).toMatchObject({
      hasPreviousPage: true,
      hasNextPage: false,
    });
    expect(page({ last: 2, before: cursor }, ["a"], { total: 4, preceding: 0, following: 3 })).toMatchObject({
      hasPreviousPage: false,
      hasNextPage: true,
    });
  });

  it("gives each edge the cursor of its own key values", () => {
    const connection = toConnection([node("a")], pageRequest({}, members), {
      total: 1,
      preceding: 0,
      following: 0,
    });
    expect(decodeCursor(members, connection.edges[0].cursor, "after")).toEqual(["a", null, ID]);
    expect(connection.pageInfo.startCursor).toBe(connection.edges[0].cursor);
  });
});
