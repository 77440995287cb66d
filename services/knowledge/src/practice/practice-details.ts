import type { EntityManager } from "typeorm";
import { invalidField } from "@pole/subgraph-kit";
import { requireUuids } from "../ids";
import { eurosToCents } from "../numbers";
import { PracticeMember } from "./practice-member.entity";
import { PracticeSourceAction } from "./practice-source-action.entity";
import { DEFAULT_PRACTICE_LICENCE, Practice } from "./practice.entity";
import type { PracticeDetailsInput } from "./practice-details.input";

/** The practice's links an input replaces: undefined when it leaves them as they are. */
export interface PracticeLinks {
  sourceActionIds?: string[];
  contributingMemberIds?: string[];
}

const TEXT_FIELDS = [
  "titleEn",
  "summaryEn",
  "challenge",
  "description",
  "difficulties",
  "lessonsLearned",
  "transferability",
  "inseeCode",
  "qpvCode",
  "startedOn",
  "endedOn",
  "contactRole",
  "mainStakeholders",
  "beneficiaries",
  "furtherInformationUrl",
  "policyInstrument",
] as const;

/**
 * Copies the given details of an input onto a practice (omitted: unchanged; null: cleared) and returns the
 * links to replace. Refuses an end before the start. `prefix` is the input's path in error messages
 * (`input.practices[3].` for a row of an import).
 */
export function applyPracticeDetails(
  practice: Practice,
  input: PracticeDetailsInput,
  prefix = "input.",
): PracticeLinks {
  for (const field of TEXT_FIELDS) {
    if (input[field] !== undefined) practice[field] = input[field] ?? null;
  }
  if (input.licence !== undefined) practice.licence = input.licence ?? DEFAULT_PRACTICE_LICENCE;
  if (input.themes !== undefined) {
    practice.themes = [...new Set((input.themes ?? []).map((theme) => theme.trim()))];
  }
  if (input.results !== undefined) {
    practice.results = (input.results ?? []).map(({ indicator, value, unit, evidence }) => ({
      indicator,
      value,
      unit: unit ?? null,
      evidence: evidence ?? null,
    }));
  }
  if (input.resources !== undefined) {
    const { budget, peopleCount, description } = input.resources ?? {};
    practice.budgetCents = budget === undefined || budget === null ? null : eurosToCents(budget);
    practice.peopleCount = peopleCount ?? null;
    practice.resourcesDescription = description ?? null;
  }
  if (input.organisationInCharge !== undefined) {
    const organisation = input.organisationInCharge;
    practice.organisationInCharge = organisation
      ? {
          name: organisation.name,
          kind: organisation.kind ?? null,
          siret: organisation.siret ?? null,
          url: organisation.url ?? null,
        }
      : null;
  }
  if (input.coordinates !== undefined) {
    practice.latitude = input.coordinates?.latitude ?? null;
    practice.longitude = input.coordinates?.longitude ?? null;
  }
  if (input.images !== undefined) {
    practice.images = (input.images ?? []).map(({ url, altText, credit, licence }) => ({
      url,
      altText: altText.trim(),
      credit: credit ?? null,
      licence: licence ?? null,
    }));
  }
  if (input.fundingSources !== undefined) {
    practice.fundingSources = (input.fundingSources ?? []).map(({ funder, programme, amount }) => ({
      funder,
      programme: programme ?? null,
      amountCents: amount === undefined || amount === null ? null : eurosToCents(amount),
    }));
  }
  if (practice.startedOn && practice.endedOn && practice.endedOn < practice.startedOn) {
    throw invalidField(`${prefix}endedOn`, "order", "input.notBefore", { other: "startedOn" });
  }
  return {
    sourceActionIds:
      input.sourceActionIds === undefined
        ? undefined
        : requireUuids(input.sourceActionIds ?? [], `${prefix}sourceActionIds`),
    contributingMemberIds:
      input.contributingMemberIds === undefined
        ? undefined
        : requireUuids(input.contributingMemberIds ?? [], `${prefix}contributingMemberIds`),
  };
}

/** Replaces a practice's source actions and contributing members as the input says. */
export async function replacePracticeLinks(
  manager: EntityManager,
  practiceId: string,
  links: PracticeLinks,
): Promise<void> {
  if (links.sourceActionIds) {
    await manager.delete(PracticeSourceAction, { practiceId });
    if (links.sourceActionIds.length > 0) {
      await manager.insert(
        PracticeSourceAction,
        links.sourceActionIds.map((actionId) => ({ practiceId, actionId })),
      );
    }
  }
  if (links.contributingMemberIds) {
    await manager.delete(PracticeMember, { practiceId });
    if (links.contributingMemberIds.length > 0) {
      await manager.insert(
        PracticeMember,
        links.contributingMemberIds.map((memberId) => ({ practiceId, memberId })),
      );
    }
  }
}
