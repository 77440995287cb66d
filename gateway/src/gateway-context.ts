import type { Viewer } from "@pole/subgraph-kit";

/** What the gateway keeps of a request: the verified viewer and the header to forward. */
export interface GatewayContext {
  viewer: Viewer | null;
  authorization?: string;
  /** The client's address as this gateway sees it. */
  clientIp: string;
}
