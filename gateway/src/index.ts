export { createGatewayServer, type GatewayOptions, type GatewayServer } from "./gateway-server";
export { gatewayConfigFromEnv, type GatewayConfig } from "./gateway-config";
export { readSupergraph, DEFAULT_SUPERGRAPH_PATH } from "./supergraph";
