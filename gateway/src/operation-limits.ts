import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { ApolloServerPlugin } from "@apollo/server";
import type { RequestHandler } from "express";
import {
  GraphQLError,
  Kind,
  Lexer,
  Source,
  TokenKind,
  type ASTVisitor,
  type DocumentNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
  visit,
} from "graphql";
import { MAX_PAGE_SIZE } from "@pole/subgraph-kit";

/** Limits on what one operation may ask, all checked before the gateway plans or fetches anything. */
export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  maxCost: number;
  maxRootFields: number;
  /** Hide "Did you mean …?" suggestions (production). */
  blockSuggestions: boolean;
}

export const DEFAULT_OPERATION_LIMITS: OperationLimits = {
  maxDepth: 12,
  maxAliases: 15,
  maxDirectives: 10,
  maxTokens: 2000,
  maxCost: 10000,
  maxRootFields: 10,
  blockSuggestions: false,
};

/** Counts the root fields of each operation, through fragments and inline fragments. */
function maxRootFieldsRule(limit: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    const count = (selectionSet: SelectionSetNode, seen: Set<string>): number =>
      selectionSet.selections.reduce((total, selection) => {
        if (selection.kind === Kind.FIELD) return total + 1;
        if (selection.kind === Kind.INLINE_FRAGMENT) return total + count(selection.selectionSet, seen);
        const fragment = fragments.get(selection.name.value);
        if (!fragment || seen.has(fragment.name.value)) return total; // cycles are refused by NoFragmentCycles
        return total + count(fragment.selectionSet, new Set([...seen, fragment.name.value]));
      }, 0);
    return {
      OperationDefinition(node) {
        const rootFields = count(node.selectionSet, new Set());
        if (rootFields > limit) {
          context.reportError(
            new GraphQLError(`Syntax Error: Root field limit of ${limit} exceeded, found ${rootFields}.`, {
              nodes: [node],
              extensions: { code: "GRAPHQL_VALIDATION_FAILED" },
            }),
          );
        }
      },
    };
  };
}

/** Refuses a literal `first` above the page cap at validation time. */
const maxPageSizeRule: ValidationRule = (context) => ({
  Argument(node) {
    if (
      node.name.value === "first" &&
      node.value.kind === Kind.INT &&
      Number(node.value.value) > MAX_PAGE_SIZE
    ) {
      context.reportError(
        new GraphQLError(`first must be between 0 and ${MAX_PAGE_SIZE}.`, {
          nodes: [node],
          extensions: { code: "GRAPHQL_VALIDATION_FAILED" },
        }),
      );
    }
  },
});

/** Names of the variables passed to a `first` argument somewhere in the document. */
function firstVariables(document: DocumentNode): Set<string> {
  const names = new Set<string>();
  visit(document, {
    Argument(node) {
      if (node.name.value === "first" && node.value.kind === Kind.VARIABLE) names.add(node.value.name.value);
    },
  });
  return names;
}

/** Refuses a `first` above the page cap given through a variable, once variables are known, before planning. */
const pageSizeVariablesPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document, request }) {
        for (const name of firstVariables(document)) {
          const value = request.variables?.[name];
          if (typeof value === "number" && value > MAX_PAGE_SIZE) {
            throw new GraphQLError(`first must be between 0 and ${MAX_PAGE_SIZE}; $${name} is ${value}.`, {
              extensions: { code: "BAD_USER_INPUT", http: { status: 400 } },
            });
          }
        }
      },
    };
  },
};

/** How many lexical tokens a GraphQL source holds, counting stops past `limit`; syntax errors end the count. */
export function countTokens(source: string, limit: number): number {
  const lexer = new Lexer(new Source(source));
  let count = 0;
  try {
    while (count <= limit && lexer.advance().kind !== TokenKind.EOF) count += 1;
  } catch {
    // A syntax error: the parser will report it properly.
  }
  return count;
}

/**
 * Refuses, with 400, an operation of more than `limit` lexical tokens before it is parsed. (GraphQL Armor
 * has this check too, but from an Apollo plugin a refusal at that stage turns into a 500.)
 */
export function maxTokensMiddleware(limit: number): RequestHandler {
  return (req, res, next) => {
    const query = (req.body as { query?: unknown } | undefined)?.query;
    if (typeof query === "string" && countTokens(query, limit) > limit) {
      res.status(400).json({
        errors: [
          {
            message: `Syntax Error: Token limit of ${limit} exceeded.`,
            extensions: { code: "GRAPHQL_PARSE_FAILED" },
          },
        ],
      });
      return;
    }
    next();
  };
}

/** Apollo Server options enforcing the limits: GraphQL Armor's protections plus ours. */
export function operationLimits(limits: OperationLimits) {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, flattenFragments: true },
    maxAliases: { n: limits.maxAliases },
    maxDirectives: { n: limits.maxDirectives },
    maxTokens: { enabled: false, n: limits.maxTokens }, // see maxTokensMiddleware
    costLimit: { maxCost: limits.maxCost, flattenFragments: true },
    blockFieldSuggestion: { enabled: limits.blockSuggestions },
  }).protect();
  return {
    plugins: [...armor.plugins, pageSizeVariablesPlugin],
    validationRules: [...armor.validationRules, maxRootFieldsRule(limits.maxRootFields), maxPageSizeRule],
    allowBatchedHttpRequests: false as const,
  };
}
