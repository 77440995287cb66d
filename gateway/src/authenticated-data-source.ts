import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import { GraphQLError } from "graphql";
import { CLIENT_IP_HEADER, SUBGRAPH_SECRET_HEADER } from "@pole/subgraph-kit";
import type { GatewayContext } from "./gateway-context";

/** The fetch the gateway calls subgraphs with. */
export type SubgraphFetcher = NonNullable<
  ConstructorParameters<typeof RemoteGraphQLDataSource>[0]
>["fetcher"];

/**
 * A subgraph as the gateway calls it: with the secret that subgraph shares with the gateway, the caller's
 * bearer token (subgraphs verify it again: they never trust the gateway's word about who is calling), and
 * the caller's address, for per-client limits.
 */
export class AuthenticatedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly secret?: string;

  constructor(options: { url: string; secret?: string; fetcher?: SubgraphFetcher }) {
    super({ url: options.url, ...(options.fetcher ? { fetcher: options.fetcher } : {}) });
    this.secret = options.secret;
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (this.secret) request.http?.headers.set(SUBGRAPH_SECRET_HEADER, this.secret);
    if (!("viewer" in context)) return; // the gateway's own requests carry no client
    if (context.authorization) request.http?.headers.set("authorization", context.authorization);
    // Set, never passed through: the client cannot choose the address subgraphs see.
    request.http?.headers.set(CLIENT_IP_HEADER, context.clientIp);
  }

  /**
   * A subgraph that refuses the request's input as a whole (HTTP 400, every error BAD_USER_INPUT: a variable
   * of a custom scalar such as DateTimeISO or LocalDate that does not parse, which the gateway cannot check
   * itself) gives the client that BAD_USER_INPUT and its message, not an internal error.
   */
  override async errorFromResponse(response: Parameters<RemoteGraphQLDataSource["errorFromResponse"]>[0]) {
    const error = await super.errorFromResponse(response);
    const body = (error.extensions.response as { body?: unknown } | undefined)?.body as
      { errors?: { message?: string; extensions?: { code?: string } }[] } | undefined;
    const refused =
      response.status === 400 &&
      Array.isArray(body?.errors) &&
      body.errors.length > 0 &&
      body.errors.every((e) => e.extensions?.code === "BAD_USER_INPUT");
    if (!refused) return error;
    return new GraphQLError(body!.errors![0].message ?? "Invalid input.", {
      extensions: { code: "BAD_USER_INPUT" },
    });
  }
}
