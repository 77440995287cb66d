import type { Logger } from "typeorm";
import { AuditEntry, createDataSource, IdempotencyKey } from "@pole/subgraph-kit";
import { Adoption } from "./adoption/adoption.entity";
import { PracticeMember } from "./practice/practice-member.entity";
import { PracticeReviewComment } from "./practice/practice-review-comment.entity";
import { PracticeSourceAction } from "./practice/practice-source-action.entity";
import { Practice } from "./practice/practice.entity";
import { TerritoryChange } from "./territory/territory-change.entity";
import { Territory } from "./territory/territory.entity";
import { TransferMember } from "./transfer/transfer-member.entity";
import { TransferPractice } from "./transfer/transfer-practice.entity";
import { Transfer } from "./transfer/transfer.entity";
import { WebhookDelivery } from "./webhook/webhook-delivery.entity";
import { migrations } from "./migrations";

export const knowledgeEntities = [
  Territory,
  TerritoryChange,
  Practice,
  PracticeMember,
  PracticeSourceAction,
  PracticeReviewComment,
  Transfer,
  TransferPractice,
  TransferMember,
  Adoption,
  AuditEntry,
  IdempotencyKey,
  WebhookDelivery,
];

/** The knowledge subgraph's DataSource on the database at `url`. */
export function createKnowledgeDataSource(url: string, logger?: Logger) {
  return createDataSource({
    url,
    entities: knowledgeEntities,
    migrations,
    logger,
    applicationName: "pole-knowledge",
  });
}
