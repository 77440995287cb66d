// Before the run: ids and cursors read from every list of the schema that needs no argument (as staff),
// so arguments name real records and cursors are reused across lists. Read once, in a fixed order, so a
// seed draws the same values again.
import { getNamedType, isListType, isNonNullType, isObjectType, getNullableType } from "graphql";
import type { FuzzSchema } from "./api-schema";
import type { ValuePools } from "./values";

export type Send = (query: string, variables?: Record<string, unknown>) => Promise<{ data?: unknown } | null>;

export async function harvestPools(schema: FuzzSchema, send: Send): Promise<ValuePools> {
  const idsByType: Record<string, Set<string>> = {};
  const cursors = new Set<string>();
  const query = schema.api.getQueryType()!;
  for (const field of Object.values(query.getFields())) {
    if (field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)) continue;
    const type = getNamedType(field.type);
    if (!isObjectType(type)) continue;
    let text: string | undefined;
    if (type.name.endsWith("Connection") && type.getFields().edges) {
      const node = getNamedType(type.getFields().edges.type);
      const nodeType = isObjectType(node) ? getNamedType(node.getFields().node?.type) : undefined;
      if (!nodeType || !isObjectType(nodeType) || !nodeType.getFields().id) continue;
      const first = field.args.some((arg) => arg.name === "first") ? "(first: 50)" : "";
      text = `{ list: ${field.name}${first} { edges { cursor node { __typename id } } } }`;
    } else if (isListType(getNullableType(field.type)) && type.getFields().id) {
      text = `{ list: ${field.name} { __typename id } }`;
    }
    if (!text) continue;
    const answer = (await send(text)) as { data?: { list?: unknown } } | null;
    const list = answer?.data?.list;
    const items = Array.isArray(list)
      ? (list as { __typename: string; id: string }[])
      : (
          (list as { edges?: { cursor: string; node: { __typename: string; id: string } }[] } | null)
            ?.edges ?? []
        ).map((edge) => {
          cursors.add(edge.cursor);
          return edge.node;
        });
    for (const item of items) {
      if (!item || typeof item.id !== "string") continue;
      (idsByType[item.__typename] ??= new Set()).add(item.id);
    }
  }
  return {
    idsByType: Object.fromEntries(Object.entries(idsByType).map(([type, ids]) => [type, [...ids].sort()])),
    cursors: [...cursors].sort(),
  };
}
