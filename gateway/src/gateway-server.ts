import { ApolloGateway } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import { createServer } from "node:http";
import { createViewerResolver, listen, type AuthConfig, type RunningHttpServer } from "@pole/subgraph-kit";
import { AuthenticatedDataSource } from "./authenticated-data-source";
import type { GatewayContext } from "./gateway-context";

export interface GatewayOptions {
  /** The composed supergraph SDL (schema/supergraph.graphql). */
  supergraphSdl: string;
  /** Subgraph URL overrides by subgraph name; others keep the supergraph's URL. */
  subgraphUrls: Record<string, string | undefined>;
  auth: AuthConfig;
}

export interface GatewayServer {
  listen(port: number, host: string, portVariable?: string): Promise<RunningHttpServer>;
  stop(): Promise<void>;
}

/**
 * The gateway: a static supergraph (never introspects subgraphs at run time), one query plan per
 * operation, the caller's token checked here and forwarded. `GET /health` says the process is alive; it
 * does not depend on the subgraphs, which may restart independently.
 */
export async function createGatewayServer(options: GatewayOptions): Promise<GatewayServer> {
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) => new AuthenticatedDataSource({ url: options.subgraphUrls[name] ?? url }),
  });
  const app = express();
  const httpServer = createServer(app);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
    // Clients never see stack traces (DESIGN §6), in development either.
    includeStacktraceInErrorResponses: false,
  });
  await apollo.start();
  const viewerOf = createViewerResolver(options.auth);

  app.get("/health", (_req, res) => {
    res.json({ status: "ok", service: "gateway" });
  });
  app.use(
    "/graphql",
    express.json({ limit: "1mb" }),
    expressMiddleware(apollo, {
      context: async ({ req }) => ({
        viewer: await viewerOf(req.headers.authorization),
        authorization: req.headers.authorization,
        clientIp: req.socket.remoteAddress ?? "unknown",
      }),
    }),
  );

  let running: RunningHttpServer | undefined;
  return {
    async listen(port, host, portVariable = "PORT") {
      running = await listen(httpServer, port, host, portVariable);
      return running;
    },
    async stop() {
      await apollo.stop();
      if (running && running.server.listening) await running.close();
    },
  };
}
