import { ApolloClient, HttpLink, InMemoryCache } from "@apollo/client";
import { testAuth } from "@pole/subgraph-kit/testing";
import { createGatewayServer, type GatewayOptions } from "../src/gateway-server";
import type { SubgraphRoute } from "../src/gateway-config";
import { readSupergraph } from "../src/supergraph";

export interface GatewayUnderTest {
  url: string;
  stop(): Promise<void>;
}

/** The real gateway, in this process, over HTTP, routed to the given subgraphs. */
export async function startGateway(
  subgraphs: Record<string, SubgraphRoute>,
  options: Partial<GatewayOptions> = {},
): Promise<GatewayUnderTest> {
  const server = await createGatewayServer({
    supergraphSdl: readSupergraph(),
    subgraphs,
    auth: testAuth,
    ...options,
  });
  const running = await server.listen(0, "127.0.0.1");
  return { url: `${running.origin}/graphql`, stop: () => server.stop() };
}

/** An Apollo Client as a frontend would use it, optionally with a bearer token. */
export function clientFor(url: string, token?: string): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: url, headers: token ? { authorization: `Bearer ${token}` } : {} }),
    cache: new InMemoryCache(),
    defaultOptions: { query: { fetchPolicy: "no-cache" } },
  });
}

/** A subgraph fetcher that counts the gateway's calls to subgraphs (no call, no SQL statement). */
export function countingFetcher(): { calls: string[]; fetcher: NonNullable<GatewayOptions["fetcher"]> } {
  const calls: string[] = [];
  const fetcher = ((url: string, init: RequestInit) => {
    calls.push(String(url));
    return fetch(url, init);
  }) as unknown as NonNullable<GatewayOptions["fetcher"]>;
  return { calls, fetcher };
}

export interface RawResponse {
  status: number;
  headers: Headers;
  body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } | null;
}

/** A raw HTTP request to the gateway, for what Apollo Client would never send. */
export async function send(url: string, init: RequestInit = {}): Promise<RawResponse> {
  const response = await fetch(url, { method: "POST", ...init });
  const text = await response.text();
  let body: RawResponse["body"] = null;
  try {
    body = JSON.parse(text) as RawResponse["body"];
  } catch {
    body = null;
  }
  return { status: response.status, headers: response.headers, body };
}

/** POSTs one GraphQL operation as JSON. */
export function postJson(
  url: string,
  payload: unknown,
  headers: Record<string, string> = {},
): Promise<RawResponse> {
  return send(url, {
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(payload),
  });
}
