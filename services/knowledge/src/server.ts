import { createSubgraphServer, type SubgraphProcessOptions, type SubgraphServer } from "@pole/subgraph-kit";
import { buildKnowledgeSchema } from "./schema";
import { createWebhookDispatcher, type WebhookDispatchSettings } from "./webhook/webhook-dispatcher";

export interface KnowledgeServerOptions extends SubgraphProcessOptions {
  /** Timings of webhook deliveries (tests shorten them); the addresses and keys come from the partners. */
  webhookDelivery?: Omit<WebhookDispatchSettings, "dataSource" | "webhooks" | "keys">;
}

/**
 * The knowledge subgraph's HTTP service on an open DataSource, with the dispatcher of the partners'
 * webhooks when there are any (started by `listen`, stopped by `stop`). No side effects until `listen`.
 */
export async function createServer(options: KnowledgeServerOptions): Promise<SubgraphServer> {
  const { partnerWebhooks = [], webhookDelivery, ...kitOptions } = options;
  const keys = kitOptions.partners?.keys ?? [];
  const webhooks = partnerWebhooks.filter((hook) => keys.some((key) => key.name === hook.partner));
  const server = await createSubgraphServer({
    name: "knowledge",
    schema: await buildKnowledgeSchema(),
    ...kitOptions,
    extraContext: { webhookPartners: webhooks.map((hook) => hook.partner) },
  });
  const dispatcher = webhooks.length
    ? createWebhookDispatcher({ ...webhookDelivery, dataSource: options.dataSource, webhooks, keys })
    : undefined;
  return {
    async listen(...args) {
      const running = await server.listen(...args);
      dispatcher?.start();
      return running;
    },
    async stop() {
      await dispatcher?.stop();
      await server.stop();
    },
  };
}
