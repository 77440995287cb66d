import { In } from "typeorm";
import { manyByKey, oneByKey, type SubgraphContext } from "@pole/subgraph-kit";
import { MemberYear } from "../member-year/member-year.entity";
import { OfficeLease } from "../office-lease/office-lease.entity";
import { Member } from "./member.entity";

/** Members by id, one SELECT per request whatever the number of ids. */
export const memberById = ({ loaders, dataSource }: SubgraphContext) =>
  loaders.get<string, Member | null>("memberById", async (ids) =>
    oneByKey(ids, await dataSource.getRepository(Member).findBy({ id: In([...ids]) }), (m) => m.id),
  );

/** Every year of figures of each member, oldest first. */
export const memberYearsByMember = ({ loaders, dataSource }: SubgraphContext) =>
  loaders.get<string, MemberYear[]>("memberYearsByMember", async (memberIds) =>
    manyByKey(
      memberIds,
      await dataSource
        .getRepository(MemberYear)
        .find({ where: { memberId: In([...memberIds]) }, order: { year: "ASC" } }),
      (row) => row.memberId,
    ),
  );

/** Every office lease of each member, oldest first. */
export const officeLeasesByMember = ({ loaders, dataSource }: SubgraphContext) =>
  loaders.get<string, OfficeLease[]>("officeLeasesByMember", async (memberIds) =>
    manyByKey(
      memberIds,
      await dataSource
        .getRepository(OfficeLease)
        .find({ where: { memberId: In([...memberIds]) }, order: { startsOn: "ASC", id: "ASC" } }),
      (row) => row.memberId,
    ),
  );
