import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import type { EntityManager } from "typeorm";
import {
  conflict,
  forbidden,
  invalidField,
  missingRecord,
  requireUuid,
  runMutation,
  type AccessRule,
  type MutationScope,
  type SubgraphContext,
  type Viewer,
} from "@pole/subgraph-kit";
import { optionalUuid } from "../ids";
import { todayInParis } from "../numbers";
import { enqueueWebhookEvent } from "../webhook/webhook-outbox";
import { assertMayWriteFor, assertTerritoryExists, territoryToWriteIn } from "../territory/territory-access";
import { CreatePracticeInput } from "./create-practice.input";
import { applyPracticeDetails, replacePracticeLinks } from "./practice-details";
import {
  CreatePracticePayload,
  PublishPracticePayload,
  ReturnPracticeToDraftPayload,
  SubmitPracticePayload,
  UpdatePracticePayload,
  WithdrawPracticePayload,
  type PracticePayload,
} from "./practice-payloads.type";
import { PracticeReviewComment } from "./practice-review-comment.entity";
import { PracticeStatus } from "./practice-status.enum";
import { assertReadyForReview, assertTransition, type PracticeTransition } from "./practice-workflow";
import { DEFAULT_PRACTICE_LICENCE, Practice } from "./practice.entity";
import { isPracticeVisible, practiceVisibility } from "./practice.visibility";
import { PublishPracticeInput } from "./publish-practice.input";
import { ReturnPracticeToDraftInput } from "./return-practice-to-draft.input";
import { SubmitPracticeInput } from "./submit-practice.input";
import { UpdatePracticeInput } from "./update-practice.input";
import { WithdrawPracticeInput } from "./withdraw-practice.input";

const { DRAFT, IN_REVIEW, PUBLISHED, WITHDRAWN } = PracticeStatus;

/**
 * Loads a practice for change, locking its row until the transaction ends. NOT_FOUND when there is none OR
 * when the caller may not see it (another territory's draft): the same answer, so that an error never
 * reveals that a record exists. One the caller sees but may not change is then FORBIDDEN.
 */
async function lockPractice(manager: EntityManager, id: string, viewer: Viewer | null): Promise<Practice> {
  const practice = await manager.findOne(Practice, { where: { id }, lock: { mode: "pessimistic_write" } });
  if (!practice || !isPracticeVisible(practice, practiceVisibility(viewer))) {
    throw missingRecord("input.id", "knowledge.noPractice", { id });
  }
  return practice;
}

/** Statuses whose practices must carry the texts a review needs. */
const needsReviewTexts = (status: PracticeStatus) => status === IN_REVIEW || status === PUBLISHED;

@Resolver(() => Practice)
export class PracticeMutationResolver {
  @Authorized<AccessRule>("staff", "territory")
  @Mutation(() => CreatePracticePayload, {
    nullable: true,
    description:
      "Adds a practice to the library, as a DRAFT (or IN_REVIEW). Staff, or a territory for its own territory; only staff may create it PUBLISHED.",
  })
  createPractice(
    @Arg("input", () => CreatePracticeInput, { description: "The new practice." }) input: CreatePracticeInput,
    @Ctx() context: SubgraphContext,
  ): Promise<PracticePayload> {
    const status = input.status ?? DRAFT;
    if (status === PUBLISHED && context.viewer?.role !== "staff") {
      throw forbidden("knowledge.staffPublishes");
    }
    if (status === WITHDRAWN) throw invalidField("input.status", "enum", "knowledge.newNotWithdrawn");
    const practice = Object.assign(new Practice(), {
      title: input.title,
      summary: input.summary,
      pillar: input.pillar,
      status,
      themes: [],
      results: [],
      images: [],
      fundingSources: [],
      licence: DEFAULT_PRACTICE_LICENCE,
      publishedOn: status === PUBLISHED ? todayInParis() : null,
    });
    const links = applyPracticeDetails(practice, input);
    if (needsReviewTexts(status)) assertReadyForReview(practice, "input.");
    return runMutation(context, "createPractice", async ({ manager, recordChange }) => {
      practice.territoryId = await territoryToWriteIn(
        manager,
        context.viewer,
        input.territoryId,
        "add practices",
        {
          required: false,
        },
      );
      const saved = await manager.save(practice);
      await replacePracticeLinks(manager, saved.id, links);
      recordChange("Practice", saved.id);
      return { practice: saved };
    });
  }

  @Authorized<AccessRule>("staff", "territory")
  @Mutation(() => UpdatePracticePayload, {
    nullable: true,
    description:
      "Changes a practice. A territory changes its own practices while DRAFT or IN_REVIEW; staff also correct PUBLISHED ones. WITHDRAWN practices cannot change (CONFLICT).",
  })
  updatePractice(
    @Arg("input", () => UpdatePracticeInput, { description: "The changes." }) input: UpdatePracticeInput,
    @Ctx() context: SubgraphContext,
  ): Promise<PracticePayload> {
    const id = requireUuid(input.id, "input.id");
    for (const field of ["title", "summary", "pillar"] as const) {
      if (input[field] === null) throw invalidField(`input.${field}`, "required", "input.notNull");
    }
    const newTerritoryId = optionalUuid(input.territoryId, "input.territoryId");
    const viewer = context.viewer;
    return runMutation(context, "updatePractice", async ({ manager, recordChange }) => {
      const practice = await lockPractice(manager, id, viewer);
      assertMayWriteFor(viewer, practice.territoryId, "change the practices");
      if (newTerritoryId) await assertTerritoryExists(manager, newTerritoryId, "input.territoryId");
      if (viewer?.role !== "staff") {
        if (practice.status === PUBLISHED) {
          throw forbidden("knowledge.publishedCorrectedByStaff");
        }
        if (newTerritoryId !== undefined && newTerritoryId !== practice.territoryId) {
          throw forbidden("knowledge.practiceStaysInTerritory");
        }
      }
      if (practice.status === WITHDRAWN) throw conflict("knowledge.withdrawnUnchangeable");
      if (input.title !== undefined) practice.title = input.title;
      if (input.summary !== undefined) practice.summary = input.summary;
      if (input.pillar !== undefined) practice.pillar = input.pillar;
      if (newTerritoryId !== undefined) practice.territoryId = newTerritoryId;
      const links = applyPracticeDetails(practice, input);
      // In review, the texts keep their minimum lengths; a published practice (perhaps published before
      // the minimums) keeps its texts, however long.
      if (needsReviewTexts(practice.status)) {
        assertReadyForReview(practice, "input.", { minimums: practice.status === IN_REVIEW });
      }
      const saved = await manager.save(practice);
      await replacePracticeLinks(manager, id, links);
      recordChange("Practice", id);
      return { practice: saved };
    });
  }

  @Authorized<AccessRule>("staff", "territory")
  @Mutation(() => SubmitPracticePayload, {
    nullable: true,
    description:
      "Submits a DRAFT practice for review (→ IN_REVIEW); it needs its challenge, description and transferability. Staff, or the practice's own territory.",
  })
  submitPractice(
    @Arg("input", () => SubmitPracticeInput, { description: "The practice to submit." })
    input: SubmitPracticeInput,
    @Ctx() context: SubgraphContext,
  ): Promise<PracticePayload> {
    return this.transition(context, "submitPractice", input.id);
  }

  @Authorized<AccessRule>("staff", "territory")
  @Mutation(() => ReturnPracticeToDraftPayload, {
    nullable: true,
    description:
      "Sends a practice IN_REVIEW back to DRAFT for changes, with the reviewer's comment when given (stored in Practice.reviewComments, which staff and the practice's territory read). Staff, or the practice's own territory.",
  })
  returnPracticeToDraft(
    @Arg("input", () => ReturnPracticeToDraftInput, { description: "The practice to return." })
    input: ReturnPracticeToDraftInput,
    @Ctx() context: SubgraphContext,
  ): Promise<PracticePayload> {
    const comment = input.comment?.trim();
    return this.transition(context, "returnPracticeToDraft", input.id, undefined, async (scope, practice) => {
      if (!comment) return;
      const saved = await scope.manager.save(
        Object.assign(new PracticeReviewComment(), {
          practiceId: practice.id,
          authorRole: context.viewer!.role,
          authorSubject: context.viewer!.subject,
          comment,
        }),
      );
      scope.recordChange("PracticeReviewComment", saved.id);
    });
  }

  @Authorized<AccessRule>("staff")
  @Mutation(() => PublishPracticePayload, {
    nullable: true,
    description:
      "Publishes a practice IN_REVIEW (→ PUBLISHED): everyone may then read it. The Pôle's staff only.",
  })
  publishPractice(
    @Arg("input", () => PublishPracticeInput, { description: "The practice to publish." })
    input: PublishPracticeInput,
    @Ctx() context: SubgraphContext,
  ): Promise<PracticePayload> {
    return this.transition(
      context,
      "publishPractice",
      input.id,
      (practice) => {
        practice.publishedOn = input.publishedOn ?? todayInParis();
      },
      // Partners' webhooks hear of it once the publication commits, and only then.
      ({ manager }, practice) =>
        enqueueWebhookEvent(manager, context, "practicePublished", {
          practiceId: practice.id,
          title: practice.title,
          territoryId: practice.territoryId,
          pillar: practice.pillar,
          themes: practice.themes,
          licence: practice.licence,
          publishedOn: practice.publishedOn,
        }),
    );
  }

  @Authorized<AccessRule>("staff", "territory")
  @Mutation(() => WithdrawPracticePayload, {
    nullable: true,
    description:
      "Withdraws a practice (DRAFT, IN_REVIEW or PUBLISHED → WITHDRAWN) with a reason; final. Staff, or the practice's own territory.",
  })
  withdrawPractice(
    @Arg("input", () => WithdrawPracticeInput, { description: "The practice and the reason." })
    input: WithdrawPracticeInput,
    @Ctx() context: SubgraphContext,
  ): Promise<PracticePayload> {
    return this.transition(context, "withdrawPractice", input.id, (practice) => {
      practice.withdrawalReason = input.reason.trim();
      practice.withdrawnOn = todayInParis();
    });
  }

  /**
   * Moves a practice along the workflow: locked, owner checked, transition checked, then saved; `after`
   * writes what goes with the step, in the same transaction.
   */
  private transition(
    context: SubgraphContext,
    transition: PracticeTransition,
    rawId: string,
    change?: (practice: Practice) => void,
    after?: (scope: MutationScope, practice: Practice) => Promise<void>,
  ): Promise<PracticePayload> {
    const id = requireUuid(rawId, "input.id");
    return runMutation(context, transition, async (scope) => {
      const { manager, recordChange } = scope;
      const practice = await lockPractice(manager, id, context.viewer);
      assertMayWriteFor(context.viewer, practice.territoryId, "change the status of the practices");
      practice.status = assertTransition(transition, practice);
      change?.(practice);
      if (needsReviewTexts(practice.status)) assertReadyForReview(practice);
      const saved = await manager.save(practice);
      recordChange("Practice", id);
      await after?.(scope, saved);
      return { practice: saved };
    });
  }
}
