export { createGatewayServer, type GatewayOptions, type GatewayServer } from "./gateway-server";
export { readSupergraph, DEFAULT_SUPERGRAPH_PATH } from "./supergraph";
