// The gateway's process: env (gateway-config.ts), the committed supergraph, HTTP on port 4000 (PORT).
import "./start-tracing";
import { logLine, runService } from "@pole/subgraph-kit";
import { gatewayConfigFromEnv } from "./gateway-config";
import { createGatewayServer } from "./gateway-server";
import { readSupergraph } from "./supergraph";

runService("gateway", async () => {
  const config = gatewayConfigFromEnv();
  const server = await createGatewayServer({
    ...config,
    supergraphSdl: readSupergraph(config.supergraphPath),
  });
  const running = await server.listen(config.port, config.host);
  if (config.metrics.port !== undefined)
    logLine("gateway", `metrics at http://${config.host}:${config.metrics.port}/metrics`);
  logLine("gateway", `ready at ${running.origin}/graphql`);
  return () => server.stop();
});
