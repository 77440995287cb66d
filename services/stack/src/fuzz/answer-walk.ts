// Walks an answer's data with the schema: each field's coordinate (`Type.field`), path, value and the
// arguments the operation gave it.
import {
  getNamedType,
  isAbstractType,
  isObjectType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from "graphql";
import type { OperationPlan, Selection } from "./operations";

export type Path = (string | number)[];

export interface VisitedField {
  path: Path;
  coordinate: string;
  /** The field's named type. */
  type: GraphQLNamedType;
  value: unknown;
  /** The object holding the field. */
  parent: Record<string, unknown>;
  args: Record<string, unknown>;
}

/** The selections under one response key, inline fragments merged (only the plan knows arguments). */
function selectionsFor(selections: Selection[] | undefined, key: string): Selection[] {
  return (selections ?? []).flatMap((s) =>
    s.on ? selectionsFor(s.children, key) : (s.alias ?? s.field) === key ? [s] : [],
  );
}

/** Every field of `data` with a value or null, depth first. */
export function walkAnswer(schema: GraphQLSchema, plan: OperationPlan, data: unknown): VisitedField[] {
  const visited: VisitedField[] = [];
  const root = plan.kind === "query" ? schema.getQueryType()! : schema.getMutationType()!;
  const visitObject = (
    type: GraphQLObjectType,
    value: Record<string, unknown>,
    path: Path,
    selections: Selection[],
  ) => {
    for (const [key, child] of Object.entries(value)) {
      if (key === "__typename") continue;
      const planned = selectionsFor(selections, key);
      const fieldName = planned[0]?.field ?? key;
      const field = type.getFields()[fieldName];
      if (!field) continue;
      const fieldType = getNamedType(field.type);
      const here = [...path, key];
      visited.push({
        path: here,
        coordinate: `${type.name}.${fieldName}`,
        type: fieldType,
        value: child,
        parent: value,
        args: planned[0]?.args ?? {},
      });
      const children = planned.flatMap((s) => s.children ?? []);
      visitValue(fieldType, child, here, children);
    }
  };
  const visitValue = (type: GraphQLNamedType, value: unknown, path: Path, selections: Selection[]) => {
    if (value === null || value === undefined || typeof value !== "object") return;
    if (Array.isArray(value)) {
      value.forEach((item, i) => visitValue(type, item, [...path, i], selections));
      return;
    }
    let concrete: GraphQLNamedType | undefined = type;
    if (isAbstractType(type)) {
      const name = (value as { __typename?: unknown }).__typename;
      concrete = typeof name === "string" ? (schema.getType(name) ?? undefined) : undefined;
    }
    if (concrete && isObjectType(concrete)) {
      visitObject(concrete, value as Record<string, unknown>, path, selections);
    }
  };
  if (data && typeof data === "object") visitObject(root, data as Record<string, unknown>, [], plan.roots);
  return visited;
}

/** The value at a path of an answer's data. */
export function valueAt(data: unknown, path: Path): unknown {
  return path.reduce<unknown>(
    (value, step) =>
      value && typeof value === "object" ? (value as Record<string | number, unknown>)[step] : undefined,
    data,
  );
}
