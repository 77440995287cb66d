import type { EntityManager } from "typeorm";
import type { SubgraphContext } from "@pole/subgraph-kit";
import { WebhookDelivery, type WebhookEvent } from "./webhook-delivery.entity";

/** The knowledge subgraph's resolver context: the kit's, and the partners that have a webhook. */
export interface KnowledgeContext extends SubgraphContext {
  /** Names of the partners with a webhook (KNOWLEDGE_PARTNER_WEBHOOKS); none without. */
  webhookPartners?: readonly string[];
}

/**
 * Writes one delivery per partner webhook for an event, in the caller's transaction: if the change rolls
 * back, no partner hears of it; once it commits, the dispatcher delivers it, at least once.
 */
export async function enqueueWebhookEvent(
  manager: EntityManager,
  context: SubgraphContext,
  event: WebhookEvent,
  payload: Record<string, unknown>,
): Promise<void> {
  const partners = (context as KnowledgeContext).webhookPartners ?? [];
  if (partners.length === 0) return;
  await manager
    .getRepository(WebhookDelivery)
    .save(partners.map((partner) => manager.create(WebhookDelivery, { partner, event, payload })));
}
