// Issue 11, point 8: days are named …On, counts …Count, booleans is…/has…; the former names stay,
// deprecated 2026-12-02, and answer the same.
import { tokenFor, type SubgraphUnderTest } from "@pole/subgraph-kit/testing";
import { startEconomic } from "./economic-harness";

let economic: SubgraphUnderTest;
let staff: string;
beforeAll(async () => {
  economic = await startEconomic();
  staff = await tokenFor({ role: "staff" });
});
afterAll(() => economic.stop());

type Nodes<T> = { edges: { node: T }[] };

describe("renamed fields answer as their former names did", () => {
  it("gives steering committee seats startsOn/endsOn, equal to since/until", async () => {
    const result = await economic.request<{
      steeringCommittee: {
        seats: { startsOn: string; since: string; endsOn: string | null; until: string | null }[];
      };
    }>(`{ steeringCommittee { seats { startsOn since endsOn until } } }`);
    expect(result.errors).toBeUndefined();
    const seats = result.data!.steeringCommittee.seats;
    expect(seats.length).toBeGreaterThan(0);
    for (const seat of seats) {
      expect(seat.startsOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(seat.startsOn).toBe(seat.since);
      expect(seat.endsOn).toBe(seat.until);
    }
  });

  it("gives fundings isEuNotified, equal to euNotification", async () => {
    const result = await economic.request<{
      fundings: Nodes<{ isEuNotified: boolean; euNotification: boolean }>;
    }>(`{ fundings(first: 100) { edges { node { isEuNotified euNotification } } } }`);
    expect(result.errors).toBeUndefined();
    const nodes = result.data!.fundings.edges.map((edge) => edge.node);
    expect(nodes.length).toBeGreaterThan(0);
    for (const node of nodes) expect(node.isEuNotified).toBe(node.euNotification);
  });

  it("gives commercial actions leadCount and contractWonCount, equal to leads and contractsWon", async () => {
    const result = await economic.request<{
      commercialActions: Nodes<{
        leadCount: number | null;
        leads: number | null;
        contractWonCount: number | null;
        contractsWon: number | null;
      }>;
    }>(
      `{ commercialActions(first: 100) { edges { node { leadCount leads contractWonCount contractsWon } } } }`,
      {},
      staff,
    );
    expect(result.errors).toBeUndefined();
    const nodes = result.data!.commercialActions.edges.map((edge) => edge.node);
    expect(nodes.some((node) => node.leadCount !== null)).toBe(true);
    for (const node of nodes) {
      expect(node.leadCount).toBe(node.leads);
      expect(node.contractWonCount).toBe(node.contractsWon);
    }
  });

  it("marks every former name deprecated with the date and its replacement", async () => {
    const result = await economic.request<{
      __schema: {
        types: { name: string; fields: { name: string; deprecationReason: string | null }[] | null }[];
      };
    }>("{ __schema { types { name fields(includeDeprecated: true) { name deprecationReason } } } }");
    const reasonOf = (type: string, field: string) =>
      result.data!.__schema.types.find((t) => t.name === type)!.fields!.find((f) => f.name === field)!
        .deprecationReason;
    expect({
      since: reasonOf("SteeringCommitteeSeat", "since"),
      until: reasonOf("SteeringCommitteeSeat", "until"),
      euNotification: reasonOf("Funding", "euNotification"),
      leads: reasonOf("CommercialAction", "leads"),
      contractsWon: reasonOf("CommercialAction", "contractsWon"),
      seat: reasonOf("AddSteeringCommitteeSeatPayload", "seat"),
      meeting: reasonOf("RecordSteeringCommitteeMeetingPayload", "meeting"),
      bookingId: reasonOf("CancelBookingPayload", "bookingId"),
    }).toEqual({
      since: "2026-12-02: use startsOn",
      until: "2026-12-02: use endsOn",
      euNotification: "2026-12-02: use isEuNotified",
      leads: "2026-12-02: use leadCount",
      contractsWon: "2026-12-02: use contractWonCount",
      seat: "2026-12-02: use steeringCommitteeSeat",
      meeting: "2026-12-02: use steeringCommitteeMeeting",
      bookingId: "2026-12-02: use deletedBookingId",
    });
    expect(reasonOf("SteeringCommitteeSeat", "startsOn")).toBeNull();
  });
});
