import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  Kind,
  parse,
  visit,
  type ASTNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from "graphql";
import { REPO_ROOT } from "../services";

/** The operations the council's report tool sends; the council can send the same from any client. */
export const COUNCIL_OPERATIONS_PATH = join(REPO_ROOT, "schema", "operations", "council.graphql");

/** One named operation of the file, with the fragments it uses (directly or through other fragments). */
export function councilOperation(name: string, path = COUNCIL_OPERATIONS_PATH): DocumentNode {
  const document = parse(readFileSync(path, "utf8"), { noLocation: true });
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode =>
      definition.kind === Kind.OPERATION_DEFINITION && definition.name?.value === name,
  );
  if (!operation) throw new Error(`${path} has no operation named ${name}`);
  const fragments = new Map(
    document.definitions
      .filter(
        (definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION,
      )
      .map((fragment) => [fragment.name.value, fragment]),
  );
  // GraphQL refuses a document with unused fragments, so only those the operation reaches go.
  const used = new Map<string, FragmentDefinitionNode>();
  const collect = (node: ASTNode): void => {
    visit(node, {
      FragmentSpread(spread) {
        const fragment = fragments.get(spread.name.value);
        if (fragment && !used.has(fragment.name.value)) {
          used.set(fragment.name.value, fragment);
          collect(fragment);
        }
      },
    });
  };
  collect(operation);
  return { kind: Kind.DOCUMENT, definitions: [operation, ...used.values()] };
}
