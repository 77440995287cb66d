import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { GraphQLError, visit, type DocumentNode } from "graphql";
import { fieldError, toFieldPath } from "./field-errors";
import { message } from "./messages";

/**
 * Whether a string can be stored as PostgreSQL text: no U+0000 (PostgreSQL refuses it) and well-formed
 * UTF-16, i.e. no unpaired surrogate (it cannot be encoded as UTF-8).
 */
export function isStorableText(value: string): boolean {
  return !value.includes("\u0000") && (value as string & { isWellFormed(): boolean }).isWellFormed();
}

/** The first place in a variable's value (`$input.tags[2]`) holding text PostgreSQL cannot store. */
function findUnsafeValue(value: unknown, where: string): string | undefined {
  if (typeof value === "string") return isStorableText(value) ? undefined : where;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      const found = findUnsafeValue(value[index], `${where}[${index}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      if (!isStorableText(key)) return `${where} (a key)`;
      const found = findUnsafeValue(item, `${where}.${key}`);
      if (found) return found;
    }
  }
  return undefined;
}

/** The first string literal of the document PostgreSQL cannot store, named by its argument (`input.body`). */
function findUnsafeLiteral(document: DocumentNode): string | undefined {
  const path: string[] = [];
  let found: string | undefined;
  visit(document, {
    VariableDefinition: {
      enter: (node) => void path.push(`$${node.variable.name.value}`),
      leave: () => void path.pop(),
    },
    Argument: { enter: (node) => void path.push(node.name.value), leave: () => void path.pop() },
    ObjectField: { enter: (node) => void path.push(node.name.value), leave: () => void path.pop() },
    StringValue(node) {
      if (!found && !isStorableText(node.value)) found = path.join(".") || "a string literal";
    },
  });
  return found;
}

/** A place `findUnsafeValue` or `findUnsafeLiteral` names, as a field path (none for a key or a name). */
const fieldPathOf = (where: string) =>
  /^\$?\w+(\.\w+|\[\d+\])*$/.test(where) ? toFieldPath(where.replace(/^\$/, "")) : undefined;

/** The refusal: BAD_USER_INPUT, HTTP 400, naming where the bad text is (a field error when it is a field). */
export function unsafeTextError(where: string): GraphQLError {
  const path = fieldPathOf(where);
  return new GraphQLError(message("request.unsafeText", { where }), {
    extensions: {
      code: "BAD_USER_INPUT",
      ...(path ? { fieldErrors: [fieldError(path, "format", "input.unsafeText")] } : {}),
      http: { status: 400 },
    },
  });
}

/**
 * An Apollo Server plugin refusing, once the operation is parsed and validated and before any resolver
 * runs, every request whose variables (deeply) or string literals hold a NUL character or an unpaired
 * surrogate: PostgreSQL would refuse them halfway through (an internal error), so the caller gets
 * BAD_USER_INPUT (HTTP 400) that says where. Used by every subgraph and by the gateway.
 */
export function unsafeTextPlugin<TContext extends BaseContext = BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          for (const [name, value] of Object.entries(request.variables ?? {})) {
            const where = isStorableText(name) ? findUnsafeValue(value, `$${name}`) : "a variable name";
            if (where) throw unsafeTextError(where);
          }
          const literal = findUnsafeLiteral(document);
          if (literal) throw unsafeTextError(literal);
        },
      };
    },
  };
}
