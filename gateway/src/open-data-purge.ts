import type { ApolloServerPlugin } from "@apollo/server";
import { Kind, OperationTypeNode } from "graphql";

/**
 * Root mutations that change what the open-data files show: the practices, their territories and
 * adoptions (all the knowledge subgraph's). Named by pattern so a new practice mutation is covered.
 */
const LIBRARY_WRITE = /Practice|Territor|Adoption/;

/**
 * Drops this gateway's open-data copy once a mutation of the library has been answered without error, so
 * a withdrawal or a publication through this gateway shows in its next open-data answer. Other replicas
 * keep theirs until their window ends (OPEN_DATA_MAX_AGE).
 */
export function openDataPurgePlugin<T extends object>(purge: () => void): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, response }) {
          if (operation?.operation !== OperationTypeNode.MUTATION) return;
          const body = response.body;
          if (body.kind !== "single" || body.singleResult.errors?.length) return;
          const writesLibrary = operation.selectionSet.selections.some(
            (selection) => selection.kind === Kind.FIELD && LIBRARY_WRITE.test(selection.name.value),
          );
          if (writesLibrary) purge();
        },
      };
    },
  };
}
