import { parse, type GraphQLSchema } from "graphql";
import {
  Arg,
  Authorized,
  Directive,
  Field,
  FieldResolver,
  ID,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from "type-graphql";
import type { DataSource } from "typeorm";
import type { AccessRule } from "./auth";
import {
  accessRuleFields,
  accessRuleFieldsLeftCacheable,
  addCacheControlHints,
  Uncached,
} from "./cache-hints";
import { buildFederatedSchema } from "./federated-schema";
import { createSubgraphServer, type SubgraphServer } from "./subgraph-server";
import { testAuth, tokenFor } from "./testing/tokens";

// The cache policy every subgraph gets from the kit, on a small schema with each kind of access rule: a
// protected field of a type, one inherited from an abstract base, a protected field resolver, protected
// queries and mutations, a resolver class protected as a whole.

@ObjectType({ description: "A base with a protected field." })
abstract class Priced {
  @Authorized<AccessRule>("staff")
  @Field({ nullable: true, description: "Protected, inherited." })
  price?: string;
}

@ObjectType({ description: "A public entity." })
@Directive('@key(fields: "id")')
class Thing extends Priced {
  @Field(() => ID, { description: "Identifier." })
  id!: string;

  @Field({ description: "Public." })
  name!: string;

  @Authorized<AccessRule>("staff", "owner")
  @Field({ nullable: true, description: "Protected." })
  secret?: string;
}

@ObjectType({ description: "Read only through protected fields." })
@Uncached()
class Report {
  @Field({ description: "A figure." })
  total!: number;
}

const aThing = (): Thing => Object.assign(new Thing(), { id: "t1", name: "Thing", secret: "s", price: "9" });

@Resolver(() => Thing)
class ThingResolver {
  @Query(() => Thing, { description: "Public." })
  thing(): Thing {
    return aThing();
  }

  @Authorized<AccessRule>("staff")
  @Query(() => [Thing], { description: "Protected." })
  allThings(): Thing[] {
    return [aThing()];
  }

  @Authorized<AccessRule>("staff")
  @FieldResolver(() => String, { nullable: true, description: "Protected field resolver." })
  note(): string {
    return "n";
  }

  @FieldResolver(() => String, { description: "Public field resolver." })
  label(): string {
    return "l";
  }

  @Mutation(() => Thing, { description: "A public mutation." })
  rename(@Arg("name") name: string): Thing {
    return Object.assign(aThing(), { name });
  }
}

@Authorized<AccessRule>("staff", "council")
@Resolver()
class ReportResolver {
  @Query(() => Report, { description: "Protected by its resolver class." })
  report(): Report {
    return Object.assign(new Report(), { total: 3 });
  }
}

const resolvers = [ThingResolver, ReportResolver] as const;
const PROTECTED = ["Query.allThings", "Query.report", "Thing.note", "Thing.price", "Thing.secret"];

let schema: GraphQLSchema;
let server: SubgraphServer;
let url: string;

beforeAll(async () => {
  schema = await buildFederatedSchema({
    resolvers,
    referenceResolvers: { Thing: { __resolveReference: () => aThing() } },
  });
  server = await createSubgraphServer({
    name: "fixture",
    schema,
    dataSource: {} as DataSource, // no resolver here reads a database
    auth: testAuth,
  });
  url = `${(await server.listen(0, "127.0.0.1")).origin}/graphql`;
});
afterAll(() => server?.stop());

async function cacheControlOf(query: string, token?: string, variables?: Record<string, unknown>) {
  const response = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  await response.text();
  return response.headers.get("cache-control");
}

describe("access rules and cache hints", () => {
  it("finds every field with an access rule: on a type, inherited, field resolvers, queries, whole resolvers", () => {
    const found = [...accessRuleFields([...resolvers])].filter((c) => !c.startsWith("Priced.")).sort();
    expect(found).toEqual(PROTECTED);
  });

  it("gives each of them maxAge 0 and PRIVATE in the subgraph's schema, public fields no hint", () => {
    expect(accessRuleFieldsLeftCacheable(schema, accessRuleFields([...resolvers]))).toEqual([]);
    const hintOf = (type: string, field?: string) => {
      const node = field
        ? (schema.getType(type) as { getFields(): Record<string, { astNode?: unknown }> }).getFields()[field]
            .astNode
        : schema.getType(type)?.astNode;
      const directives = (node as { directives?: { name: { value: string } }[] }).directives ?? [];
      return directives.filter((d) => d.name.value === "cacheControl").length;
    };
    for (const coordinate of PROTECTED) {
      const [type, field] = coordinate.split(".");
      expect([coordinate, hintOf(type, field)]).toEqual([coordinate, 1]);
    }
    expect(hintOf("Thing", "name")).toBe(0);
    expect(hintOf("Report")).toBe(1);
  });

  it("flags a protected field left cacheable, and refuses a public hint on one", () => {
    const sdl = parse(`type Query { open: String, closed: String }`);
    const hinted = addCacheControlHints(sdl, new Set(["Query.closed"]));
    expect(hinted.definitions.some((d) => "name" in d && d.name?.value === "CacheControlScope")).toBe(true);
    expect(() =>
      addCacheControlHints(
        parse(`type Query { closed: String @cacheControl(maxAge: 60) }`),
        new Set(["Query.closed"]),
      ),
    ).toThrow("Query.closed has an access rule, so its @cacheControl must say maxAge: 0 or PRIVATE");
    expect(accessRuleFieldsLeftCacheable(schema, new Set(["Thing.name", "Thing.secret"]))).toEqual([
      "Thing.name",
    ]);
  });
});

describe("the Cache-Control header a subgraph sends", () => {
  it("is public for a minute for an anonymous query of public fields, entities included", async () => {
    expect(await cacheControlOf("{ thing { id name label } }")).toBe("max-age=60, public");
    expect(
      await cacheControlOf(
        "query($r: [_Any!]!) { _entities(representations: $r) { ... on Thing { name } } }",
        undefined,
        { r: [{ __typename: "Thing", id: "t1" }] },
      ),
    ).toBe("max-age=60, public");
  });

  it("is private for a signed-in caller, no-store as soon as a protected field is asked", async () => {
    const staff = await tokenFor({ role: "staff" });
    expect(await cacheControlOf("{ thing { name } }", staff)).toBe("max-age=60, private");
    for (const query of [
      "{ thing { name secret } }",
      "{ thing { name price } }",
      "{ thing { name note } }",
      "{ allThings { name } }",
      "{ report { total } }",
    ]) {
      expect([query, await cacheControlOf(query, staff)]).toEqual([query, "no-store"]);
    }
  });

  it("is no-store for an anonymous caller refused a field, and for any mutation", async () => {
    expect(await cacheControlOf("{ thing { name secret } }")).toBe("no-store");
    expect(await cacheControlOf('mutation { rename(name: "x") { name } }')).toBe("no-store");
    expect(
      await cacheControlOf('mutation { rename(name: "x") { name } }', await tokenFor({ role: "staff" })),
    ).toBe("no-store");
  });
});
