import { parse } from "graphql";
import {
  DEFAULT_OPERATION_LIMITS,
  operationCostPlugin,
  operationShapeMiddleware,
  readListSizes,
  type OperationLimits,
} from "@pole/subgraph-kit";

export { DEFAULT_OPERATION_LIMITS, type OperationLimits };

/**
 * The operation limits at the gateway: tokens and shape in front of Apollo (`middleware`), the cost with
 * the variables in Apollo (`plugins`), from the list sizes the subgraphs declare (`@listSize`, kept in the
 * composed supergraph, dropped from the API schema); no batched HTTP requests (one operation per request,
 * so each is limited on its own).
 */
export function operationLimits(limits: OperationLimits, supergraphSdl: string) {
  return {
    middleware: operationShapeMiddleware(limits),
    plugins: [operationCostPlugin({ limits, listSizes: readListSizes(parse(supergraphSdl)) })],
    allowBatchedHttpRequests: false as const,
  };
}
