import { ApolloClient, HttpLink, InMemoryCache } from "@apollo/client";
import { testAuth } from "@pole/subgraph-kit/testing";
import { createGatewayServer } from "../src/gateway-server";
import { readSupergraph } from "../src/supergraph";

export interface GatewayUnderTest {
  url: string;
  stop(): Promise<void>;
}

/** The real gateway, in this process, over HTTP, routed to the given subgraph URLs. */
export async function startGateway(subgraphUrls: Record<string, string>): Promise<GatewayUnderTest> {
  const server = await createGatewayServer({ supergraphSdl: readSupergraph(), subgraphUrls, auth: testAuth });
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
