import { ApolloGateway } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import cors from "cors";
import express, { type ErrorRequestHandler } from "express";
import { createServer } from "node:http";
import { createViewerResolver, listen, type RunningHttpServer } from "@pole/subgraph-kit";
import { AuthenticatedDataSource, type SubgraphFetcher } from "./authenticated-data-source";
import { formatGatewayError } from "./format-gateway-error";
import type { GatewayConfig } from "./gateway-config";
import type { GatewayContext } from "./gateway-context";
import { DEFAULT_OPERATION_LIMITS, maxTokensMiddleware, operationLimits } from "./operation-limits";
import { createRateLimit } from "./rate-limit";

export interface GatewayOptions
  extends
    Pick<GatewayConfig, "subgraphs" | "auth">,
    Partial<Pick<GatewayConfig, "limits" | "rateLimit" | "corsOrigins" | "introspection" | "bodyLimit">> {
  /** The composed supergraph SDL (schema/supergraph.graphql). */
  supergraphSdl: string;
  /** The fetch used to call subgraphs (tests count calls through it). */
  fetcher?: SubgraphFetcher;
}

export interface GatewayServer {
  listen(port: number, host: string, portVariable?: string): Promise<RunningHttpServer>;
  stop(): Promise<void>;
}

/**
 * The gateway: a static supergraph (never introspects subgraphs at run time), one query plan per
 * operation. In front of Apollo: CORS allow-list, per-address and per-token rate limits, a body size limit;
 * in Apollo: CSRF prevention, operation limits (GraphQL Armor and ours) checked before any subgraph fetch,
 * the caller's token verified here and forwarded. `GET /health` says the process is alive.
 */
export async function createGatewayServer(options: GatewayOptions): Promise<GatewayServer> {
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) =>
      new AuthenticatedDataSource({
        url: options.subgraphs[name]?.url ?? url ?? "",
        secret: options.subgraphs[name]?.secret,
        fetcher: options.fetcher,
      }),
  });
  const app = express();
  app.disable("x-powered-by");
  const httpServer = createServer(app);
  const limits = operationLimits(options.limits ?? DEFAULT_OPERATION_LIMITS);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    ...limits,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ...limits.plugins],
    csrfPrevention: true,
    introspection: options.introspection ?? true,
    // Clients never see stack traces or internal addresses (DESIGN §6).
    includeStacktraceInErrorResponses: false,
    formatError: formatGatewayError,
  });
  await apollo.start();
  const viewerOf = createViewerResolver(options.auth);
  const rateLimit = await createRateLimit(
    options.rateLimit ?? { perIp: 600, perToken: 1200, windowSeconds: 60 },
  );

  app.get("/health", (_req, res) => {
    res.json({ status: "ok", service: "gateway" });
  });
  app.use(
    "/graphql",
    cors({ origin: options.corsOrigins ?? [], credentials: false, maxAge: 600 }),
    rateLimit.middleware,
    express.json({ limit: options.bodyLimit ?? "100kb" }),
    maxTokensMiddleware((options.limits ?? DEFAULT_OPERATION_LIMITS).maxTokens),
    expressMiddleware(apollo, {
      context: async ({ req }) => ({
        viewer: await viewerOf(req.headers.authorization),
        authorization: req.headers.authorization,
        clientIp: req.socket.remoteAddress ?? "unknown",
      }),
    }),
  );
  app.use(jsonErrors);

  let running: RunningHttpServer | undefined;
  return {
    async listen(port, host, portVariable = "PORT") {
      running = await listen(httpServer, port, host, portVariable);
      return running;
    },
    async stop() {
      await apollo.stop();
      await rateLimit.close();
      if (running && running.server.listening) await running.close();
    },
  };
}

/** Body parser failures (too large, not JSON) as GraphQL-shaped errors with their HTTP status, no stack. */
const jsonErrors: ErrorRequestHandler = (error, _req, res, next) => {
  if (res.headersSent) return next(error);
  const status = typeof error?.status === "number" ? error.status : 500;
  const message =
    error?.type === "entity.too.large"
      ? "The request body is too large."
      : status < 500
        ? "The request body is not valid JSON."
        : "Internal server error";
  res.status(status).json({
    errors: [{ message, extensions: { code: status < 500 ? "BAD_REQUEST" : "INTERNAL_SERVER_ERROR" } }],
  });
};
