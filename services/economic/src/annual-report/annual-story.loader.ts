import { manyByKey, type SubgraphContext } from "@pole/subgraph-kit";
import { Funding } from "../funding/funding.entity";
import { Award } from "../governance/award.entity";
import { Milestone } from "../governance/milestone.entity";
import { SteeringCommitteeMeeting } from "../governance/steering-committee-meeting.entity";

/**
 * The story of each year asked during a request, one SELECT per kind of record for any number of years
 * (DataLoader by year): the milestones that touch the year, its awards, its steering-committee meetings,
 * its fundings. Each list comes oldest first.
 */

const yearOf = (date: string) => Number(date.slice(0, 4));

/** Milestones under way during the year: begun by 31 December, not ended before 1 January. */
export const milestonesByYear = ({ loaders, dataSource }: SubgraphContext) =>
  loaders.get<number, Milestone[]>("milestonesByYear", async (yearKeys) => {
    const years = [...yearKeys];
    const rows = await dataSource
      .getRepository(Milestone)
      .createQueryBuilder("milestone")
      .where(
        `EXISTS (SELECT 1 FROM unnest(CAST(:years AS int[])) AS y(year)
                  WHERE milestone.startsOn <= make_date(y.year, 12, 31)
                    AND coalesce(milestone.endsOn, milestone.startsOn) >= make_date(y.year, 1, 1))`,
        { years },
      )
      .orderBy("milestone.startsOn", "ASC")
      // A single day (the founding) before a period begun the same day.
      .addOrderBy("milestone.endsOn", "ASC", "NULLS FIRST")
      .addOrderBy("milestone.id", "ASC")
      .getMany();
    return years.map((year) =>
      rows.filter((row) => yearOf(row.startsOn) <= year && yearOf(row.endsOn ?? row.startsOn) >= year),
    );
  });

/** Prizes awarded during the year. */
export const awardsByYear = ({ loaders, dataSource }: SubgraphContext) =>
  loaders.get<number, Award[]>("awardsByYear", async (years) =>
    manyByKey(
      years,
      await dataSource
        .getRepository(Award)
        .createQueryBuilder("award")
        .where("CAST(extract(year FROM award.awardedOn) AS int) = ANY(CAST(:years AS int[]))", {
          years: [...years],
        })
        .orderBy("award.awardedOn", "ASC")
        .addOrderBy("award.id", "ASC")
        .getMany(),
      (row) => yearOf(row.awardedOn),
    ),
  );

/** Meetings of the steering committee held during the year (their decisions load by meeting). */
export const steeringCommitteeMeetingsByYear = ({ loaders, dataSource }: SubgraphContext) =>
  loaders.get<number, SteeringCommitteeMeeting[]>("steeringCommitteeMeetingsByYear", async (years) =>
    manyByKey(
      years,
      await dataSource
        .getRepository(SteeringCommitteeMeeting)
        .createQueryBuilder("meeting")
        .where("CAST(extract(year FROM meeting.heldOn) AS int) = ANY(CAST(:years AS int[]))", {
          years: [...years],
        })
        .orderBy("meeting.heldOn", "ASC")
        .addOrderBy("meeting.id", "ASC")
        .getMany(),
      (row) => yearOf(row.heldOn),
    ),
  );

/** Fundings for the year (`Funding.year`, the year the report counts them in), by agreement date. */
export const fundingsByYear = ({ loaders, dataSource }: SubgraphContext) =>
  loaders.get<number, Funding[]>("fundingsByYear", async (years) =>
    manyByKey(
      years,
      await dataSource
        .getRepository(Funding)
        .createQueryBuilder("funding")
        .where("funding.year = ANY(CAST(:years AS int[]))", { years: [...years] })
        .orderBy("funding.agreementDate", "ASC")
        .addOrderBy("funding.id", "ASC")
        .getMany(),
      (row) => row.year,
    ),
  );
