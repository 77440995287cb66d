// The bench's point of comparison: a stock @apollo/gateway on @apollo/server's standalone server, no
// limits, no logging, on the committed supergraph with its subgraph URLs rewritten to the bench's ports.
// It forwards what our subgraphs require: the caller's Authorization header and each subgraph's secret.
// Env: PORT, HOST, SUPERGRAPH_PATH, <NAME>_URL and <NAME>_SUBGRAPH_SECRET for each subgraph.
import { ApolloGateway, RemoteGraphQLDataSource } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { readFileSync } from "node:fs";
import { SUBGRAPH_SECRET_HEADER } from "@pole/subgraph-kit";

interface Context {
  authorization?: string;
}

/** The supergraph with each `@join__graph(name: "x", url: "…")` pointing at `urls[x]`. */
export function rewriteSubgraphUrls(supergraph: string, urls: Record<string, string>): string {
  return supergraph.replace(/@join__graph\(name: "([^"]+)", url: "[^"]*"\)/g, (whole, name: string) =>
    urls[name] ? `@join__graph(name: "${name}", url: "${urls[name]}")` : whole,
  );
}

async function main(): Promise<void> {
  const env = process.env;
  const names = ["economic", "neighbourhood", "knowledge"];
  const urls = Object.fromEntries(names.map((name) => [name, env[`${name.toUpperCase()}_URL`] ?? ""]));
  const secrets = Object.fromEntries(
    names.map((name) => [name, env[`${name.toUpperCase()}_SUBGRAPH_SECRET`] ?? ""]),
  );
  const supergraphSdl = rewriteSubgraphUrls(readFileSync(env.SUPERGRAPH_PATH!, "utf8"), urls);
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) =>
      new RemoteGraphQLDataSource<Context>({
        url,
        willSendRequest({ request, context }) {
          if (secrets[name]) request.http?.headers.set(SUBGRAPH_SECRET_HEADER, secrets[name]);
          if (context.authorization) request.http?.headers.set("authorization", context.authorization);
        },
      }),
  });
  const server = new ApolloServer<Context>({ gateway });
  const { url } = await startStandaloneServer(server, {
    listen: { port: Number(env.PORT), host: env.HOST ?? "127.0.0.1" },
    context: async ({ req }) => ({ authorization: req.headers.authorization }),
  });
  process.stderr.write(`stock gateway ready at ${url}\n`);
  const stop = () => void server.stop().then(() => process.exit(0));
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
  // Started by the bench with an IPC channel: when the bench dies, so does this process.
  process.on("disconnect", stop);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`stock gateway: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
}
