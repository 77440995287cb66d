// Another territory composes the knowledge subgraph into a supergraph of its own, without the Pôle's
// economic and neighbourhood subgraphs: its schema must compose, and queries must cross the two.
import { composeServices } from "@apollo/composition";
import { ApolloGateway, RemoteGraphQLDataSource } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import { startStandaloneServer } from "@apollo/server/standalone";
import { buildSubgraphSchema, printSubgraphSchema } from "@apollo/subgraph";
import { SUBGRAPH_SECRET_HEADER } from "@pole/subgraph-kit";
import { postGraphQL, type SubgraphUnderTest } from "@pole/subgraph-kit/testing";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { GraphQLObjectType, parse, type GraphQLSchema } from "graphql";
import { sampleTerritories } from "../src/sample-data/sample-territories";
import { buildKnowledgeSchema } from "../src/schema";
import {
  CHALON_TILLEULS,
  MUTUALISATION_DE_BUREAUX,
  RESIDENCES_AVEC_HABITANTS,
  samplePractice,
  startKnowledge,
} from "./knowledge-harness";

/** The committed SDL of the knowledge subgraph, as another territory would download it. */
const KNOWLEDGE_SDL = readFileSync(join(__dirname, "..", "schema.graphql"), "utf8");

/**
 * A made-up subgraph of Chalon-sur-Saône: its own cultural agenda, whose events say which practice of the
 * library inspired them; it adds its own notes to `Practice` and its population to `Territory`, by key.
 */
const CHALON_SDL = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])

  type Query {
    "Événements culturels de Chalon-sur-Saône."
    chalonEvents: [ChalonEvent!]!
  }

  "Un événement de l'agenda culturel de Chalon."
  type ChalonEvent @key(fields: "id") {
    id: ID!
    title: String!
    "La pratique du Pôle qui a inspiré l'événement."
    inspiredBy: Practice
    territory: Territory!
  }

  type Practice @key(fields: "id") {
    id: ID!
    "Notes des équipes de Chalon sur cette pratique."
    chalonNotes: [String!]!
  }

  type Territory @key(fields: "id") {
    id: ID!
    "Population municipale (INSEE)."
    population: Int
  }
`;

const CHALON_EVENTS = [
  { id: "e1", title: "Résidence au pied des Tilleuls", inspiredBy: RESIDENCES_AVEC_HABITANTS },
  { id: "e2", title: "Ouverture des bureaux partagés", inspiredBy: MUTUALISATION_DE_BUREAUX },
];
const CHALON_NOTES: Record<string, string[]> = {
  [RESIDENCES_AVEC_HABITANTS]: ["Adaptée aux vacances scolaires."],
};

const chalonResolvers = {
  Query: {
    chalonEvents: () => CHALON_EVENTS,
  },
  ChalonEvent: {
    inspiredBy: (event: { inspiredBy: string }) => ({ id: event.inspiredBy }),
    territory: () => ({ id: CHALON_TILLEULS }),
  },
  Practice: {
    __resolveReference: (practice: { id: string }) => practice,
    chalonNotes: (practice: { id: string }) => CHALON_NOTES[practice.id] ?? [],
  },
  Territory: {
    __resolveReference: (territory: { id: string }) => territory,
    population: (territory: { id: string }) => (territory.id === CHALON_TILLEULS ? 44810 : null),
  },
};

function compose(knowledgeUrl: string, chalonUrl: string) {
  return composeServices([
    { name: "knowledge", url: knowledgeUrl, typeDefs: parse(KNOWLEDGE_SDL) },
    { name: "chalon", url: chalonUrl, typeDefs: parse(CHALON_SDL) },
  ]);
}

const fieldsOf = (schema: GraphQLSchema, type: string) =>
  Object.keys((schema.getType(type) as GraphQLObjectType).getFields()).sort();

describe("composition into another territory's supergraph", () => {
  it("commits the schema this code serves", async () => {
    expect(KNOWLEDGE_SDL.endsWith(printSubgraphSchema(await buildKnowledgeSchema()))).toBe(true);
  });

  it("composes the committed schema with a foreign subgraph, without the economic and neighbourhood subgraphs", () => {
    const composition = compose("http://knowledge.invalid/graphql", "http://chalon.invalid/graphql");
    expect(composition.errors).toBeUndefined();
    const api = composition.schema!.toAPISchema().toGraphQLJSSchema();
    // Member and NeighbourhoodAction are plain references: their id, and only what knowledge adds.
    expect(fieldsOf(api, "NeighbourhoodAction")).toEqual(["id"]);
    expect(fieldsOf(api, "Member")).toEqual(["id", "practices", "transfers"]);
    // The foreign subgraph's additions sit beside the knowledge subgraph's own fields.
    expect(fieldsOf(api, "Practice")).toEqual(
      expect.arrayContaining(["title", "sourceActions", "chalonNotes"]),
    );
    expect(fieldsOf(api, "Territory")).toEqual(expect.arrayContaining(["name", "qpvCodes", "population"]));
    expect(fieldsOf(api, "Query")).toEqual(
      expect.arrayContaining(["practices", "searchPractices", "chalonEvents"]),
    );
    expect(fieldsOf(api, "Mutation")).toEqual(expect.arrayContaining(["createPractice", "createAdoption"]));
  });

  describe("served by a gateway", () => {
    let knowledge: SubgraphUnderTest;
    let chalon: ApolloServer;
    let gateway: ApolloServer;
    let gatewayUrl: string;

    beforeAll(async () => {
      knowledge = await startKnowledge();
      chalon = new ApolloServer({
        schema: buildSubgraphSchema([{ typeDefs: parse(CHALON_SDL), resolvers: chalonResolvers }]),
        plugins: [ApolloServerPluginInlineTraceDisabled()],
      });
      const { url: chalonUrl } = await startStandaloneServer(chalon, {
        listen: { port: 0, host: "127.0.0.1" },
      });
      const composition = compose(knowledge.url, chalonUrl);
      expect(composition.errors).toBeUndefined();
      gateway = new ApolloServer({
        gateway: new ApolloGateway({
          supergraphSdl: composition.supergraphSdl!,
          // The knowledge subgraph answers only whoever holds its secret (the territory's router).
          buildService: ({ name, url }) =>
            new RemoteGraphQLDataSource({
              url,
              willSendRequest: ({ request }) => {
                if (name === "knowledge") request.http?.headers.set(SUBGRAPH_SECRET_HEADER, knowledge.secret);
              },
            }),
        }),
      });
      ({ url: gatewayUrl } = await startStandaloneServer(gateway, {
        listen: { port: 0, host: "127.0.0.1" },
      }));
    });

    afterAll(async () => {
      await gateway?.stop();
      await chalon?.stop();
      await knowledge?.stop();
    });

    it("answers a query that crosses the foreign subgraph and the knowledge subgraph", async () => {
      const result = await postGraphQL<{ chalonEvents: unknown[] }>(
        gatewayUrl,
        `{ chalonEvents { title
             inspiredBy { title licence chalonNotes sourceActions { id } contributingMembers { id } }
             territory { name population } } }`,
      );
      expect(result.errors).toBeUndefined();
      const chalonTilleuls = sampleTerritories.find((t) => t.id === CHALON_TILLEULS)!;
      expect(result.data!.chalonEvents).toEqual(
        CHALON_EVENTS.map((event) => {
          const practice = samplePractice(event.inspiredBy);
          return {
            title: event.title,
            inspiredBy: {
              title: practice.title,
              licence: "CC-BY-SA-4.0",
              chalonNotes: CHALON_NOTES[event.inspiredBy] ?? [],
              // Plain references: the ids the knowledge subgraph stores, nothing more.
              sourceActions: [...practice.sourceActionIds].sort().map((id) => ({ id })),
              contributingMembers: [...practice.memberIds].sort().map((id) => ({ id })),
            },
            territory: { name: chalonTilleuls.name, population: 44810 },
          };
        }),
      );
    });
  });
});
