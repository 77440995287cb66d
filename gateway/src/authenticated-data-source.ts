import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import { CLIENT_IP_HEADER } from "@pole/subgraph-kit";
import type { GatewayContext } from "./gateway-context";

/**
 * Forwards the caller's bearer token to the subgraph, which verifies it again (subgraphs never trust the
 * gateway's word about who is calling), and the caller's address, for per-client limits.
 */
export class AuthenticatedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (!("viewer" in context)) return; // the gateway's own requests carry no client
    if (context.authorization) request.http?.headers.set("authorization", context.authorization);
    // Set, never passed through: the client cannot choose the address subgraphs see.
    request.http?.headers.set(CLIENT_IP_HEADER, context.clientIp);
  }
}
