// Issue 11, point 8: `Member.practices` and `Member.transfers` take the same `filter` and `sort` as the
// top-level lists (and as `Member.neighbourhoodActions`): a date range from/to, the list's criteria, and a
// sort of field + direction with a stable tie-break by id.
import { tokenFor, type SubgraphUnderTest } from "@pole/subgraph-kit/testing";
import { PracticeStatus } from "../src/practice/practice-status.enum";
import { samplePractices, type SamplePractice } from "../src/sample-data/sample-practices";
import { sampleTransfers } from "../src/sample-data/sample-transfers";
import {
  ATELIER_BOUTARIC_IMAGES,
  BUREAU_ACCOMPAGNEMENT_ARTISTIQUE,
  COMPAGNIE_DES_GRESILLES,
  inPublicationOrder,
  startKnowledge,
} from "./knowledge-harness";

let knowledge: SubgraphUnderTest;
let staff: string;
beforeAll(async () => {
  knowledge = await startKnowledge();
  staff = await tokenFor({ role: "staff" });
});
afterAll(() => knowledge.stop());

const MEMBERS = `query($representations: [_Any!]!, $practiceFilter: PracticeFilter, $practiceSort: PracticeSort,
                       $transferFilter: TransferFilter, $transferSort: TransferSort) {
  _entities(representations: $representations) {
    ... on Member {
      id
      practices(first: 100, filter: $practiceFilter, sort: $practiceSort) { totalCount edges { node { id } } }
      transfers(first: 100, filter: $transferFilter, sort: $transferSort) { totalCount edges { node { id } } }
    }
  }
}`;

interface MemberLists {
  _entities: { id: string; practices: Page; transfers: Page }[];
}
interface Page {
  totalCount: number;
  edges: { node: { id: string } }[];
}
const ids = (page: Page) => {
  expect(page.totalCount).toBe(page.edges.length);
  return page.edges.map((edge) => edge.node.id);
};

async function memberLists(memberIds: string[], variables: Record<string, unknown>, token?: string) {
  const result = await knowledge.request<MemberLists>(
    MEMBERS,
    { representations: memberIds.map((id) => ({ __typename: "Member", id })), ...variables },
    token,
  );
  expect(result.errors).toBeUndefined();
  return result.data!._entities.map((member) => ({
    practices: ids(member.practices),
    transfers: ids(member.transfers),
  }));
}

const published = (p: SamplePractice) => p.status === PracticeStatus.PUBLISHED;
const byTitle = (a: { title: string }, b: { title: string }) =>
  a.title < b.title ? -1 : a.title > b.title ? 1 : 0;

describe("Member.practices and Member.transfers", () => {
  it("filter by a date range, both bounds included, as practices and transfers do", async () => {
    const [bureau] = await memberLists([BUREAU_ACCOMPAGNEMENT_ARTISTIQUE], {
      practiceFilter: { from: "2012-11-20", to: "2013-04-15" },
      transferFilter: { from: "2012-10-11", to: "2013-05-23" },
    });
    const expectedPractices = inPublicationOrder(
      samplePractices.filter(
        (p) =>
          published(p) &&
          p.memberIds.includes(BUREAU_ACCOMPAGNEMENT_ARTISTIQUE) &&
          p.publishedOn! >= "2012-11-20" &&
          p.publishedOn! <= "2013-04-15",
      ),
    ).map((p) => p.id);
    expect(expectedPractices.length).toBeGreaterThan(1);
    expect(bureau.practices).toEqual(expectedPractices);
    const expectedTransfers = sampleTransfers
      .filter(
        (t) =>
          t.memberIds.includes(BUREAU_ACCOMPAGNEMENT_ARTISTIQUE) &&
          t.heldOn >= "2012-10-11" &&
          t.heldOn <= "2013-05-23",
      )
      .sort((a, b) => b.heldOn.localeCompare(a.heldOn))
      .map((t) => t.id);
    expect(expectedTransfers.length).toBeGreaterThan(1);
    expect(bureau.transfers).toEqual(expectedTransfers);
  });

  it("take the top-level lists' other criteria: status (within what the caller sees), kind", async () => {
    const [staffView] = await memberLists(
      [BUREAU_ACCOMPAGNEMENT_ARTISTIQUE],
      { practiceFilter: { status: "DRAFT" } },
      staff,
    );
    expect(staffView.practices).toEqual(
      samplePractices
        .filter(
          (p) => p.status === PracticeStatus.DRAFT && p.memberIds.includes(BUREAU_ACCOMPAGNEMENT_ARTISTIQUE),
        )
        .map((p) => p.id),
    );
    const [anonymous] = await memberLists([BUREAU_ACCOMPAGNEMENT_ARTISTIQUE], {
      practiceFilter: { status: "DRAFT" },
    });
    expect(anonymous.practices).toEqual([]);
    const kind = sampleTransfers.find((t) => t.memberIds.includes(BUREAU_ACCOMPAGNEMENT_ARTISTIQUE))!.kind;
    const [byKind] = await memberLists([BUREAU_ACCOMPAGNEMENT_ARTISTIQUE], { transferFilter: { kind } });
    expect(byKind.transfers).toEqual(
      sampleTransfers
        .filter((t) => t.kind === kind && t.memberIds.includes(BUREAU_ACCOMPAGNEMENT_ARTISTIQUE))
        .map((t) => t.id),
    );
  });

  it("sort by a field and a direction, for several members at once", async () => {
    const members = [COMPAGNIE_DES_GRESILLES, ATELIER_BOUTARIC_IMAGES, BUREAU_ACCOMPAGNEMENT_ARTISTIQUE];
    const lists = await memberLists(members, {
      practiceSort: { field: "TITLE", direction: "ASC" },
      transferSort: { field: "PARTICIPANT_COUNT", direction: "DESC" },
    });
    members.forEach((memberId, index) => {
      expect(lists[index].practices).toEqual(
        samplePractices
          .filter((p) => published(p) && p.memberIds.includes(memberId))
          .sort(byTitle)
          .map((p) => p.id),
      );
      expect(lists[index].transfers).toEqual(
        sampleTransfers
          .filter((t) => t.memberIds.includes(memberId))
          .sort((a, b) => b.participantCount - a.participantCount)
          .map((t) => t.id),
      );
    });
    const [oldestFirst] = await memberLists([BUREAU_ACCOMPAGNEMENT_ARTISTIQUE], {
      practiceSort: { field: "PUBLISHED_ON" },
      transferSort: { field: "HELD_ON", direction: "ASC" },
    });
    expect(oldestFirst.practices).toEqual(
      inPublicationOrder(
        samplePractices.filter((p) => published(p) && p.memberIds.includes(BUREAU_ACCOMPAGNEMENT_ARTISTIQUE)),
      )
        .map((p) => p.id)
        .reverse(),
    );
    expect(oldestFirst.transfers).toEqual(
      sampleTransfers
        .filter((t) => t.memberIds.includes(BUREAU_ACCOMPAGNEMENT_ARTISTIQUE))
        .sort((a, b) => a.heldOn.localeCompare(b.heldOn))
        .map((t) => t.id),
    );
  });

  it("answer two sorts of the same list in one request, each in its own order", async () => {
    const result = await knowledge.request<{
      _entities: { byTitle: Page; newest: Page; byCount: Page; oldest: Page }[];
    }>(
      `query($representations: [_Any!]!) {
        _entities(representations: $representations) {
          ... on Member {
            byTitle: practices(first: 100, sort: { field: TITLE }) { totalCount edges { node { id } } }
            newest: practices(first: 100) { totalCount edges { node { id } } }
            byCount: transfers(first: 100, sort: { field: PARTICIPANT_COUNT, direction: DESC }) {
              totalCount edges { node { id } }
            }
            oldest: transfers(first: 100, sort: { field: HELD_ON, direction: ASC }) { totalCount edges { node { id } } }
          }
        }
      }`,
      { representations: [{ __typename: "Member", id: BUREAU_ACCOMPAGNEMENT_ARTISTIQUE }] },
    );
    expect(result.errors).toBeUndefined();
    const [member] = result.data!._entities;
    const practices = samplePractices.filter(
      (p) => published(p) && p.memberIds.includes(BUREAU_ACCOMPAGNEMENT_ARTISTIQUE),
    );
    const transfers = sampleTransfers.filter((t) => t.memberIds.includes(BUREAU_ACCOMPAGNEMENT_ARTISTIQUE));
    expect(ids(member.byTitle)).toEqual([...practices].sort(byTitle).map((p) => p.id));
    expect(ids(member.newest)).toEqual(inPublicationOrder(practices).map((p) => p.id));
    expect(ids(member.byCount)).toEqual(
      [...transfers].sort((a, b) => b.participantCount - a.participantCount).map((t) => t.id),
    );
    expect(ids(member.oldest)).toEqual(
      [...transfers].sort((a, b) => a.heldOn.localeCompare(b.heldOn)).map((t) => t.id),
    );
  });

  it("read the lists of many members, filtered and sorted, in as many SQL statements as of one", async () => {
    const variables = {
      practiceFilter: { from: "2012-01-01" },
      practiceSort: { field: "TITLE", direction: "DESC" },
      transferFilter: { to: "2014-12-31" },
      transferSort: { field: "TITLE" },
    };
    knowledge.statements.reset();
    await memberLists([COMPAGNIE_DES_GRESILLES], variables);
    const forOne = knowledge.statements.count;
    knowledge.statements.reset();
    await memberLists(
      [COMPAGNIE_DES_GRESILLES, ATELIER_BOUTARIC_IMAGES, BUREAU_ACCOMPAGNEMENT_ARTISTIQUE],
      variables,
    );
    expect(knowledge.statements.count).toBe(forOne);
  });

  it("refuse a range whose start is after its end and a malformed territory id, naming the field", async () => {
    const result = await knowledge.request(MEMBERS, {
      representations: [{ __typename: "Member", id: COMPAGNIE_DES_GRESILLES }],
      practiceFilter: { from: "2014-01-01", to: "2013-01-01" },
      transferFilter: { territoryId: "not-a-uuid" },
    });
    const messages = (result.errors ?? []).map((error) => [error.extensions?.code, error.message]);
    expect(messages).toEqual(
      expect.arrayContaining([
        ["BAD_USER_INPUT", "Invalid input: filter.from: must not be after filter.to"],
        ["BAD_USER_INPUT", expect.stringContaining("filter.territoryId")],
      ]),
    );
  });
});

describe("practices and transfers take a sort", () => {
  it("sorts the top-level lists by a field and a direction, ties broken by id", async () => {
    const result = await knowledge.request<{ practices: Page; transfers: Page }>(
      `{ practices(first: 100, sort: { field: TITLE, direction: DESC }) { totalCount edges { node { id } } }
         transfers(first: 100, sort: { field: TITLE }) { totalCount edges { node { id } } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(ids(result.data!.practices)).toEqual(
      samplePractices
        .filter(published)
        .sort(byTitle)
        .reverse()
        .map((p) => p.id),
    );
    expect(ids(result.data!.transfers)).toEqual([...sampleTransfers].sort(byTitle).map((t) => t.id));
  });

  it("filters the top-level practices by publication dates", async () => {
    const result = await knowledge.request<{ practices: Page }>(
      `{ practices(first: 100, filter: { from: "2013-01-01", to: "2013-12-31" }) { totalCount edges { node { id } } } }`,
    );
    expect(ids(result.data!.practices)).toEqual(
      inPublicationOrder(
        samplePractices.filter((p) => published(p) && p.publishedOn!.startsWith("2013")),
      ).map((p) => p.id),
    );
  });
});
