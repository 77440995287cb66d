import type { DataSource } from "typeorm";
import { Member } from "../member/member.entity";
import { MemberYear } from "../member-year/member-year.entity";
import { OfficeLease } from "../office-lease/office-lease.entity";
import { ServiceOffering } from "../service-offering/service-offering.entity";
import { sampleOfferings } from "./sample-offerings";
import { growthBeforeYear, sampleMembers, type SampleMember } from "./sample-members";

const euroCents = (euros: number) => Math.round(euros * 100);
/** Monthly member rent per m², in cents (the preferential rate of the sample offer). */
const RENT_PER_SQM_CENTS = 950;
const FIRST_YEAR = 2010;
const LAST_YEAR = 2013;

function yearsOf(member: SampleMember): MemberYear[] {
  if (member.lastFigures) return [figureRow(member.id, member.lastFigures.year, member.lastFigures.values)];
  const rows: MemberYear[] = [];
  const joinedYear = Number(member.joinedOn.slice(0, 4));
  for (let year = Math.max(FIRST_YEAR, joinedYear); year <= LAST_YEAR; year += 1) {
    const share = year === LAST_YEAR ? 1 : growthBeforeYear[year];
    const [fte, employees, budget, revenue, equity] = member.figures2013!;
    rows.push(
      figureRow(member.id, year, [
        Math.round(fte * share * 2) / 2,
        Math.round(employees * share),
        Math.round((budget * share) / 100) * 100,
        Math.round((revenue * share) / 100) * 100,
        Math.round((equity * share) / 100) * 100,
      ]),
    );
  }
  return rows;
}

function figureRow(
  memberId: string,
  year: number,
  values: [number, number, number, number, number],
): MemberYear {
  const [fte, permanentEmployees, budget, revenue, equity] = values;
  return Object.assign(new MemberYear(), {
    memberId,
    year,
    fte,
    permanentEmployees,
    budgetCents: euroCents(budget),
    revenueCents: euroCents(revenue),
    equityCents: euroCents(equity),
  });
}

function leasesOf(member: SampleMember): OfficeLease[] {
  if (!member.officeAreaSqm) return [];
  const lease = (room: string, areaSqm: number, startsOn: string, endsOn: string | null) =>
    Object.assign(new OfficeLease(), {
      memberId: member.id,
      room,
      areaSqm,
      startsOn,
      endsOn,
      monthlyRentCents: areaSqm * RENT_PER_SQM_CENTS,
    });
  const number = Number(member.id.slice(-2));
  const room = `Bureau ${Math.ceil(number / 3)}.${String(number).padStart(2, "0")}`;
  // One member moved to a larger office in 2012, so the history has a closed lease.
  if (member.id.endsWith("03")) {
    return [
      lease("Bureau 1.04", 20, member.joinedOn, "2011-12-31"),
      lease(room, member.officeAreaSqm, "2012-01-01", null),
    ];
  }
  return [lease(room, member.officeAreaSqm, member.joinedOn, null)];
}

/**
 * Loads the economic sample data (2010–2013) in one transaction when the database has no member yet.
 * Returns whether it loaded anything.
 */
export async function loadSampleData(dataSource: DataSource): Promise<boolean> {
  return dataSource.transaction(async (manager) => {
    if ((await manager.count(Member)) > 0) return false;
    await manager.insert(
      Member,
      sampleMembers.map(
        ({ id, name, legalForm, activities, membershipKind, joinedOn, leftOn, publicDescription }) => ({
          id,
          name,
          legalForm,
          activities,
          membershipKind,
          joinedOn,
          leftOn: leftOn ?? null,
          publicDescription,
          isSample: true,
        }),
      ),
    );
    await manager.insert(MemberYear, sampleMembers.flatMap(yearsOf));
    await manager.insert(OfficeLease, sampleMembers.flatMap(leasesOf));
    await manager.insert(
      ServiceOffering,
      sampleOfferings.map(({ memberRate, publicRate, ...offering }) => ({
        ...offering,
        memberRateCents: memberRate === null ? null : euroCents(memberRate),
        publicRateCents: publicRate === null ? null : euroCents(publicRate),
      })),
    );
    return true;
  });
}
