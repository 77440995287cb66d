import { foldedContains } from "@pole/subgraph-kit";
import { planWithoutSeqScan, type SubgraphUnderTest } from "@pole/subgraph-kit/testing";
import { ServiceOffering } from "../src/service-offering/service-offering.entity";
import { Member } from "../src/member/member.entity";
import { narrowMembers } from "../src/member/member-filter.query";
import { sampleMembers } from "../src/sample-data/sample-members";
import { LUMIERE_COOP_LEFT_2012, startEconomic } from "./economic-harness";

let economic: SubgraphUnderTest;
beforeAll(async () => {
  economic = await startEconomic();
});
afterAll(() => economic.stop());

const MEMBERS = `query Members($filter: MemberFilter) {
  members(first: 100, filter: $filter) { totalCount edges { node { id name } } }
}`;

interface MembersPage {
  members: { totalCount: number; edges: { node: { id: string; name: string } }[] };
}

/** The names of the members the filter lets through, sorted. */
async function namesFor(filter: Record<string, unknown>): Promise<string[]> {
  const result = await economic.request<MembersPage>(MEMBERS, { filter });
  expect(result.errors).toBeUndefined();
  expect(result.data!.members.totalCount).toBe(result.data!.members.edges.length);
  return result.data!.members.edges.map((edge) => edge.node.name).sort();
}

const current = sampleMembers.filter((member) => !member.leftOn);
const namesOf = (members: typeof sampleMembers) => members.map((member) => member.name).sort();

describe("member directory filters", () => {
  it("lists current members only, unless includeFormer is true or a year is asked about", async () => {
    expect(await namesFor({})).toEqual(namesOf(current));
    expect(await namesFor({ includeFormer: false })).toEqual(namesOf(current));
    expect(await namesFor({ includeFormer: true })).toEqual(namesOf(sampleMembers));
    // The structure left in 2012 was a member in 2012, not in 2013.
    const in2012 = await economic.request<MembersPage>(MEMBERS, { filter: { activeInYear: 2012 } });
    expect(in2012.data!.members.edges.map((edge) => edge.node.id)).toContain(LUMIERE_COOP_LEFT_2012);
    const in2012Current = await economic.request<MembersPage>(MEMBERS, {
      filter: { activeInYear: 2012, includeFormer: false },
    });
    expect(in2012Current.data!.members.edges.map((edge) => edge.node.id)).not.toContain(
      LUMIERE_COOP_LEFT_2012,
    );
  });

  it("keeps a member whose departure is announced for a later date", async () => {
    const later = new Date(Date.now() + 86_400_000 * 30).toISOString().slice(0, 10);
    await economic.dataSource.query(`UPDATE member SET left_on = $1 WHERE name LIKE 'Radio Boutaric%'`, [
      later,
    ]);
    try {
      expect(await namesFor({ nameContains: "radio" })).toEqual(["Radio Boutaric (exemple)"]);
    } finally {
      await economic.dataSource.query(`UPDATE member SET left_on = NULL WHERE name LIKE 'Radio Boutaric%'`);
    }
  });

  it("takes several legal forms and several activities, any of them matching", async () => {
    const forms = ["EPCC", "CAE_HOSTING"];
    expect(await namesFor({ legalForms: forms })).toEqual(
      namesOf(current.filter((member) => forms.includes(member.legalForm))),
    );
    const activities = ["CINEMA", "WEB"];
    expect(await namesFor({ activities })).toEqual(
      namesOf(current.filter((member) => member.activities.some((a) => activities.includes(a)))),
    );
    // Every criterion holds together; an empty list does not narrow.
    expect(await namesFor({ legalForms: forms, activities })).toEqual(
      namesOf(
        current.filter(
          (member) =>
            forms.includes(member.legalForm) && member.activities.some((a) => activities.includes(a)),
        ),
      ),
    );
    expect(await namesFor({ legalForms: [], activities: [] })).toEqual(namesOf(current));
  });

  it("still honours the deprecated single-value legalForm and activity", async () => {
    expect(await namesFor({ legalForm: "EPCC" })).toEqual(["Scène régionale EPCC (exemple)"]);
    expect(await namesFor({ activity: "WEB" })).toEqual(
      namesOf(current.filter((member) => member.activities.includes("WEB" as never))),
    );
  });

  it("refuses an unknown legal form or activity with BAD_USER_INPUT", async () => {
    const result = await economic.request(MEMBERS, { filter: { activities: ["CINEMA", "KNITTING"] } });
    expect(result.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("matches names ignoring case and accents, as French users type", async () => {
    expect(await namesFor({ nameContains: "cine" })).toEqual(["Ciné-Quartier Production (exemple)"]);
    expect(await namesFor({ nameContains: "GRESILLES" })).toEqual(["Compagnie des Grésilles (exemple)"]);
    expect(await namesFor({ nameContains: "scene" })).toEqual(
      ["Collectif Scènes Ouvertes (exemple)", "Scène régionale EPCC (exemple)"].sort(),
    );
    // Accents typed where the name has none, and the other way round.
    expect(await namesFor({ nameContains: "Coopérative culture" })).toEqual([
      "Coopérative Culture & Territoires (exemple)",
    ]);
    expect(await namesFor({ nameContains: "itinérante" })).toEqual(["Agence graphique itinérante (exemple)"]);
    expect(await namesFor({ nameContains: "ÉNSEMBLE VOCAL" })).toEqual([
      "Ensemble vocal Nord-Dijon (exemple)",
    ]);
    // Wildcards still match literally.
    expect(await namesFor({ nameContains: "_" })).toEqual([]);
  });

  it("matches offering names ignoring case and accents", async () => {
    const result = await economic.request<{ serviceOfferings: { edges: { node: { name: string } }[] } }>(
      `{ serviceOfferings(first: 100, filter: { nameContains: "reponses groupees" }) { edges { node { name } } } }`,
    );
    expect(result.data?.serviceOfferings.edges.map((edge) => edge.node.name)).toEqual([
      "Réponses groupées aux appels d'offres",
    ]);
  });

  it("serves nameContains from the trigram indexes on the folded names", async () => {
    const members = narrowMembers(economic.dataSource.getRepository(Member).createQueryBuilder("member"), {
      nameContains: "gresilles",
      includeFormer: true,
    });
    expect(await planWithoutSeqScan(economic.dataSource, members)).toMatch(/IDX_member_name_folded/);
    const offerings = economic.dataSource
      .getRepository(ServiceOffering)
      .createQueryBuilder("offering")
      .where(...foldedContains("offering.name", "name", "bureaux"));
    expect(await planWithoutSeqScan(economic.dataSource, offerings)).toMatch(
      /IDX_service_offering_name_folded/,
    );
  });
});
