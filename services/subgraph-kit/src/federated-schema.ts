import { buildSubgraphSchema, type GraphQLResolverMap } from "@apollo/subgraph";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import { GraphQLSchema, parse } from "graphql";
import { buildSchema, createResolversMap, getMetadataStorage } from "type-graphql";
import type { BuildSchemaOptions } from "type-graphql";
import { RoleAuthChecker } from "./auth";
import { addConnectionListSizes } from "./limits/list-size";

/** The federation spec our subgraphs link to, and the directives they use from it. */
export const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@shareable", "@listSize"])';

/** `__resolveReference` functions per entity type name. */
export type ReferenceResolvers = Record<string, { __resolveReference: (...args: never[]) => unknown }>;

export interface FederatedSchemaOptions {
  resolvers: BuildSchemaOptions["resolvers"];
  orphanedTypes?: BuildSchemaOptions["orphanedTypes"];
  referenceResolvers?: ReferenceResolvers;
}

/**
 * Builds a Federation 2 subgraph schema from type-graphql classes: type-graphql builds the schema (with
 * validation and the role auth checker), its SDL is printed with directives and the federation `@link`,
 * then `buildSubgraphSchema` adds `_service` and `_entities` around type-graphql's resolvers.
 */
export async function buildFederatedSchema(options: FederatedSchemaOptions): Promise<GraphQLSchema> {
  // Parameter decorators run last to first, so type-graphql collects a method's arguments in reverse and
  // would print `annualReports(to, from)` for `annualReports(from, to)`: arguments print in declaration order.
  getMetadataStorage().params.sort((a, b) => a.index - b.index);
  const schema = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes,
    authChecker: RoleAuthChecker,
    validate: { forbidUnknownValues: false },
    skipCheck: true,
  });
  // Every list says how long it may be (`@listSize`): connections by their page size, other lists by the
  // maximum they declare (`MaxItems`), so the gateway's cost estimate counts what will really be fetched.
  const typeDefs = addConnectionListSizes(
    parse(`${FEDERATION_LINK}\n\n${printSchemaWithDirectives(schema)}`),
  );
  const resolvers = createResolversMap(schema) as GraphQLResolverMap<unknown>;
  for (const [typeName, reference] of Object.entries(options.referenceResolvers ?? {})) {
    resolvers[typeName] = {
      ...(resolvers[typeName] as object),
      ...reference,
    } as GraphQLResolverMap<unknown>[string];
  }
  return buildSubgraphSchema([{ typeDefs, resolvers }]);
}
