import { buildSubgraphSchema, type GraphQLResolverMap } from "@apollo/subgraph";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import { GraphQLSchema, parse } from "graphql";
import { buildSchema, createResolversMap } from "type-graphql";
import type { BuildSchemaOptions } from "type-graphql";
import { RoleAuthChecker } from "./auth";
import {
  addEnumLabelFields,
  enumFieldsOf,
  enumLabelProblems,
  enumLabelResolvers,
  type EnumLabelTables,
} from "./enum-labels";
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
  /**
   * The French labels of every enum the subgraph's types return, by enum name: each enum field gets a
   * `…Label` field next to it (see enum-labels.ts). Building fails when a value has no label.
   */
  enumLabels?: EnumLabelTables;
}

/**
 * Builds a Federation 2 subgraph schema from type-graphql classes: type-graphql builds the schema (with
 * validation and the role auth checker), its SDL is printed with directives and the federation `@link`,
 * then `buildSubgraphSchema` adds `_service` and `_entities` around type-graphql's resolvers.
 */
export async function buildFederatedSchema(options: FederatedSchemaOptions): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes,
    authChecker: RoleAuthChecker,
    validate: { forbidUnknownValues: false },
    skipCheck: true,
  });
  // Every enum value a client reads has a French label next to it (`legalForm` → `legalFormLabel`), so no
  // UI keeps a translation table; an enum without its labels stops the build, listing what is missing.
  const enumLabels = options.enumLabels ?? {};
  const problems = enumLabelProblems(schema, enumLabels);
  if (problems.length > 0) throw new Error(`French enum labels:\n  - ${problems.join("\n  - ")}`);
  const enumFields = enumFieldsOf(schema);
  // Every list says how long it may be (`@listSize`): connections by their page size, other lists by the
  // maximum they declare (`MaxItems`), so the gateway's cost estimate counts what will really be fetched.
  const typeDefs = addConnectionListSizes(
    addEnumLabelFields(
      parse(`${FEDERATION_LINK}\n\n${printSchemaWithDirectives(schema)}`),
      enumFields,
      enumLabels,
    ),
  );
  const resolvers = createResolversMap(schema) as GraphQLResolverMap<unknown>;
  for (const [typeName, labelResolvers] of Object.entries(
    enumLabelResolvers(enumFields, enumLabels, resolvers),
  )) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), ...(labelResolvers as object) } as never;
  }
  for (const [typeName, reference] of Object.entries(options.referenceResolvers ?? {})) {
    resolvers[typeName] = {
      ...(resolvers[typeName] as object),
      ...reference,
    } as GraphQLResolverMap<unknown>[string];
  }
  return buildSubgraphSchema([{ typeDefs, resolvers }]);
}
