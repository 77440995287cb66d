import type { ApolloServerPlugin } from "@apollo/server";
import type { FormattedExecutionResult, GraphQLFormattedError } from "graphql";
import { message } from "@pole/subgraph-kit";

/** The bytes of subgraph answers one client request may read, shared by all its fetches. */
export interface ResponseBudget {
  maximum: number;
  /** Bytes read so far (past `maximum` once a fetch was cut short). */
  used: number;
}

export const newResponseBudget = (maximum: number): ResponseBudget => ({ maximum, used: 0 });

/** The refusal of an answer over the limit: no partial data, the limit and what was found (or more). */
export function responseTooLarge(budget: { maximum: number; used: number }): GraphQLFormattedError {
  return {
    message: message("request.answerTooLarge", { maximum: budget.maximum }),
    extensions: {
      code: "OPERATION_TOO_COMPLEX",
      limit: "responseBytes",
      maximum: budget.maximum,
      found: budget.used,
    },
  };
}

const serialize = (result: FormattedExecutionResult): string =>
  `${JSON.stringify({ errors: result.errors, data: result.data, extensions: result.extensions })}\n`;

/** UTF-8 bytes of `text`; only measured exactly when it may be over `maximum` (a UTF-16 unit is ≤ 3 bytes). */
const bytesOf = (text: string, maximum: number): number =>
  text.length * 3 > maximum ? Buffer.byteLength(text) : text.length;

/**
 * Keeps answers to clients within `maximum` bytes: a request whose subgraph answers went past the budget,
 * or whose answer is too long once assembled (an entity fetched once may appear many times in it), gets the
 * refusal alone, no partial data, with HTTP 400 like the other limits. The answer is serialized once: the
 * plugin measures it and `stringifyResult` sends the same text.
 */
export function responseSizeLimit(maximum: number) {
  const measured = new WeakMap<object, { result: FormattedExecutionResult; text: string }>();
  const plugin: ApolloServerPlugin<{ responseBudget?: ResponseBudget }> = {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          if (response.body.kind !== "single") return;
          const result = response.body.singleResult;
          const budget = contextValue.responseBudget;
          let refusal: GraphQLFormattedError | undefined;
          if (budget && budget.used > budget.maximum) refusal = responseTooLarge(budget);
          else if (result.data) {
            const text = serialize(result);
            const bytes = bytesOf(text, maximum);
            if (bytes > maximum) refusal = responseTooLarge({ maximum, used: bytes });
            else measured.set(result.data, { result, text });
          }
          if (refusal) {
            response.body.singleResult = { errors: [refusal] };
            response.http.status = 400;
          }
        },
      };
    },
  };
  const stringifyResult = (value: FormattedExecutionResult): string => {
    const seen = value.data ? measured.get(value.data) : undefined;
    if (seen && seen.result.errors === value.errors && seen.result.extensions === value.extensions) {
      return seen.text;
    }
    // Answers that did not pass the plugin (Apollo's own early errors) are measured here.
    const text = serialize(value);
    const bytes = bytesOf(text, maximum);
    return bytes <= maximum ? text : serialize({ errors: [responseTooLarge({ maximum, used: bytes })] });
  };
  return { plugin, stringifyResult };
}
