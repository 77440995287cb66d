import { createDataSource } from "@pole/subgraph-kit";
import {
  createTestDatabase,
  dropTestDatabase,
  schemaDriftAfterMigrations,
  tablesLeftAfterRevertingAll,
  tokenFor,
  type SubgraphUnderTest,
} from "@pole/subgraph-kit/testing";
import { createKnowledgeDataSource, knowledgeEntities } from "../src/data-source";
import { migrations } from "../src/migrations";
import { samplePractices } from "../src/sample-data/sample-practices";
import { sampleTerritories } from "../src/sample-data/sample-territories";
import { sampleTransfers } from "../src/sample-data/sample-transfers";
import {
  ADOPTION_CHALON_BUREAUX,
  BUREAU_ACCOMPAGNEMENT_ARTISTIQUE,
  CHALON_TILLEULS,
  economicSampleMemberIds,
  expectedPracticeIds,
  FORMATION_IN_SITU_CHALON,
  GRESILLES,
  RESIDENCES_AVEC_HABITANTS,
  samplePractice,
  startKnowledge,
} from "./knowledge-harness";

let knowledge: SubgraphUnderTest;
beforeAll(async () => {
  knowledge = await startKnowledge();
});
afterAll(() => knowledge.stop());

const ENTITIES = `query($representations: [_Any!]!) { _entities(representations: $representations) {
  ... on Practice { id title territory { id } }
  ... on Territory { id name }
  ... on Transfer { id kind destination: territory { id } }
  ... on Member { id practices(first: 1) { totalCount } transfers(first: 1) { totalCount } }
  ... on Adoption { id status adopter: territory { id } }
  ... on AnnualReport { year knowledge { transferCount } }
} }`;

const territoryName = (id: string) => sampleTerritories.find((t) => t.id === id)!.name;

describe("federation contract", () => {
  it("publishes a Federation 2 SDL with every entity key", async () => {
    const result = await knowledge.request<{ _service: { sdl: string } }>(`{ _service { sdl } }`);
    expect(result.errors).toBeUndefined();
    const sdl = result.data!._service.sdl;
    expect(sdl).toContain('@link(url: "https://specs.apollo.dev/federation/v2.');
    for (const type of ["Practice", "Territory", "Transfer", "Adoption", "Member"]) {
      expect(sdl).toMatch(new RegExp(`type ${type}\\s+@key\\(fields: "id"\\)`));
    }
    // Source actions are references only: this subgraph resolves no NeighbourhoodAction.
    expect(sdl).toMatch(
      /type NeighbourhoodAction\s+@key\(fields: "id", resolvable: false\)\s*\{\s*"""[^"]*"""\s*id: ID!\s*\}/,
    );
    expect(sdl).toMatch(/type AnnualReport\s+@key\(fields: "year"\)/);
  });

  it("resolves every key form through _entities", async () => {
    const result = await knowledge.request<{ _entities: unknown[] }>(
      ENTITIES,
      {
        representations: [
          { __typename: "Practice", id: RESIDENCES_AVEC_HABITANTS },
          { __typename: "Territory", id: CHALON_TILLEULS },
          { __typename: "Transfer", id: FORMATION_IN_SITU_CHALON },
          { __typename: "Member", id: BUREAU_ACCOMPAGNEMENT_ARTISTIQUE },
          { __typename: "Adoption", id: ADOPTION_CHALON_BUREAUX },
          { __typename: "AnnualReport", year: 2013 },
          { __typename: "Practice", id: "c2000000-0000-4000-8000-0000000000ff" },
          { __typename: "Territory", id: "not-a-uuid" },
        ],
      },
      await tokenFor({ role: "council" }),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([
      {
        id: RESIDENCES_AVEC_HABITANTS,
        title: samplePractice(RESIDENCES_AVEC_HABITANTS).title,
        territory: { id: GRESILLES },
      },
      { id: CHALON_TILLEULS, name: territoryName(CHALON_TILLEULS) },
      { id: FORMATION_IN_SITU_CHALON, kind: "IN_SITU_TRAINING", destination: { id: CHALON_TILLEULS } },
      {
        id: BUREAU_ACCOMPAGNEMENT_ARTISTIQUE,
        practices: {
          totalCount: expectedPracticeIds((p) => p.memberIds.includes(BUREAU_ACCOMPAGNEMENT_ARTISTIQUE))
            .length,
        },
        transfers: {
          totalCount: sampleTransfers.filter((t) => t.memberIds.includes(BUREAU_ACCOMPAGNEMENT_ARTISTIQUE))
            .length,
        },
      },
      { id: ADOPTION_CHALON_BUREAUX, status: "ADOPTED", adopter: { id: CHALON_TILLEULS } },
      { year: 2013, knowledge: { transferCount: 2 } },
      null,
      null,
    ]);
  });
});

describe("batching", () => {
  const MEMBER_PRACTICES = `query($representations: [_Any!]!) { _entities(representations: $representations) {
    ... on Member { id practices(first: 5) { totalCount edges { node {
      title territory { name } contributingMembers { id } } } } }
  } }`;

  interface MemberPractices {
    _entities: {
      id: string;
      practices: {
        totalCount: number;
        edges: {
          node: { title: string; territory: { name: string } | null; contributingMembers: { id: string }[] };
        }[];
      };
    }[];
  }

  /** A member's first five published practices as the API should show them, from the sample data. */
  const expectedPracticesOf = (memberId: string) => {
    const ids = expectedPracticeIds((p) => p.memberIds.includes(memberId));
    return {
      totalCount: ids.length,
      edges: ids.slice(0, 5).map((id) => {
        const practice = samplePractice(id);
        return {
          node: {
            title: practice.title,
            territory: practice.territoryId ? { name: territoryName(practice.territoryId) } : null,
            contributingMembers: [...practice.memberIds].sort().map((member) => ({ id: member })),
          },
        };
      }),
    };
  };

  it("resolves 1 and 15 Member representations with their practices in the same number of SQL statements", async () => {
    const statementsFor = async (count: number) => {
      const ids = economicSampleMemberIds(count);
      knowledge.statements.reset();
      const result = await knowledge.request<MemberPractices>(MEMBER_PRACTICES, {
        representations: ids.map((id) => ({ __typename: "Member", id })),
      });
      const statements = knowledge.statements.count;
      expect(result.errors).toBeUndefined();
      expect(result.data?._entities).toEqual(ids.map((id) => ({ id, practices: expectedPracticesOf(id) })));
      return statements;
    };
    const one = await statementsFor(1);
    const fifteen = await statementsFor(15);
    expect(one).toBe(3); // the members' pages of practices, then their territories and their contributors
    expect(fifteen).toBe(one);
  });

  it("resolves 1 and every Practice representation with its territory in the same number of SQL statements", async () => {
    const staff = await tokenFor({ role: "staff" });
    const statementsFor = async (ids: string[]) => {
      knowledge.statements.reset();
      const result = await knowledge.request<{ _entities: unknown[] }>(
        `query($representations: [_Any!]!) { _entities(representations: $representations) {
          ... on Practice { id territory { id name } } } }`,
        { representations: ids.map((id) => ({ __typename: "Practice", id })) },
        staff,
      );
      const statements = knowledge.statements.count;
      expect(result.errors).toBeUndefined();
      expect(result.data?._entities).toEqual(
        ids.map((id) => {
          const { territoryId } = samplePractice(id);
          return {
            id,
            territory: territoryId ? { id: territoryId, name: territoryName(territoryId) } : null,
          };
        }),
      );
      return statements;
    };
    const one = await statementsFor([RESIDENCES_AVEC_HABITANTS]);
    const all = await statementsFor(samplePractices.map((p) => p.id));
    expect(one).toBe(2); // the practices, then their territories
    expect(all).toBe(one);
  });
});

describe("migrations", () => {
  it("match the entities exactly (nothing left for migration:generate)", async () => {
    expect(await schemaDriftAfterMigrations("knowledge", createKnowledgeDataSource)).toEqual([]);
  });

  it("revert cleanly down to an empty schema", async () => {
    expect(await tablesLeftAfterRevertingAll("knowledge", createKnowledgeDataSource)).toEqual([]);
  });

  it("carry a database of the foundation's time forward, filling in the new required columns", async () => {
    const url = await createTestDatabase("knowledge_upgrade");
    const foundation = createDataSource({
      url,
      entities: knowledgeEntities,
      migrations: migrations.slice(0, 2),
    });
    try {
      await foundation.initialize();
      await foundation.runMigrations({ transaction: "each" });
      // Rows as the foundation wrote them (before pillars, kinds of audience and lists of QPV codes).
      await foundation.query(
        `INSERT INTO territory (id, name, insee_code, kind, qpv_code) VALUES
           ('c1000000-0000-4000-8000-000000000003', 'Les Grésilles', '21231', 'COMMUNE', 'QP021900'),
           ('c1000000-0000-4000-8000-000000000001', 'Dijon', '21231', 'COMMUNE', NULL)`,
      );
      // The sample's Grand Dijon as it was loaded then, with a made-up INSEE-like code.
      await foundation.query(
        `INSERT INTO territory (id, name, insee_code, kind, is_sample) VALUES
           ('c1000000-0000-4000-8000-000000000002', 'Grand Dijon', '21E01', 'INTERCOMMUNALITY', true)`,
      );
      await foundation.query(
        `INSERT INTO practice (id, title, summary, status, territory_id, published_on)
         VALUES ('c2000000-0000-4000-8000-000000000001', 'Résidences', 'Résumé', 'PUBLISHED',
                 'c1000000-0000-4000-8000-000000000003', '2013-04-15')`,
      );
      await foundation.query(
        `INSERT INTO transfer (id, kind, title, held_on, territory_id, audience, participant_count)
         VALUES ('c3000000-0000-4000-8000-000000000001', 'IN_SITU_TRAINING', 'Formation', '2013-05-23',
                 'c1000000-0000-4000-8000-000000000001', 'opérateurs', 12),
                ('c3000000-0000-4000-8000-000000000002', 'KNOW_HOW_TRANSFER', 'Déclaré par le territoire', '2013-06-01',
                 'c1000000-0000-4000-8000-000000000003', 'opérateurs', 7)`,
      );
      // The second transfer was created with the territory's own token, as the audit trail says.
      await foundation.query(
        `INSERT INTO audit_entry (operation, record_type, record_id, actor_subject, actor_role, actor_territory_id)
         VALUES ('createTransfer', 'Transfer', 'c3000000-0000-4000-8000-000000000002', 'territoire',
                 'territory', 'c1000000-0000-4000-8000-000000000003'),
                ('updateTransfer', 'Transfer', 'c3000000-0000-4000-8000-000000000001', 'territoire',
                 'territory', 'c1000000-0000-4000-8000-000000000001')`,
      );
    } finally {
      await foundation.destroy();
    }
    const current = createKnowledgeDataSource(url);
    try {
      await current.initialize();
      expect((await current.runMigrations({ transaction: "each" })).map((m) => m.name)).toEqual(
        migrations.slice(2).map((m) => m.name),
      );
      expect(
        await current.query(`SELECT id, qpv_codes, insee_code, siren FROM territory ORDER BY id`),
      ).toEqual([
        { id: "c1000000-0000-4000-8000-000000000001", qpv_codes: [], insee_code: "21231", siren: null },
        // An intercommunality is identified by its SIREN: the sample's Grand Dijon gets Dijon Métropole's.
        { id: "c1000000-0000-4000-8000-000000000002", qpv_codes: [], insee_code: null, siren: "242100410" },
        {
          id: "c1000000-0000-4000-8000-000000000003",
          qpv_codes: ["QP021900"],
          insee_code: "21231",
          siren: null,
        },
      ]);
      expect(await current.query(`SELECT pillar, licence, results FROM practice`)).toEqual([
        { pillar: "NEIGHBOURHOOD", licence: "CC-BY-SA-4.0", results: [] },
      ]);
      expect(await current.query(`SELECT audience_kind FROM transfer ORDER BY id`)).toEqual([
        { audience_kind: "MIXED" },
        { audience_kind: "MIXED" },
      ]);
      // Who recorded each transfer, from the audit trail: created by a territory token, a partner's report;
      // otherwise the Pôle's (a territory changing it later does not make it its own).
      expect(await current.query(`SELECT id, origin FROM transfer ORDER BY id`)).toEqual([
        { id: "c3000000-0000-4000-8000-000000000001", origin: "POLE" },
        { id: "c3000000-0000-4000-8000-000000000002", origin: "PARTNER_TERRITORY" },
      ]);
      // The default was only for the rows already there: a new transfer must say who recorded it.
      await expect(
        current.query(
          `INSERT INTO transfer (kind, title, held_on, territory_id, audience, audience_kind, participant_count)
           VALUES ('IN_SITU_TRAINING', 'Sans origine', '2014-01-01', 'c1000000-0000-4000-8000-000000000001',
                   'élus', 'ELECTED_OFFICIALS', 3)`,
        ),
      ).rejects.toThrow(/origin/);
      // The defaults were only for the rows already there: new rows must say their pillar.
      await expect(
        current.query(`INSERT INTO practice (title, summary) VALUES ('Sans pilier', 'Résumé')`),
      ).rejects.toThrow(/pillar/);
    } finally {
      await current.destroy();
      await dropTestDatabase(url);
    }
  });
});
