import { parse } from "graphql";
import {
  DEFAULT_OPERATION_LIMITS,
  operationCostPlugin,
  operationShapeMiddleware,
  readListSizes,
  type OperationLimits,
} from "@pole/subgraph-kit";
import { rememberAcceptedCosts, rememberAcceptedShapes } from "./checked-operations";

export { DEFAULT_OPERATION_LIMITS, type OperationLimits };

/**
 * The operation limits at the gateway: tokens and shape in front of Apollo (`middleware`), the cost with
 * the variables in Apollo (`plugins`), from the list sizes the subgraphs declare (`@listSize`, kept in the
 * composed supergraph, dropped from the API schema); no batched HTTP requests (one operation per request,
 * so each is limited on its own). Both checks remember what they accepted (checked-operations.ts): a
 * query text or a document with the same variables is checked once, refused ones every time.
 */
export function operationLimits(limits: OperationLimits, supergraphSdl: string) {
  return {
    middleware: rememberAcceptedShapes(operationShapeMiddleware(limits)),
    plugins: [
      rememberAcceptedCosts(operationCostPlugin({ limits, listSizes: readListSizes(parse(supergraphSdl)) })),
    ],
    allowBatchedHttpRequests: false as const,
  };
}
