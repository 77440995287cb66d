import { tokenFor, type SubgraphUnderTest } from "@pole/subgraph-kit/testing";
import { startKnowledge } from "./knowledge-harness";

/**
 * 50 published practices, each with its territory, two contributing members, two source actions, a result,
 * a transfer (with its territory, practices and facilitating member) and an adoption (with its territory
 * and transfer): every reference a client can ask of a practice. In this test's own database.
 */
const COUNT = 50;
const HOME = "c1000000-0000-4000-8000-0000000000d1";
const AWAY = "c1000000-0000-4000-8000-0000000000d2";
/** The n-th id of a kind (prefix), as the SQL below builds them. */
const idOf = (prefix: string) => (n: number) => `${prefix}-0000-4000-8000-d${String(n).padStart(11, "0")}`;
const practiceId = idOf("c2000000");
const transferId = idOf("c3000000");
const adoptionId = idOf("c4000000");
const memberId = idOf("a0000000");
const actionId = idOf("b0000000");

let knowledge: SubgraphUnderTest;
beforeAll(async () => {
  knowledge = await startKnowledge({ sampleData: false });
  const sql = (text: string, parameters: unknown[] = []) => knowledge.dataSource.query(text, parameters);
  const ids = (prefix: string) => `('${prefix}-0000-4000-8000-d' || lpad(i::text, 11, '0'))::uuid`;
  await sql(
    `INSERT INTO territory (id, name, insee_code, kind) VALUES ($1, 'Territoire d''origine', '21231', 'COMMUNE'),
                                                               ($2, 'Territoire d''accueil', '71076', 'COMMUNE')`,
    [HOME, AWAY],
  );
  await sql(
    `INSERT INTO practice (id, title, summary, status, pillar, territory_id, published_on, results)
     SELECT ${ids("c2000000")}, 'Pratique ' || i, 'Résumé ' || i, 'PUBLISHED', 'NEIGHBOURHOOD', $1,
            date '2013-01-01' + i,
            jsonb_build_array(jsonb_build_object('indicator', 'participants', 'value', i, 'unit', NULL, 'evidence', NULL))
       FROM generate_series(1, ${COUNT}) AS i`,
    [HOME],
  );
  await sql(
    `INSERT INTO practice_member (practice_id, member_id)
     SELECT ${ids("c2000000")}, ${ids("a0000000")} FROM generate_series(1, ${COUNT}) AS i
     UNION ALL SELECT ${ids("c2000000")}, 'a0000000-0000-4000-8000-d00000000000' FROM generate_series(1, ${COUNT}) AS i`,
  );
  await sql(
    `INSERT INTO practice_source_action (practice_id, action_id)
     SELECT ${ids("c2000000")}, ${ids("b0000000")} FROM generate_series(1, ${COUNT}) AS i
     UNION ALL SELECT ${ids("c2000000")}, 'b0000000-0000-4000-8000-d00000000000' FROM generate_series(1, ${COUNT}) AS i`,
  );
  await sql(
    `INSERT INTO transfer (id, kind, title, held_on, territory_id, audience, audience_kind, participant_count, origin)
     SELECT ${ids("c3000000")}, 'KNOW_HOW_TRANSFER', 'Transfert ' || i, date '2014-01-01' + i, $1, 'opérateurs',
            'CULTURAL_OPERATORS', i, 'POLE'
       FROM generate_series(1, ${COUNT}) AS i`,
    [AWAY],
  );
  await sql(
    `INSERT INTO transfer_practice (transfer_id, practice_id)
     SELECT ${ids("c3000000")}, ${ids("c2000000")} FROM generate_series(1, ${COUNT}) AS i`,
  );
  await sql(
    `INSERT INTO transfer_member (transfer_id, member_id)
     SELECT ${ids("c3000000")}, ${ids("a0000000")} FROM generate_series(1, ${COUNT}) AS i`,
  );
  await sql(
    `INSERT INTO adoption (id, practice_id, territory_id, status, started_on, transfer_id)
     SELECT ${ids("c4000000")}, ${ids("c2000000")}, $1, 'PLANNED', date '2014-06-01' + i, ${ids("c3000000")}
       FROM generate_series(1, ${COUNT}) AS i`,
    [AWAY],
  );
});
afterAll(() => knowledge.stop());

const PRACTICES_WITH_REFERENCES = `query($first: Int) { practices(first: $first) { totalCount edges { node {
  id title territory { id name }
  contributingMembers { id } sourceActions { id }
  resources { budget } results { indicator value }
  transfers { id territory { id } practices { id } facilitatingMembers { id } }
  adoptions { id territory { id name } transfer { id participantCount } }
} } } }`;

/** What the API must answer for the n-th practice, from the rows inserted above. */
const expectedNode = (n: number) => ({
  id: practiceId(n),
  title: `Pratique ${n}`,
  territory: { id: HOME, name: "Territoire d'origine" },
  contributingMembers: [{ id: memberId(0) }, { id: memberId(n) }],
  sourceActions: [{ id: actionId(0) }, { id: actionId(n) }],
  resources: { budget: null },
  results: [{ indicator: "participants", value: n }],
  transfers: [
    {
      id: transferId(n),
      territory: { id: AWAY },
      practices: [{ id: practiceId(n) }],
      facilitatingMembers: [{ id: memberId(n) }],
    },
  ],
  adoptions: [
    {
      id: adoptionId(n),
      territory: { id: AWAY, name: "Territoire d'accueil" },
      transfer: { id: transferId(n), participantCount: n },
    },
  ],
});

describe("batching", () => {
  it("reads 5 and 50 practices with all their references in the same number of SQL statements", async () => {
    const statementsFor = async (first: number) => {
      knowledge.statements.reset();
      const result = await knowledge.request<{
        practices: { totalCount: number; edges: { node: unknown }[] };
      }>(PRACTICES_WITH_REFERENCES, { first });
      const statements = knowledge.statements.count;
      expect(result.errors).toBeUndefined();
      expect(result.data!.practices.totalCount).toBe(COUNT);
      // Most recently published first: practice 50, 49…
      expect(result.data!.practices.edges.map((edge) => edge.node)).toEqual(
        Array.from({ length: first }, (_, i) => expectedNode(COUNT - i)),
      );
      return statements;
    };
    const five = await statementsFor(5);
    const fifty = await statementsFor(50);
    // The page and its count; the practices' territories, members, actions, transfers and adoptions; then
    // the territories of the transfers and adoptions (one batch), the transfers' practices and members, the
    // adoptions' transfers: 11 whatever the page size.
    expect(five).toBe(11);
    expect(fifty).toBe(five);
  });

  it("resolves 1 and 50 Practice representations with their references in the same number of SQL statements", async () => {
    const staff = await tokenFor({ role: "staff" });
    const statementsFor = async (count: number) => {
      knowledge.statements.reset();
      const result = await knowledge.request<{ _entities: unknown[] }>(
        `query($representations: [_Any!]!) { _entities(representations: $representations) {
          ... on Practice { id territory { id } contributingMembers { id } sourceActions { id } adoptions { id } } } }`,
        {
          representations: Array.from({ length: count }, (_, i) => ({
            __typename: "Practice",
            id: practiceId(i + 1),
          })),
        },
        staff,
      );
      const statements = knowledge.statements.count;
      expect(result.errors).toBeUndefined();
      expect(result.data!._entities).toEqual(
        Array.from({ length: count }, (_, i) => {
          const { id, territory, contributingMembers, sourceActions, adoptions } = expectedNode(i + 1);
          return {
            id,
            territory: { id: territory.id },
            contributingMembers,
            sourceActions,
            adoptions: adoptions.map((a) => ({ id: a.id })),
          };
        }),
      );
      return statements;
    };
    const one = await statementsFor(1);
    expect(one).toBe(5); // the practices, then their territories, members, actions and adoptions
    expect(await statementsFor(50)).toBe(one);
  });

  it("resolves 1 and 50 Member representations with their practices and transfers in the same number of SQL statements", async () => {
    const statementsFor = async (count: number) => {
      knowledge.statements.reset();
      const result = await knowledge.request<{
        _entities: {
          id: string;
          practices: { totalCount: number };
          transfers: { edges: { node: { id: string } }[] };
        }[];
      }>(
        `query($representations: [_Any!]!) { _entities(representations: $representations) {
          ... on Member { id practices(first: 3) { totalCount edges { node { id territory { id } } } }
                          transfers(first: 3) { totalCount edges { node { id territory { id } } } } } } }`,
        {
          representations: Array.from({ length: count }, (_, i) => ({
            __typename: "Member",
            id: memberId(i + 1),
          })),
        },
      );
      const statements = knowledge.statements.count;
      expect(result.errors).toBeUndefined();
      expect(
        result.data!._entities.map((member) => member.transfers.edges.map((edge) => edge.node.id)),
      ).toEqual(Array.from({ length: count }, (_, i) => [transferId(i + 1)]));
      expect(result.data!._entities.every((member) => member.practices.totalCount === 1)).toBe(true);
      return statements;
    };
    const one = await statementsFor(1);
    // The pages of practices and of transfers, then the territories of each (one batch each: the two pages
    // resolve one after the other).
    expect(one).toBe(4);
    expect(await statementsFor(50)).toBe(one);
  });
});
