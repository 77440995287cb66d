import { ApolloServer } from "@apollo/server";
import { withLocale } from "./locale";
import { isStorableText, unsafeTextPlugin } from "./unsafe-text";

const typeDefs = `
  input Note { title: String, tags: [String!] }
  type Query { echo(text: String, note: Note): String }
`;

describe("the unsafe-text plugin", () => {
  let resolved = 0;
  const server = new ApolloServer({
    typeDefs,
    resolvers: { Query: { echo: (_root, args: { text?: string }) => ((resolved += 1), args.text ?? "") } },
    plugins: [unsafeTextPlugin()],
  });
  beforeAll(() => server.start());
  afterAll(() => server.stop());

  const run = async (query: string, variables?: Record<string, unknown>) => {
    const response = await server.executeOperation({ query, variables });
    if (response.body.kind !== "single") throw new Error("expected a single result");
    const error = response.body.singleResult.errors?.[0];
    return { status: response.http.status, code: error?.extensions?.code, message: error?.message };
  };
  const NOTE = `query($note: Note) { echo(note: $note) }`;

  it("tells storable text from text with a NUL or an unpaired surrogate", () => {
    expect(isStorableText("Grésilles 🎭 \ud83c\udfad")).toBe(true);
    expect(isStorableText("a\u0000b")).toBe(false);
    expect(isStorableText("\ud800")).toBe(false);
    expect(isStorableText("x\udc00")).toBe(false);
  });

  it("refuses a variable holding a NUL, naming it, before any resolver runs", async () => {
    resolved = 0;
    expect(await run(`query($text: String) { echo(text: $text) }`, { text: "a\u0000" })).toEqual({
      status: 400,
      code: "BAD_USER_INPUT",
      message: "$text contains a NUL character or an unpaired surrogate; remove it.",
    });
    expect(resolved).toBe(0);
  });

  it("walks objects and arrays of variables", async () => {
    expect((await run(NOTE, { note: { title: "ok", tags: ["ok", "b\ud800ad"] } })).message).toBe(
      "$note.tags[1] contains a NUL character or an unpaired surrogate; remove it.",
    );
    expect((await run(NOTE, { note: { title: "\udfff" } })).message).toBe(
      "$note.title contains a NUL character or an unpaired surrogate; remove it.",
    );
  });

  it("refuses string literals, naming the argument, and default values of variables", async () => {
    expect(await run(`{ echo(note: { tags: ["a", "b\\u0000"] }) }`)).toEqual({
      status: 400,
      code: "BAD_USER_INPUT",
      message: "note.tags contains a NUL character or an unpaired surrogate; remove it.",
    });
    expect((await run(`{ echo(text: "\\u0000") }`)).message).toBe(
      "text contains a NUL character or an unpaired surrogate; remove it.",
    );
    expect((await run(`query($text: String = "\\u0000") { echo(text: $text) }`)).message).toBe(
      "$text contains a NUL character or an unpaired surrogate; remove it.",
    );
  });

  it("points a form at the field, in the request's language", async () => {
    const response = await withLocale("fr", () =>
      server.executeOperation({ query: NOTE, variables: { note: { tags: ["ok", "b\u0000"] } } }),
    );
    if (response.body.kind !== "single") throw new Error("expected a single result");
    expect(response.body.singleResult.errors?.[0].extensions?.fieldErrors).toEqual([
      {
        path: ["note", "tags", 1],
        rule: "format",
        message: "contient un caractère NUL ou un demi-caractère (surrogate) isolé ; retirez-le",
      },
    ]);
  });

  it("lets well-formed text through", async () => {
    resolved = 0;
    expect(await run(`query($text: String) { echo(text: $text) }`, { text: "Grésilles 🎭" })).toEqual({
      status: undefined,
      code: undefined,
      message: undefined,
    });
    expect(await run(NOTE, { note: { title: "Café", tags: ["été"] } })).toMatchObject({ code: undefined });
    expect(resolved).toBe(2);
  });
});
