// The bench's second point of comparison: Hive Gateway's runtime (@graphql-hive/gateway) with its defaults,
// on Node's HTTP server, on the committed supergraph with its subgraph URLs rewritten to the bench's
// ports. Like the stock one it forwards the caller's Authorization header and each subgraph's secret.
// Env: PORT, HOST, SUPERGRAPH_PATH, <NAME>_URL and <NAME>_SUBGRAPH_SECRET for each subgraph.
import { readFileSync } from "node:fs";
import { createServer, type RequestListener } from "node:http";
import { createRequire } from "node:module";
import { SUBGRAPH_SECRET_HEADER } from "@pole/subgraph-kit";
import { rewriteSubgraphUrls } from "./stock-gateway";

/** What this script uses of Hive Gateway's runtime. */
interface HiveRuntime extends RequestListener {
  dispose(): Promise<void> | void;
}
interface HiveConfig {
  supergraph: string;
  logging: string;
  landingPage: boolean;
  propagateHeaders: {
    fromClientToSubgraphs(payload: {
      request: { headers: { get(name: string): string | null } };
      subgraphName: string;
    }): Record<string, string | null | undefined>;
  };
}

// Loaded without its types: they reference TypeScript's "dom" library (through @whatwg-node/fetch), which
// would change the types of fetch and Headers in the whole repository's typecheck.
const { createGatewayRuntime } = createRequire(__filename)("@graphql-hive/gateway") as {
  createGatewayRuntime(config: HiveConfig): HiveRuntime;
};

async function main(): Promise<void> {
  const env = process.env;
  const names = ["economic", "neighbourhood", "knowledge"];
  const urls = Object.fromEntries(names.map((name) => [name, env[`${name.toUpperCase()}_URL`] ?? ""]));
  const secrets = Object.fromEntries(
    names.map((name) => [name, env[`${name.toUpperCase()}_SUBGRAPH_SECRET`] ?? ""]),
  );
  const supergraph = rewriteSubgraphUrls(readFileSync(env.SUPERGRAPH_PATH!, "utf8"), urls);
  const gateway = createGatewayRuntime({
    supergraph,
    logging: "error",
    landingPage: false,
    propagateHeaders: {
      // Hive names a subgraph by its join__graph enum value (ECONOMIC) or name: either reaches its secret.
      fromClientToSubgraphs: ({ request, subgraphName }) => ({
        authorization: request.headers.get("authorization"),
        [SUBGRAPH_SECRET_HEADER]: secrets[subgraphName.toLowerCase()] || undefined,
      }),
    },
  });
  const server = createServer(gateway);
  await new Promise<void>((resolve) => server.listen(Number(env.PORT), env.HOST ?? "127.0.0.1", resolve));
  process.stderr.write(`hive gateway ready at http://${env.HOST ?? "127.0.0.1"}:${env.PORT}/graphql\n`);
  const stop = () => {
    server.closeAllConnections();
    server.close(() => void Promise.resolve(gateway.dispose()).then(() => process.exit(0)));
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
  // Started by the bench with an IPC channel: when the bench dies, so does this process.
  process.on("disconnect", stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`hive gateway: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
