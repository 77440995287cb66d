import { z } from "zod";
import {
  authConfigFromEnv,
  authEnvShape,
  httpUrlVar,
  logLine,
  parseEnv,
  portVar,
  runService,
} from "@pole/subgraph-kit";
import { createGatewayServer } from "./gateway-server";
import { DEFAULT_SUPERGRAPH_PATH, readSupergraph } from "./supergraph";

runService("gateway", async () => {
  const env = parseEnv(
    z.object({
      PORT: portVar(4000),
      HOST: z.string().min(1).default("127.0.0.1"),
      SUPERGRAPH_PATH: z.string().min(1).default(DEFAULT_SUPERGRAPH_PATH),
      ECONOMIC_URL: httpUrlVar.optional(),
      NEIGHBOURHOOD_URL: httpUrlVar.optional(),
      KNOWLEDGE_URL: httpUrlVar.optional(),
      ...authEnvShape,
    }),
  );
  const server = await createGatewayServer({
    supergraphSdl: readSupergraph(env.SUPERGRAPH_PATH),
    subgraphUrls: {
      economic: env.ECONOMIC_URL,
      neighbourhood: env.NEIGHBOURHOOD_URL,
      knowledge: env.KNOWLEDGE_URL,
    },
    auth: authConfigFromEnv(env),
  });
  const running = await server.listen(env.PORT, env.HOST);
  logLine("gateway", `ready at ${running.origin}/graphql`);
  return () => server.stop();
});
