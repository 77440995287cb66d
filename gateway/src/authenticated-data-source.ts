import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import type { GatewayContext } from "./gateway-context";

/**
 * Forwards the caller's bearer token to the subgraph, which verifies it again: subgraphs never trust
 * the gateway's word about who is calling.
 */
export class AuthenticatedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if ("authorization" in context && context.authorization) {
      request.http?.headers.set("authorization", context.authorization);
    }
  }
}
