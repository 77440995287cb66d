// The relation loaders read rows with a SELECT prepared once per shape and hydrate them themselves
// (rowsByColumn in the kit): what they give resolvers must be exactly what TypeORM's `find` gives, for
// every entity and key column they load, and each batch stays one statement.
import { In, type EntityTarget, type FindOptionsOrder, type ObjectLiteral } from "typeorm";
import { rowsByColumn } from "@pole/subgraph-kit";
import type { SubgraphUnderTest } from "@pole/subgraph-kit/testing";
import { startEconomic } from "./economic-harness";
import { GroupPurchaseParticipant } from "../src/group-purchase/group-purchase-participant.entity";
import { SteeringCommitteeDecision } from "../src/governance/steering-committee-decision.entity";
import { Member } from "../src/member/member.entity";
import { MembershipPeriod } from "../src/member/membership-period.entity";
import { MemberYear } from "../src/member-year/member-year.entity";
import { OfficeLease } from "../src/office-lease/office-lease.entity";
import { ServiceOffering } from "../src/service-offering/service-offering.entity";
import { SharedResource } from "../src/shared-resource/shared-resource.entity";
import { TrainingAttendance } from "../src/training/training-attendance.entity";
import { TrainingSession } from "../src/training/training-session.entity";
import { Training } from "../src/training/training.entity";

let economic: SubgraphUnderTest;
beforeAll(async () => {
  economic = await startEconomic();
});
afterAll(() => economic.stop());

// What the loaders of src/common/relation-loaders.ts are asked for (recordById, recordsBy).
const SHAPES: [EntityTarget<ObjectLiteral>, string, FindOptionsOrder<ObjectLiteral>][] = [
  [Member, "id", {}],
  [SharedResource, "id", {}],
  [Training, "id", {}],
  [ServiceOffering, "id", {}],
  [MemberYear, "memberId", { year: "ASC", id: "ASC" }],
  [OfficeLease, "memberId", { startsOn: "ASC", id: "ASC" }],
  [MembershipPeriod, "memberId", { startsOn: "ASC", id: "ASC" }],
  [TrainingSession, "trainingId", { heldOn: "ASC", id: "ASC" }],
  [TrainingAttendance, "sessionId", { id: "ASC" }],
  [SteeringCommitteeDecision, "meetingId", { title: "ASC", id: "ASC" }],
  [GroupPurchaseParticipant, "purchaseId", { id: "ASC" }],
];

describe("relation loaders' rows", () => {
  it.each(
    SHAPES.map(([entity, column, order]) => [(entity as { name: string }).name, entity, column, order]),
  )(
    "are TypeORM's own rows, in the same order, in one statement: %s",
    async (_label, entity, column, order) => {
      const repository = economic.dataSource.getRepository(entity);
      const all = await repository.find();
      expect(all.length).toBeGreaterThan(0);
      const keys = [...new Set(all.map((row: ObjectLiteral) => row[column] as string))];
      const expected = await repository.find({ where: { [column]: In(keys) }, order });
      economic.statements.reset();
      const rows = await rowsByColumn(economic.dataSource, entity, column, keys, order);
      expect(economic.statements.count).toBe(1);
      // The prepared SELECT (one array parameter), not a fallback to `find`.
      expect(economic.statements.statements[0]).toContain("= ANY($1)");
      expect(rows).toStrictEqual(expected);
      expect(rows.every((row) => row instanceof (repository.metadata.target as new () => unknown))).toBe(
        true,
      );
    },
  );
});
