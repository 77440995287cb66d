import { buildSubgraphSchema, type GraphQLResolverMap } from "@apollo/subgraph";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import { GraphQLSchema, parse } from "graphql";
import { buildSchema, createResolversMap, getMetadataStorage } from "type-graphql";
import type { BuildSchemaOptions } from "type-graphql";
import { RoleAuthChecker } from "./auth";
import { validateArguments } from "./input-validation";
import { accessRuleFields, addCacheControlHints } from "./cache-hints";
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
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@shareable", "@listSize", "@inaccessible"])';

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
 * the kit's input validation and the role auth checker), its SDL is printed with directives and the federation
 * `@link`, list sizes and cache hints are added, then `buildSubgraphSchema` adds `_service` and `_entities`
 * around type-graphql's resolvers.
 */
export async function buildFederatedSchema(options: FederatedSchemaOptions): Promise<GraphQLSchema> {
  // Parameter decorators run last to first, so type-graphql collects a method's arguments in reverse and
  // would print `annualReports(to, from)` for `annualReports(from, to)`: arguments print in declaration order.
  getMetadataStorage().params.sort((a, b) => a.index - b.index);
  const schema = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes,
    authChecker: RoleAuthChecker,
    // class-validator's rules, reported per field (`extensions.fieldErrors`) in the request's language.
    validateFn: validateArguments,
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
  // Cache hints (`@cacheControl`): entities public for a minute, every field with an access rule never
  // cached and never shared (the rules are read from type-graphql's `@Authorized` metadata). They come before
  // the enum labels, which copy the hint of the field they label.
  const typeDefs = addConnectionListSizes(
    addEnumLabelFields(
      addCacheControlHints(
        parse(`${FEDERATION_LINK}\n\n${printSchemaWithDirectives(schema)}`),
        accessRuleFields(options.resolvers),
      ),
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
