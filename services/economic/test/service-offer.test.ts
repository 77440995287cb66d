import { tokenFor, type SubgraphUnderTest } from "@pole/subgraph-kit/testing";
import {
  ATELIER_BOUTARIC_IMAGES,
  codeOf,
  COMPAGNIE_DES_GRESILLES,
  FESTIVAL_DES_QUARTIERS,
  rowCounts,
  startEconomic,
  STUDIO_ESPLANADE,
} from "./economic-harness";

let economic: SubgraphUnderTest;
let staff: string;
let council: string;
let compagnie: string;
let atelier: string;
let festival: string;
beforeAll(async () => {
  economic = await startEconomic();
  staff = await tokenFor({ role: "staff" });
  council = await tokenFor({ role: "council" });
  compagnie = await tokenFor({ role: "member", memberId: COMPAGNIE_DES_GRESILLES });
  atelier = await tokenFor({ role: "member", memberId: ATELIER_BOUTARIC_IMAGES });
  festival = await tokenFor({ role: "member", memberId: FESTIVAL_DES_QUARTIERS });
});
afterAll(() => economic.stop());

const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
  economic.dataSource.query(text, params) as Promise<T[]>;
const offeringId = async (category: string) =>
  (
    await sql<{ id: string }>(`SELECT id FROM service_offering WHERE category = $1 ORDER BY name LIMIT 1`, [
      category,
    ])
  )[0].id;

describe("the service offer", () => {
  const CREATE = `mutation($input: CreateServiceOfferingInput!) { createServiceOffering(input: $input) {
    serviceOffering { id name unit memberRate publicRate savingsPerUnit } } }`;
  const UPDATE = `mutation($input: UpdateServiceOfferingInput!) { updateServiceOffering(input: $input) {
    serviceOffering { memberRate publicRate savingsPerUnit } } }`;
  const input = {
    category: "POOLED_COMMERCIAL_ACTION",
    name: "Campagne presse commune",
    description: "Relations presse mutualisées.",
    unit: "FLAT",
    memberRate: 90,
    publicRate: 400,
  };

  it("lists every family with member and public rates and the savings per unit", async () => {
    const result = await economic.request<{
      serviceOfferings: { edges: { node: Record<string, unknown> }[] };
    }>(
      `{ serviceOfferings(first: 100, filter: { category: TAILORED_CONSULTING }) { edges { node { name unit memberRate publicRate savingsPerUnit } } } }`,
    );
    expect(result.data?.serviceOfferings.edges.map((e) => e.node)).toEqual([
      { name: "Conseil personnalisé", unit: "HOUR", memberRate: 45, publicRate: 80, savingsPerUnit: 35 },
    ]);
  });

  it("sorts the offer by member rate", async () => {
    const result = await economic.request<{
      serviceOfferings: { edges: { node: { memberRate: number | null } }[] };
    }>(
      `{ serviceOfferings(first: 100, sort: { field: MEMBER_RATE, direction: DESC }) { edges { node { memberRate } } } }`,
    );
    const rates = result.data!.serviceOfferings.edges.map((e) => e.node.memberRate).filter((r) => r !== null);
    expect(rates).toEqual([...rates].sort((a, b) => b! - a!));
  });

  it("lets staff add and change a service", async () => {
    const created = await economic.request<{ createServiceOffering: { serviceOffering: { id: string } } }>(
      CREATE,
      { input },
      staff,
    );
    expect(created.errors).toBeUndefined();
    const id = created.data!.createServiceOffering.serviceOffering.id;
    const updated = await economic.request(
      UPDATE,
      { input: { id, memberRate: 100, publicRate: null } },
      staff,
    );
    expect(updated.data).toEqual({
      updateServiceOffering: { serviceOffering: { memberRate: 100, publicRate: null, savingsPerUnit: null } },
    });
  });

  it("refuses rates with three decimals, and writes to anyone but staff", async () => {
    expect(codeOf(await economic.request(CREATE, { input: { ...input, memberRate: 1.001 } }, staff))).toBe(
      "BAD_USER_INPUT",
    );
    expect(codeOf(await economic.request(CREATE, { input }, compagnie))).toBe("FORBIDDEN");
    expect(codeOf(await economic.request(CREATE, { input }))).toBe("UNAUTHENTICATED");
  });
});

describe("pooled commercial actions", () => {
  const CREATE = `mutation($input: CreateCommercialActionInput!) { createCommercialAction(input: $input) {
    commercialAction { id title participants { member { id } contribution publicValue savings } } } }`;
  const input = (participants: unknown[]) => ({
    kind: "MARKETING",
    title: "Salon 2014",
    startsOn: "2014-03-10",
    endsOn: "2014-03-12",
    participants,
  });

  it("records an action with its participants and what each saves", async () => {
    const result = await economic.request<{ createCommercialAction: { commercialAction: { id: string } } }>(
      CREATE,
      {
        input: input([
          { memberId: COMPAGNIE_DES_GRESILLES, contribution: 200, publicValue: 900, hours: 4 },
          { memberId: ATELIER_BOUTARIC_IMAGES, contribution: 200 },
        ]),
      },
      staff,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toMatchObject({
      createCommercialAction: {
        commercialAction: {
          title: "Salon 2014",
          participants: expect.arrayContaining([
            { member: { id: COMPAGNIE_DES_GRESILLES }, contribution: 200, publicValue: 900, savings: 700 },
            { member: { id: ATELIER_BOUTARIC_IMAGES }, contribution: 200, publicValue: null, savings: 0 },
          ]),
        },
      },
    });
    const actionId = result.data!.createCommercialAction.commercialAction.id;
    const outcome = await economic.request(
      `mutation($input: RecordCommercialActionOutcomeInput!) { recordCommercialActionOutcome(input: $input) {
         commercialAction { outcome leads contractsWon revenueGenerated } } }`,
      {
        input: { actionId, outcome: "Deux contrats.", leads: 12, contractsWon: 2, revenueGenerated: 8400.5 },
      },
      staff,
    );
    expect(outcome.data).toEqual({
      recordCommercialActionOutcome: {
        commercialAction: { outcome: "Deux contrats.", leads: 12, contractsWon: 2, revenueGenerated: 8400.5 },
      },
    });
  });

  it("writes nothing when a participant is unknown, after the action itself was inserted", async () => {
    const before = await rowCounts(economic, [
      "commercial_action",
      "commercial_action_participant",
      "audit_entry",
    ]);
    const result = await economic.request(
      CREATE,
      {
        input: input([
          { memberId: COMPAGNIE_DES_GRESILLES, contribution: 200 },
          { memberId: "a0000000-0000-4000-8000-0000000000ff", contribution: 200 },
        ]),
      },
      staff,
    );
    expect(codeOf(result)).toBe("NOT_FOUND");
    expect(
      await rowCounts(economic, ["commercial_action", "commercial_action_participant", "audit_entry"]),
    ).toEqual(before);
  });

  it("refuses a member listed twice, an end before the start and no participant", async () => {
    const twice = input([
      { memberId: COMPAGNIE_DES_GRESILLES, contribution: 1 },
      { memberId: COMPAGNIE_DES_GRESILLES.toUpperCase(), contribution: 1 },
    ]);
    expect(codeOf(await economic.request(CREATE, { input: twice }, staff))).toBe("BAD_USER_INPUT");
    const backwards = {
      ...input([{ memberId: COMPAGNIE_DES_GRESILLES, contribution: 1 }]),
      endsOn: "2014-01-01",
    };
    expect(codeOf(await economic.request(CREATE, { input: backwards }, staff))).toBe("BAD_USER_INPUT");
    expect(codeOf(await economic.request(CREATE, { input: input([]) }, staff))).toBe("BAD_USER_INPUT");
  });

  it("shows the actions to everyone, who took part and what they paid only to staff and themselves", async () => {
    const list = await economic.request<{ commercialActions: { totalCount: number } }>(
      `{ commercialActions(first: 100, filter: { kind: COMMUNICATION }) { totalCount edges { node { title participants { hours } } } } }`,
    );
    expect(list.errors).toBeUndefined();
    const [{ count }] = await sql<{ count: number }>(
      `SELECT count(*)::int AS count FROM commercial_action WHERE kind = 'COMMUNICATION'`,
    );
    expect(list.data?.commercialActions.totalCount).toBe(count);
    const who = `{ commercialActions(first: 1) { edges { node { participants { member { id } } } } } }`;
    expect(codeOf(await economic.request(who))).toBe("UNAUTHENTICATED");
    expect(codeOf(await economic.request(who, {}, staff))).toBe("OK");
    const byMember = `query($member: ID) { commercialActions(first: 100, filter: { memberId: $member }) {
      totalCount edges { node { participants { contribution } } } } }`;
    expect(codeOf(await economic.request(byMember, { member: COMPAGNIE_DES_GRESILLES }))).toBe(
      "UNAUTHENTICATED",
    );
    expect(codeOf(await economic.request(byMember, { member: COMPAGNIE_DES_GRESILLES }, atelier))).toBe(
      "FORBIDDEN",
    );
    // Its own actions: the member reads its own contribution, but not the other participants'.
    const own = await economic.request(byMember, { member: COMPAGNIE_DES_GRESILLES }, compagnie);
    expect(codeOf(own)).toBe("FORBIDDEN");
    expect(own.errors?.[0].path?.slice(-1)).toEqual(["contribution"]);
    expect(codeOf(await economic.request(byMember, { member: COMPAGNIE_DES_GRESILLES }, staff))).toBe("OK");
  });

  it("is recorded by staff only", async () => {
    const valid = input([{ memberId: COMPAGNIE_DES_GRESILLES, contribution: 1 }]);
    expect(codeOf(await economic.request(CREATE, { input: valid }, compagnie))).toBe("FORBIDDEN");
    expect(codeOf(await economic.request(CREATE, { input: valid }, council))).toBe("FORBIDDEN");
  });
});

describe("economic collaboration between members", () => {
  const CREATE = `mutation($input: CreateCollaborationInput!) { createCollaboration(input: $input) {
    collaboration { id kind amount leadMember { id } partnerMember { id } } } }`;
  const input = (lead: string, partner: string) => ({
    kind: "CO_CONTRACTING",
    leadMemberId: lead,
    partnerMemberId: partner,
    title: "Spectacle et film",
    amount: 12500.5,
    startsOn: "2014-02-01",
  });

  it("lets one of the two members record it, and both see it from their side", async () => {
    const result = await economic.request<{ createCollaboration: { collaboration: { id: string } } }>(
      CREATE,
      { input: input(COMPAGNIE_DES_GRESILLES, FESTIVAL_DES_QUARTIERS) },
      festival,
    );
    expect(result.errors).toBeUndefined();
    const id = result.data!.createCollaboration.collaboration.id;
    const fromSide = async (memberId: string, token: string) =>
      (
        await economic.request<{ member: { collaborations: { id: string }[] } }>(
          `query($id: ID!) { member(id: $id) { collaborations { id } } }`,
          { id: memberId },
          token,
        )
      ).data?.member.collaborations.map((c) => c.id);
    expect(await fromSide(COMPAGNIE_DES_GRESILLES, compagnie)).toContain(id);
    expect(await fromSide(FESTIVAL_DES_QUARTIERS, festival)).toContain(id);
  });

  it("lists for a member only the collaborations it is part of", async () => {
    const mine = await economic.request<{
      collaborations: { edges: { node: { leadMember: { id: string }; partnerMember: { id: string } } }[] };
    }>(
      `{ collaborations(first: 100) { edges { node { leadMember { id } partnerMember { id } } } } }`,
      {},
      compagnie,
    );
    const sides = mine.data!.collaborations.edges.map((e) => [e.node.leadMember.id, e.node.partnerMember.id]);
    const [{ count }] = await sql<{ count: number }>(
      `SELECT count(*)::int AS count FROM collaboration WHERE $1 IN (lead_member_id, partner_member_id)`,
      [COMPAGNIE_DES_GRESILLES],
    );
    expect(sides).toHaveLength(count);
    for (const side of sides) expect(side).toContain(COMPAGNIE_DES_GRESILLES);
    const others = await economic.request(
      `query($m: ID) { collaborations(filter: { memberId: $m }) { totalCount } }`,
      { m: FESTIVAL_DES_QUARTIERS },
      compagnie,
    );
    expect(codeOf(others)).toBe("FORBIDDEN");
    expect(codeOf(await economic.request(`{ collaborations { totalCount } }`, {}, council))).toBe(
      "FORBIDDEN",
    );
    expect(codeOf(await economic.request(`{ collaborations { totalCount } }`))).toBe("UNAUTHENTICATED");
  });

  it("refuses a member recording a collaboration between two others, and a member with itself", async () => {
    expect(
      codeOf(
        await economic.request(
          CREATE,
          { input: input(STUDIO_ESPLANADE, ATELIER_BOUTARIC_IMAGES) },
          compagnie,
        ),
      ),
    ).toBe("FORBIDDEN");
    expect(
      codeOf(
        await economic.request(
          CREATE,
          { input: input(COMPAGNIE_DES_GRESILLES, COMPAGNIE_DES_GRESILLES) },
          staff,
        ),
      ),
    ).toBe("BAD_USER_INPUT");
  });
});

describe("office leases", () => {
  const CREATE = `mutation($input: CreateOfficeLeaseInput!) { createOfficeLease(input: $input) {
    officeLease { id room monthlyRent publicMonthlyRent monthlySavings } } }`;
  const lease = (overrides: Record<string, unknown> = {}) => ({
    memberId: COMPAGNIE_DES_GRESILLES,
    room: "Atelier 0.01",
    areaSqm: 18,
    startsOn: "2014-01-01",
    endsOn: "2014-12-31",
    monthlyRent: 171,
    publicMonthlyRent: 234,
    ...overrides,
  });

  it("records a lease with its rents and monthly savings", async () => {
    const result = await economic.request(CREATE, { input: lease() }, staff);
    expect(result.errors).toBeUndefined();
    expect(result.data).toMatchObject({
      createOfficeLease: {
        officeLease: { room: "Atelier 0.01", monthlyRent: 171, publicMonthlyRent: 234, monthlySavings: 63 },
      },
    });
  });

  it("refuses an overlapping lease of the same room with CONFLICT, and writes nothing", async () => {
    const before = await rowCounts(economic, ["office_lease", "audit_entry"]);
    const result = await economic.request(
      CREATE,
      { input: lease({ memberId: ATELIER_BOUTARIC_IMAGES, startsOn: "2014-12-31", endsOn: null }) },
      staff,
    );
    expect(codeOf(result)).toBe("CONFLICT");
    expect(result.errors?.[0].message).toBe("Atelier 0.01 is already leased over some of these days.");
    expect(await rowCounts(economic, ["office_lease", "audit_entry"])).toEqual(before);
  });

  it("accepts the next lease of the room from the day after", async () => {
    const result = await economic.request(
      CREATE,
      { input: lease({ memberId: ATELIER_BOUTARIC_IMAGES, startsOn: "2015-01-01", endsOn: null }) },
      staff,
    );
    expect(result.errors).toBeUndefined();
  });

  it("refuses a lease to a member not installed in the building that day", async () => {
    const result = await economic.request(
      CREATE,
      { input: lease({ memberId: FESTIVAL_DES_QUARTIERS, room: "X" }) },
      staff,
    );
    expect(codeOf(result)).toBe("BAD_USER_INPUT");
  });

  it("ends a lease, refusing an end that would overlap the next lease", async () => {
    const [{ id }] = await sql<{ id: string }>(
      `SELECT id FROM office_lease WHERE room = 'Atelier 0.01' ORDER BY starts_on LIMIT 1`,
    );
    const END = `mutation($input: EndOfficeLeaseInput!) { endOfficeLease(input: $input) { officeLease { endsOn } } }`;
    expect(codeOf(await economic.request(END, { input: { leaseId: id, endsOn: "2015-06-30" } }, staff))).toBe(
      "CONFLICT",
    );
    expect(codeOf(await economic.request(END, { input: { leaseId: id, endsOn: "2013-06-30" } }, staff))).toBe(
      "BAD_USER_INPUT",
    );
    const ended = await economic.request(END, { input: { leaseId: id, endsOn: "2014-06-30" } }, staff);
    expect(ended.data).toEqual({ endOfficeLease: { officeLease: { endsOn: "2014-06-30" } } });
    expect(
      codeOf(await economic.request(END, { input: { leaseId: id, endsOn: "2014-05-31" } }, compagnie)),
    ).toBe("FORBIDDEN");
  });

  it("lists leases in force on a day, with rents hidden from the public", async () => {
    const result = await economic.request<{ officeLeases: { totalCount: number } }>(
      `{ officeLeases(filter: { inForceOn: "2013-12-31" }, sort: { field: AREA, direction: DESC }) { totalCount edges { node { room areaSqm } } } }`,
    );
    const [{ count }] = await sql<{ count: number }>(
      `SELECT count(*)::int AS count FROM office_lease WHERE starts_on <= '2013-12-31' AND (ends_on IS NULL OR ends_on >= '2013-12-31')`,
    );
    expect(result.data?.officeLeases.totalCount).toBe(count);
    expect(codeOf(await economic.request(`{ officeLeases { edges { node { monthlyRent } } } }`))).toBe(
      "UNAUTHENTICATED",
    );
  });
});

describe("bookings of shared rooms and equipment", () => {
  const BOOK = `mutation($input: BookSharedResourceInput!) { bookSharedResource(input: $input) {
    booking { id hours memberAmount publicAmount resource { name } } } }`;
  let studio: string;
  beforeAll(async () => {
    [{ id: studio }] = await sql<{ id: string }>(`SELECT id FROM shared_resource WHERE name = 'Studio son'`);
  });
  const slot = (memberId: string, startsAt: string, endsAt: string) => ({
    resourceId: studio,
    memberId,
    startsAt,
    endsAt,
    purpose: "Enregistrement",
  });

  it("lets a member book for itself, priced at the member and public hourly rates", async () => {
    const result = await economic.request(
      BOOK,
      { input: slot(COMPAGNIE_DES_GRESILLES, "2014-05-06T08:00:00Z", "2014-05-06T10:30:00Z") },
      compagnie,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toMatchObject({
      bookSharedResource: {
        booking: { hours: 2.5, memberAmount: 37.5, publicAmount: 100, resource: { name: "Studio son" } },
      },
    });
  });

  it("refuses an overlapping booking with CONFLICT and writes nothing", async () => {
    const before = await rowCounts(economic, ["booking", "audit_entry"]);
    const result = await economic.request(
      BOOK,
      { input: slot(ATELIER_BOUTARIC_IMAGES, "2014-05-06T10:00:00Z", "2014-05-06T11:00:00Z") },
      atelier,
    );
    expect(codeOf(result)).toBe("CONFLICT");
    expect(result.errors?.[0].message).toMatch(/Studio son is already booked/);
    expect(await rowCounts(economic, ["booking", "audit_entry"])).toEqual(before);
  });

  it("accepts a booking that starts when the previous one ends", async () => {
    const result = await economic.request(
      BOOK,
      { input: slot(ATELIER_BOUTARIC_IMAGES, "2014-05-06T10:30:00Z", "2014-05-06T11:00:00Z") },
      atelier,
    );
    expect(result.errors).toBeUndefined();
  });

  it("refuses a member booking for another member, and an end before the start", async () => {
    expect(
      codeOf(
        await economic.request(
          BOOK,
          { input: slot(ATELIER_BOUTARIC_IMAGES, "2014-06-01T08:00:00Z", "2014-06-01T09:00:00Z") },
          compagnie,
        ),
      ),
    ).toBe("FORBIDDEN");
    expect(
      codeOf(
        await economic.request(
          BOOK,
          { input: slot(COMPAGNIE_DES_GRESILLES, "2014-06-01T09:00:00Z", "2014-06-01T08:00:00Z") },
          compagnie,
        ),
      ),
    ).toBe("BAD_USER_INPUT");
  });

  it("shows the slots to everyone, who booked only to staff and the member", async () => {
    const query = `query($r: ID) { bookings(first: 100, filter: { resourceId: $r, from: "2014-05-06T00:00:00Z", to: "2014-05-07T00:00:00Z" }) {
      totalCount edges { node { startsAt endsAt } } } }`;
    const publicSlots = await economic.request<{ bookings: { totalCount: number } }>(query, { r: studio });
    expect(publicSlots.data?.bookings.totalCount).toBe(2);
    const who = `{ bookings(first: 1, filter: { from: "2014-05-06T00:00:00Z" }) { edges { node { member { id } purpose } } } }`;
    expect(codeOf(await economic.request(who))).toBe("UNAUTHENTICATED");
    expect(codeOf(await economic.request(who, {}, staff))).toBe("OK");
    const mine = `query($m: ID) { bookings(first: 100, filter: { memberId: $m }) { totalCount } }`;
    expect(codeOf(await economic.request(mine, { m: ATELIER_BOUTARIC_IMAGES }, compagnie))).toBe("FORBIDDEN");
  });

  it("lets the member cancel its booking, but not another member's", async () => {
    const [{ id }] = await sql<{ id: string }>(
      `SELECT id FROM booking WHERE member_id = $1 AND starts_at = '2014-05-06T08:00:00Z'`,
      [COMPAGNIE_DES_GRESILLES],
    );
    const CANCEL = `mutation($input: CancelBookingInput!) { cancelBooking(input: $input) { deletedBookingId bookingId } }`;
    expect(codeOf(await economic.request(CANCEL, { input: { bookingId: id } }, atelier))).toBe("FORBIDDEN");
    expect((await economic.request(CANCEL, { input: { bookingId: id } }, compagnie)).data).toEqual({
      cancelBooking: { deletedBookingId: id, bookingId: id }, // bookingId: the deprecated name
    });
    expect(await sql(`SELECT id FROM booking WHERE id = $1`, [id])).toEqual([]);
  });

  it("lets staff add a resource, refusing a name already taken with CONFLICT", async () => {
    const CREATE = `mutation($input: CreateSharedResourceInput!) { createSharedResource(input: $input) { sharedResource { name } } }`;
    const input = {
      kind: "EQUIPMENT",
      name: "Enregistreur portable",
      memberHourlyRate: 2,
      publicHourlyRate: 8,
    };
    expect(codeOf(await economic.request(CREATE, { input }, staff))).toBe("OK");
    expect(codeOf(await economic.request(CREATE, { input }, staff))).toBe("CONFLICT");
    expect(codeOf(await economic.request(CREATE, { input: { ...input, name: "Autre" } }, compagnie))).toBe(
      "FORBIDDEN",
    );
  });
});

describe("group purchases", () => {
  const CREATE = `mutation($input: CreateGroupPurchaseInput!) { createGroupPurchase(input: $input) {
    groupPurchase { id totalSavings participants { member { id } amount publicAmount savings } } } }`;
  const input = (participants: unknown[]) => ({
    title: "Papier recyclé",
    supplier: "Papeterie",
    orderedOn: "2014-02-03",
    participants,
  });

  it("records an order with each member's share and savings", async () => {
    const result = await economic.request(
      CREATE,
      {
        input: input([
          { memberId: COMPAGNIE_DES_GRESILLES, amount: 80, publicAmount: 100 },
          { memberId: ATELIER_BOUTARIC_IMAGES, amount: 160.4, publicAmount: 200 },
        ]),
      },
      staff,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toMatchObject({ createGroupPurchase: { groupPurchase: { totalSavings: 59.6 } } });
  });

  it("refuses an order for fewer than two members", async () => {
    const result = await economic.request(
      CREATE,
      { input: input([{ memberId: COMPAGNIE_DES_GRESILLES, amount: 1, publicAmount: 2 }]) },
      staff,
    );
    expect(codeOf(result)).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0].message).toMatch(/participants/);
  });

  it("keeps who took part in an order from anonymous callers", async () => {
    expect(
      codeOf(
        await economic.request(
          `{ groupPurchases(first: 1) { edges { node { participants { member { id } } } } } }`,
        ),
      ),
    ).toBe("UNAUTHENTICATED");
    expect(
      codeOf(
        await economic.request(
          `query($m: ID) { groupPurchases(filter: { memberId: $m }) { totalCount } }`,
          { m: COMPAGNIE_DES_GRESILLES },
          atelier,
        ),
      ),
    ).toBe("FORBIDDEN");
  });

  it("shows a member its own savings but not another's", async () => {
    const query = `{ groupPurchases(first: 1, filter: { from: "2014-02-03" }) { edges { node { participants { member { id } savings } } } } }`;
    expect(codeOf(await economic.request(query, {}, staff))).toBe("OK");
    expect(codeOf(await economic.request(query, {}, compagnie))).toBe("FORBIDDEN");
    expect(
      codeOf(
        await economic.request(
          `{ groupPurchases(first: 1) { edges { node { totalSavings } } } }`,
          {},
          compagnie,
        ),
      ),
    ).toBe("FORBIDDEN");
  });
});

describe("tailored consulting and custom trainings", () => {
  it("prices a consulting session at the offering's hourly rates", async () => {
    const consulting = await offeringId("TAILORED_CONSULTING");
    const RECORD = `mutation($input: RecordConsultingSessionInput!) { recordConsultingSession(input: $input) {
      consultingSession { hours memberAmount publicAmount savings member { id } } } }`;
    const input = {
      memberId: COMPAGNIE_DES_GRESILLES,
      offeringId: consulting,
      heldOn: "2014-01-20",
      hours: 2.5,
      topic: "Trésorerie",
    };
    expect((await economic.request(RECORD, { input }, staff)).data).toEqual({
      recordConsultingSession: {
        consultingSession: {
          hours: 2.5,
          memberAmount: 112.5,
          publicAmount: 200,
          savings: 87.5,
          member: { id: COMPAGNIE_DES_GRESILLES },
        },
      },
    });
    const training = await offeringId("CUSTOM_TRAINING");
    expect(codeOf(await economic.request(RECORD, { input: { ...input, offeringId: training } }, staff))).toBe(
      "BAD_USER_INPUT",
    );
    expect(codeOf(await economic.request(RECORD, { input: { ...input, hours: 0 } }, staff))).toBe(
      "BAD_USER_INPUT",
    );
    expect(codeOf(await economic.request(RECORD, { input }, compagnie))).toBe("FORBIDDEN");
  });

  it("lists consulting sessions: a member its own only, the council none", async () => {
    const query = `{ consultingSessions(first: 100) { totalCount edges { node { member { id } } } } }`;
    const mine = await economic.request<{
      consultingSessions: { totalCount: number; edges: { node: { member: { id: string } } }[] };
    }>(query, {}, compagnie);
    const [{ count }] = await sql<{ count: number }>(
      `SELECT count(*)::int AS count FROM consulting_session WHERE member_id = $1`,
      [COMPAGNIE_DES_GRESILLES],
    );
    expect(mine.data?.consultingSessions.totalCount).toBe(count);
    expect(new Set(mine.data?.consultingSessions.edges.map((e) => e.node.member.id))).toEqual(
      new Set([COMPAGNIE_DES_GRESILLES]),
    );
    expect(codeOf(await economic.request(query, {}, council))).toBe("FORBIDDEN");
  });

  it("creates a training, schedules a session and records attendance priced per day", async () => {
    const offering = await offeringId("CUSTOM_TRAINING");
    const created = await economic.request<{ createTraining: { training: { id: string } } }>(
      `mutation($input: CreateTrainingInput!) { createTraining(input: $input) { training { id } } }`,
      { input: { offeringId: offering, title: "Droit d'auteur" } },
      staff,
    );
    const trainingId = created.data!.createTraining.training.id;
    const scheduled = await economic.request<{
      scheduleTrainingSession: { trainingSession: { id: string } };
    }>(
      `mutation($input: ScheduleTrainingSessionInput!) { scheduleTrainingSession(input: $input) { trainingSession { id hours } } }`,
      { input: { trainingId, heldOn: "2014-04-10", hours: 3.5 } },
      staff,
    );
    const sessionId = scheduled.data!.scheduleTrainingSession.trainingSession.id;
    const ATTEND = `mutation($input: RecordTrainingAttendanceInput!) { recordTrainingAttendance(input: $input) {
      trainingAttendance { participantCount memberAmount publicAmount } } }`;
    const attended = await economic.request(
      ATTEND,
      { input: { sessionId, memberId: COMPAGNIE_DES_GRESILLES, participantCount: 2 } },
      staff,
    );
    // 2 people × 3.5 h = one day of 7 hours: 120 € for members, 350 € public.
    expect(attended.data).toEqual({
      recordTrainingAttendance: {
        trainingAttendance: { participantCount: 2, memberAmount: 120, publicAmount: 350 },
      },
    });
    const again = await economic.request(
      ATTEND,
      { input: { sessionId, memberId: COMPAGNIE_DES_GRESILLES, participantCount: 1 } },
      staff,
    );
    expect(again.data).toEqual({
      recordTrainingAttendance: {
        trainingAttendance: { participantCount: 1, memberAmount: 60, publicAmount: 175 },
      },
    });
    expect(
      codeOf(
        await economic.request(
          ATTEND,
          { input: { sessionId, memberId: COMPAGNIE_DES_GRESILLES, participantCount: 0 } },
          staff,
        ),
      ),
    ).toBe("BAD_USER_INPUT");
    expect(
      codeOf(
        await economic.request(
          ATTEND,
          { input: { sessionId, memberId: COMPAGNIE_DES_GRESILLES, participantCount: 1 } },
          compagnie,
        ),
      ),
    ).toBe("FORBIDDEN");
    const training = await economic.request<{
      training: { totalHours: number; sessions: { attendance: { member: { id: string } }[] }[] };
    }>(
      `query($id: ID!) { training(id: $id) { totalHours sessions { heldOn attendance { member { id } participantCount } } } }`,
      { id: trainingId },
      staff,
    );
    expect(training.errors).toBeUndefined();
    expect(training.data?.training.totalHours).toBe(3.5);
    expect(training.data?.training.sessions[0].attendance).toEqual([
      { member: { id: COMPAGNIE_DES_GRESILLES }, participantCount: 1 },
    ]);
  });

  it("lists trainings by first session, filtered by a member's attendance", async () => {
    const result = await economic.request<{
      trainings: { totalCount: number; edges: { node: { sessions: { heldOn: string }[] } }[] };
    }>(
      `query($m: ID) { trainings(first: 100, filter: { memberId: $m }, sort: { field: FIRST_SESSION, direction: ASC }) {
         totalCount edges { node { sessions { heldOn } } } } }`,
      { m: COMPAGNIE_DES_GRESILLES },
      compagnie,
    );
    expect(result.errors).toBeUndefined();
    const [{ count }] = await sql<{ count: number }>(
      `SELECT count(DISTINCT s.training_id)::int AS count FROM training_session s JOIN training_attendance a ON a.session_id = s.id WHERE a.member_id = $1`,
      [COMPAGNIE_DES_GRESILLES],
    );
    expect(result.data?.trainings.totalCount).toBe(count);
    const firsts = result.data!.trainings.edges.map((e) => e.node.sessions[0].heldOn);
    expect(firsts).toEqual([...firsts].sort());
  });
});

describe("service engagements and savings", () => {
  it("gives a member its engagements of a year with the savings the raw rows add up to", async () => {
    const result = await economic.request<{
      member: { savings: number; serviceEngagements: { savings: number }[] };
    }>(
      `query($id: ID!) { member(id: $id) { savings(year: 2013) serviceEngagements(year: 2013) { kind category savings } } }`,
      { id: STUDIO_ESPLANADE },
      await tokenFor({ role: "member", memberId: STUDIO_ESPLANADE }),
    );
    expect(result.errors).toBeUndefined();
    const [raw] = await sql<{ savings_cents: string; engagements: number }>(
      `SELECT (SELECT coalesce(sum(p.public_value_cents - p.contribution_cents), 0) FROM commercial_action_participant p
                 JOIN commercial_action a ON a.id = p.action_id WHERE p.member_id = $1 AND p.public_value_cents IS NOT NULL
                  AND extract(year FROM a.starts_on) = 2013)
            + (SELECT coalesce(sum((public_monthly_rent_cents - monthly_rent_cents) * 12), 0) FROM office_lease
                WHERE member_id = $1 AND starts_on <= '2013-01-01' AND (ends_on IS NULL OR ends_on >= '2013-12-31'))
            + (SELECT coalesce(sum(public_amount_cents - member_amount_cents), 0) FROM booking
                WHERE member_id = $1 AND extract(year FROM starts_at AT TIME ZONE 'Europe/Paris') = 2013)
            + (SELECT coalesce(sum(p.public_amount_cents - p.amount_cents), 0) FROM group_purchase_participant p
                 JOIN group_purchase g ON g.id = p.purchase_id WHERE p.member_id = $1 AND extract(year FROM g.ordered_on) = 2013)
            + (SELECT coalesce(sum(public_amount_cents - member_amount_cents), 0) FROM consulting_session
                WHERE member_id = $1 AND extract(year FROM held_on) = 2013)
            + (SELECT coalesce(sum(a.public_amount_cents - a.member_amount_cents), 0) FROM training_attendance a
                 JOIN training_session s ON s.id = a.session_id WHERE a.member_id = $1 AND extract(year FROM s.held_on) = 2013)
            AS savings_cents`,
      [STUDIO_ESPLANADE],
    );
    expect(result.data!.member.savings).toBe(Number(raw.savings_cents) / 100);
    expect(result.data!.member.serviceEngagements.reduce((sum, e) => sum + e.savings, 0)).toBeCloseTo(
      result.data!.member.savings,
      2,
    );
  });

  it("counts an office lease once per year in force, pro rata of its months", async () => {
    // Studio Esplanade's first office (20 m²) ran from 2 December 2010 to 31 December 2011.
    const result = await economic.request<{
      member: { serviceEngagements: { year: number; memberAmount: number }[] };
    }>(
      `query($id: ID!) { member(id: $id) { serviceEngagements(category: POOLED_RESOURCES) { kind title year memberAmount publicAmount } } }`,
      { id: STUDIO_ESPLANADE },
      staff,
    );
    const firstOffice = result.data!.member.serviceEngagements.filter(
      (e) => (e as unknown as { title: string }).title === "Bureau 1.04",
    );
    expect(firstOffice.map((e) => [e.year, e.memberAmount])).toEqual([
      [2010, 190],
      [2011, 190 * 12],
    ]);
  });

  it("lists engagements: staff all of them, a member its own, the council none", async () => {
    const query = `query($f: ServiceEngagementFilter) { serviceEngagements(first: 10, filter: $f, sort: { field: SAVINGS, direction: DESC }) {
      totalCount edges { node { member { id } savings } } } }`;
    const own = await economic.request<{
      serviceEngagements: {
        totalCount: number;
        edges: { node: { member: { id: string }; savings: number } }[];
      };
    }>(query, { f: { year: 2013 } }, compagnie);
    expect(own.errors).toBeUndefined();
    for (const edge of own.data!.serviceEngagements.edges)
      expect(edge.node.member.id).toBe(COMPAGNIE_DES_GRESILLES);
    const savings = own.data!.serviceEngagements.edges.map((e) => e.node.savings);
    expect(savings).toEqual([...savings].sort((a, b) => b - a));
    expect(
      codeOf(await economic.request(query, { f: { memberId: ATELIER_BOUTARIC_IMAGES } }, compagnie)),
    ).toBe("FORBIDDEN");
    expect(codeOf(await economic.request(query, {}, council))).toBe("FORBIDDEN");
    const all = await economic.request<{ serviceEngagements: { totalCount: number } }>(
      query,
      { f: { year: 2013 } },
      staff,
    );
    expect(all.data!.serviceEngagements.totalCount).toBeGreaterThan(own.data!.serviceEngagements.totalCount);
  });
});

describe("writes kept for staff", () => {
  const uuid = "a0000000-0000-4000-8000-0000000000ff";
  it.each([
    ["updateServiceOffering", "UpdateServiceOfferingInput", { id: uuid, name: "X" }],
    ["recordCommercialActionOutcome", "RecordCommercialActionOutcomeInput", { actionId: uuid, outcome: "X" }],
    [
      "createOfficeLease",
      "CreateOfficeLeaseInput",
      { memberId: COMPAGNIE_DES_GRESILLES, room: "X", areaSqm: 10, startsOn: "2014-01-01", monthlyRent: 95 },
    ],
    [
      "createGroupPurchase",
      "CreateGroupPurchaseInput",
      {
        title: "X",
        supplier: "Y",
        orderedOn: "2014-01-01",
        participants: [
          { memberId: COMPAGNIE_DES_GRESILLES, amount: 1, publicAmount: 2 },
          { memberId: ATELIER_BOUTARIC_IMAGES, amount: 1, publicAmount: 2 },
        ],
      },
    ],
    ["createTraining", "CreateTrainingInput", { offeringId: uuid, title: "X" }],
    [
      "scheduleTrainingSession",
      "ScheduleTrainingSessionInput",
      { trainingId: uuid, heldOn: "2014-01-01", hours: 2 },
    ],
    ["updateAssociationMember", "UpdateAssociationMemberInput", { id: uuid, votes: 1 }],
  ])(
    "keeps %s for staff: UNAUTHENTICATED anonymous, FORBIDDEN to a member and the council",
    async (mutation, type, input) => {
      const text = `mutation($input: ${type}!) { ${mutation}(input: $input) { __typename } }`;
      const before = await rowCounts(economic, ["audit_entry"]);
      expect(codeOf(await economic.request(text, { input }))).toBe("UNAUTHENTICATED");
      expect(codeOf(await economic.request(text, { input }, compagnie))).toBe("FORBIDDEN");
      expect(codeOf(await economic.request(text, { input }, council))).toBe("FORBIDDEN");
      expect(await rowCounts(economic, ["audit_entry"])).toEqual(before);
    },
  );
});
