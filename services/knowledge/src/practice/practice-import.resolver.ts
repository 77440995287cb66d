import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import { GraphQLError } from "graphql";
import { In, type EntityManager } from "typeorm";
import {
  fieldError,
  forbidden,
  invalidInput,
  requireUuid,
  runMutation,
  type AccessRule,
  type FieldError,
  type SubgraphContext,
  type Viewer,
} from "@pole/subgraph-kit";
import { Territory } from "../territory/territory.entity";
import { ImportOutcome } from "./import-outcome.enum";
import { ImportPracticesInput } from "./import-practices.input";
import { ImportPracticesPayload } from "./import-practices-payload.type";
import type { ImportedPractice } from "./imported-practice.type";
import { applyPracticeDetails, type PracticeLinks } from "./practice-details";
import { PracticeMember } from "./practice-member.entity";
import { PracticeSourceAction } from "./practice-source-action.entity";
import { PracticeStatus } from "./practice-status.enum";
import { assertReadyForReview } from "./practice-workflow";
import { DEFAULT_PRACTICE_LICENCE, Practice } from "./practice.entity";

const { DRAFT, IN_REVIEW } = PracticeStatus;

/** Columns an import never compares: set by the database or by the workflow, not by the import's content. */
const NOT_CONTENT = new Set(["id", "createdAt", "updatedAt", "territoryName"]);

/** A value as JSON with object keys sorted, so that equal content reads the same whatever its key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === "object" && !Array.isArray(item) && !(item instanceof Date)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}

/** Runs a row's checks, keeping their field errors (BAD_USER_INPUT) for the report; other errors pass. */
function collecting<T>(errors: FieldError[], check: () => T): T | undefined {
  try {
    return check();
  } catch (error) {
    const fieldErrors = (error as GraphQLError).extensions?.fieldErrors as FieldError[] | undefined;
    if (error instanceof GraphQLError && error.extensions?.code === "BAD_USER_INPUT" && fieldErrors) {
      errors.push(...fieldErrors);
      return undefined;
    }
    throw error;
  }
}

/** The territory of row `index`: its own, the import's, or a territory token's own; FORBIDDEN for another. */
function rowTerritory(
  viewer: Viewer | null,
  input: ImportPracticesInput,
  index: number,
): string | null | undefined {
  const row = input.practices[index];
  const named = row.territoryId
    ? requireUuid(row.territoryId, `input.practices[${index}].territoryId`)
    : input.territoryId
      ? requireUuid(input.territoryId, "input.territoryId")
      : null;
  if (viewer?.role === "territory") {
    const own = viewer.territoryId!.toLowerCase();
    if (named !== null && named !== own)
      throw forbidden("knowledge.ownTerritoryOnly", { what: "add practices" });
    return own;
  }
  if (viewer?.role !== "staff") throw forbidden();
  return named;
}

/** The ids of a practice's links, sorted, for comparison with what an import gives. */
async function currentLinks(manager: EntityManager, practiceIds: string[]) {
  const [members, actions] = await Promise.all([
    manager.find(PracticeMember, { where: { practiceId: In(practiceIds) } }),
    manager.find(PracticeSourceAction, { where: { practiceId: In(practiceIds) } }),
  ]);
  const links = new Map<string, { memberIds: string[]; actionIds: string[] }>(
    practiceIds.map((id) => [id, { memberIds: [], actionIds: [] }]),
  );
  for (const row of members) links.get(row.practiceId)!.memberIds.push(row.memberId);
  for (const row of actions) links.get(row.practiceId)!.actionIds.push(row.actionId);
  return links;
}

/** Orders field errors by the row they name (`input.practices[3]…`), keeping each row's own order. */
const rowOf = (error: FieldError) => (typeof error.path[2] === "number" ? error.path[2] : -1);
const byRow = (a: FieldError, b: FieldError) => rowOf(a) - rowOf(b);

/**
 * Replaces the links the rows give (undefined: left as they are) of the practices just written, `existing`
 * naming those that had links before: one DELETE and one INSERT per kind of link.
 */
async function replaceLinksOf(
  manager: EntityManager,
  plans: { practice: Practice; rowLinks: PracticeLinks }[],
  existing: Set<string>,
): Promise<void> {
  const kinds = [
    {
      entity: PracticeMember,
      ids: (links: PracticeLinks) => links.contributingMemberIds,
      column: "memberId",
    },
    {
      entity: PracticeSourceAction,
      ids: (links: PracticeLinks) => links.sourceActionIds,
      column: "actionId",
    },
  ] as const;
  for (const { entity, ids, column } of kinds) {
    const given = plans.filter((plan) => ids(plan.rowLinks) !== undefined);
    const stale = given.map((plan) => plan.practice.id).filter((id) => existing.has(id));
    if (stale.length > 0) await manager.delete(entity, { practiceId: In(stale) });
    const rows = given.flatMap((plan) =>
      ids(plan.rowLinks)!.map((id) => ({ practiceId: plan.practice.id, [column]: id })),
    );
    if (rows.length > 0) await manager.insert(entity, rows);
  }
}

const sameIds = (a: string[], b: string[]) => canonical([...a].sort()) === canonical([...b].sort());

@Resolver(() => Practice)
export class PracticeImportResolver {
  @Authorized<AccessRule>("staff", "territory")
  @Mutation(() => ImportPracticesPayload, {
    nullable: true,
    description:
      "Imports a territory's practices, each named by the territory's own externalId, all or nothing: an externalId not yet imported in that territory is created as a DRAFT; one imported before is updated if it is still DRAFT or IN_REVIEW (a PUBLISHED or WITHDRAWN one may only come again unchanged); a row saying what the practice already says changes nothing, so running the same import twice writes nothing the second time. Every row is checked before anything is written; if any is wrong, nothing is written and the error lists every row's problems by index (input.practices[3].title). Staff (naming the territory in the input or per row), or a territory token for its own territory. Send the practices as a variable.",
  })
  importPractices(
    @Arg("input", () => ImportPracticesInput, { description: "The practices to import." })
    input: ImportPracticesInput,
    @Ctx() context: SubgraphContext,
  ): Promise<ImportPracticesPayload> {
    const viewer = context.viewer;
    const errors: FieldError[] = [];
    const rows = input.practices.map((row, index) => {
      const prefix = `input.practices[${index}].`;
      const territoryId = collecting(errors, () => rowTerritory(viewer, input, index));
      if (territoryId === null) {
        errors.push(fieldError(`${prefix}territoryId`, "required", "knowledge.importTerritoryRequired"));
      }
      return { row, index, prefix, territoryId: territoryId ?? null, externalId: row.externalId };
    });
    // One externalId names one practice of its territory: twice in the same import is a mistake.
    const firstRow = new Map<string, number>();
    for (const { index, prefix, territoryId, externalId } of rows) {
      if (!territoryId) continue;
      const key = `${territoryId}|${externalId}`;
      const first = firstRow.get(key);
      if (first === undefined) firstRow.set(key, index);
      else errors.push(fieldError(`${prefix}externalId`, "unique", "knowledge.externalIdTwice", { first }));
    }
    return runMutation(
      context,
      "importPractices",
      async ({ manager, recordChange }) => {
        const territoryIds = [...new Set(rows.flatMap((r) => (r.territoryId ? [r.territoryId] : [])))];
        const known = new Set(
          (await manager.find(Territory, { where: { id: In(territoryIds) }, select: { id: true } })).map(
            (t) => t.id,
          ),
        );
        const existing =
          territoryIds.length === 0
            ? []
            : await manager.find(Practice, {
                where: rows
                  .filter((r) => r.territoryId)
                  .map((r) => ({ territoryId: r.territoryId!, externalId: r.externalId })),
                lock: { mode: "pessimistic_write" },
              });
        const byKey = new Map(existing.map((p) => [`${p.territoryId}|${p.externalId}`, p]));
        const links =
          existing.length > 0
            ? await currentLinks(
                manager,
                existing.map((p) => p.id),
              )
            : new Map();
        const columns = manager.connection
          .getMetadata(Practice)
          .columns.map((column) => column.propertyName)
          .filter((name) => !NOT_CONTENT.has(name));
        const contentOf = (practice: Practice) =>
          canonical(columns.map((name) => (practice as unknown as Record<string, unknown>)[name] ?? null));

        // Every row checked first: nothing is written unless all of them pass.
        const unknownReported = new Set<string>();
        const plans = rows.map(({ row, index, prefix, territoryId, externalId }) => {
          const path = row.territoryId ? `${prefix}territoryId` : "input.territoryId";
          // An unknown territory is reported once where it is named (input.territoryId: once for all rows).
          if (territoryId && !known.has(territoryId) && !unknownReported.has(path)) {
            unknownReported.add(path);
            errors.push(fieldError(path, "exists", "knowledge.noTerritory", { id: territoryId }));
          }
          const before = territoryId ? byKey.get(`${territoryId}|${externalId}`) : undefined;
          const practice = before
            ? Object.assign(new Practice(), before)
            : Object.assign(new Practice(), {
                territoryId,
                externalId,
                status: DRAFT,
                themes: [],
                results: [],
                images: [],
                fundingSources: [],
                licence: DEFAULT_PRACTICE_LICENCE,
                publishedOn: null,
              });
          practice.title = row.title;
          practice.summary = row.summary;
          practice.pillar = row.pillar;
          const rowLinks: PracticeLinks =
            collecting(errors, () => applyPracticeDetails(practice, row, prefix)) ?? {};
          let outcome = ImportOutcome.CREATED;
          if (before) {
            const current = links.get(before.id)!;
            const same =
              contentOf(practice) === contentOf(before) &&
              (!rowLinks.contributingMemberIds ||
                sameIds(rowLinks.contributingMemberIds, current.memberIds)) &&
              (!rowLinks.sourceActionIds || sameIds(rowLinks.sourceActionIds, current.actionIds));
            outcome = same ? ImportOutcome.UNCHANGED : ImportOutcome.UPDATED;
            if (!same && before.status !== DRAFT && before.status !== IN_REVIEW) {
              errors.push(
                fieldError(`${prefix}externalId`, "consistency", "knowledge.importedPracticeFrozen", {
                  status: before.status,
                }),
              );
            }
            if (!same && before.status === IN_REVIEW) {
              collecting(errors, () => assertReadyForReview(practice, prefix));
            }
          }
          return { index, externalId, practice, before, rowLinks, outcome };
        });
        if (errors.length > 0) throw invalidInput(errors.sort(byRow));

        // The writes in a handful of statements whatever the number of rows: the new practices in one
        // INSERT, each changed one in an UPDATE, the links in one DELETE and one INSERT per kind.
        const created = plans.filter((plan) => plan.outcome === ImportOutcome.CREATED);
        const updated = plans.filter((plan) => plan.outcome === ImportOutcome.UPDATED);
        if (created.length > 0)
          await manager.insert(
            Practice,
            created.map((plan) => plan.practice),
          );
        for (const plan of updated) plan.practice = await manager.save(plan.practice);
        await replaceLinksOf(manager, [...created, ...updated], new Set(updated.map((p) => p.practice.id)));
        const results: ImportedPractice[] = plans.map(({ index, externalId, practice, before, outcome }) => {
          if (outcome !== ImportOutcome.UNCHANGED) recordChange("Practice", practice.id);
          return {
            index,
            externalId,
            practice: outcome === ImportOutcome.UNCHANGED ? before! : practice,
            outcome,
          };
        });
        return Object.assign(new ImportPracticesPayload(), { results });
      },
      { mayChangeNothing: true },
    );
  }
}
