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

// A member's website and logo address: public profile fields, written by the member itself or the staff,
// validated as absolute web addresses (https only for the logo, which HTTPS pages display).

let economic: SubgraphUnderTest;
let staff: string;
let ownMember: string;
let otherMember: string;
let council: string;
beforeAll(async () => {
  economic = await startEconomic();
  staff = await tokenFor({ role: "staff" });
  ownMember = await tokenFor({ role: "member", memberId: COMPAGNIE_DES_GRESILLES });
  otherMember = await tokenFor({ role: "member", memberId: ATELIER_BOUTARIC_IMAGES });
  council = await tokenFor({ role: "council" });
});
afterAll(() => economic.stop());

type Links = { website: string | null; logoUrl: string | null };
const READ = `query($id: ID!) { member(id: $id) { website logoUrl } }`;
const UPDATE = `mutation($input: UpdateMemberInput!) { updateMember(input: $input) { member { id website logoUrl } } }`;
const CREATE = `mutation($input: CreateMemberInput!) { createMember(input: $input) { member { id website logoUrl } } }`;

const linksOf = async (id: string) => (await economic.request<{ member: Links }>(READ, { id })).data?.member;

describe("reading", () => {
  it("shows anyone the sample members' website and logo, and null for a member without", async () => {
    expect(await linksOf(COMPAGNIE_DES_GRESILLES)).toEqual({
      website: "https://compagnie-des-gresilles.example.org/",
      logoUrl: "https://compagnie-des-gresilles.example.org/logo.svg",
    });
    expect(await linksOf(STUDIO_ESPLANADE)).toEqual({
      website: "https://studio-esplanade.example.org/",
      logoUrl: null,
    });
    expect(await linksOf(FESTIVAL_DES_QUARTIERS)).toEqual({ website: null, logoUrl: null });
  });

  it("lists them with the members", async () => {
    const result = await economic.request<{ members: { edges: { node: Links }[] } }>(
      `{ members(first: 100) { edges { node { website logoUrl } } } }`,
    );
    expect(result.errors).toBeUndefined();
    const nodes = result.data!.members.edges.map((edge) => edge.node);
    expect(nodes.filter((node) => node.website).length).toBeGreaterThanOrEqual(3);
    expect(nodes.filter((node) => node.logoUrl).length).toBeGreaterThanOrEqual(2);
  });
});

describe("writing", () => {
  it("lets a member set its own website and logo, which anonymous callers then read", async () => {
    const links = {
      website: "http://www.compagnie-gresilles.example.com/accueil?lang=fr",
      logoUrl: "https://cdn.example.net/logos/compagnie%20gresilles.png",
    };
    const result = await economic.request<{ updateMember: { member: Links } }>(
      UPDATE,
      { input: { id: COMPAGNIE_DES_GRESILLES, ...links } },
      ownMember,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.updateMember.member).toMatchObject(links);
    expect(await linksOf(COMPAGNIE_DES_GRESILLES)).toEqual(links);
  });

  it("lets staff clear one of them with null and leaves the other as it was", async () => {
    const before = await linksOf(ATELIER_BOUTARIC_IMAGES);
    const result = await economic.request(
      UPDATE,
      { input: { id: ATELIER_BOUTARIC_IMAGES, logoUrl: null } },
      staff,
    );
    expect(result.errors).toBeUndefined();
    expect(await linksOf(ATELIER_BOUTARIC_IMAGES)).toEqual({ website: before!.website, logoUrl: null });
  });

  it("creates a member with its website and logo (staff)", async () => {
    const result = await economic.request<{ createMember: { member: Links & { id: string } } }>(
      CREATE,
      {
        input: {
          name: "Nouvelle structure avec site (test)",
          legalForm: "SAS",
          activities: ["DESIGN"],
          membershipKind: "ASSOCIATED",
          joinedOn: "2014-03-01",
          website: "https://nouvelle-structure.example.org/",
          logoUrl: "https://nouvelle-structure.example.org/logo.webp",
        },
      },
      staff,
    );
    expect(result.errors).toBeUndefined();
    expect(await linksOf(result.data!.createMember.member.id)).toEqual({
      website: "https://nouvelle-structure.example.org/",
      logoUrl: "https://nouvelle-structure.example.org/logo.webp",
    });
  });

  it("refuses another member's links (FORBIDDEN), the council's (FORBIDDEN) and anonymous callers' (UNAUTHENTICATED)", async () => {
    const before = await linksOf(STUDIO_ESPLANADE);
    const input = { id: STUDIO_ESPLANADE, website: "https://pirate.example.org/" };
    expect(codeOf(await economic.request(UPDATE, { input }, otherMember))).toBe("FORBIDDEN");
    expect(codeOf(await economic.request(UPDATE, { input }, council))).toBe("FORBIDDEN");
    expect(codeOf(await economic.request(UPDATE, { input }))).toBe("UNAUTHENTICATED");
    expect(await linksOf(STUDIO_ESPLANADE)).toEqual(before);
  });

  const badWebsites: [string, string][] = [
    ["a javascript: address", "javascript:alert(1)"],
    ["a data: address", "data:text/html,<b>x</b>"],
    ["an ftp address", "ftp://files.example.org/"],
    ["an address without a scheme", "www.example.org"],
    ["a relative path", "/membres/logo.png"],
    ["an address with a user and password", "https://user:secret@example.org/"],
    ["a host without a domain", "https://intranet/"],
    ["an address with a space", "https://exa mple.org/"],
    ["an empty string", ""],
    ["an address of 2,001 characters", `https://example.org/${"a".repeat(2001 - 20)}`],
  ];

  it.each(badWebsites)(
    "refuses %s as a website with BAD_USER_INPUT, and changes nothing",
    async (_c, url) => {
      const before = await linksOf(STUDIO_ESPLANADE);
      const result = await economic.request(UPDATE, { input: { id: STUDIO_ESPLANADE, website: url } }, staff);
      expect(codeOf(result)).toBe("BAD_USER_INPUT");
      expect(JSON.stringify(result.errors)).toMatch(/website/);
      expect(await linksOf(STUDIO_ESPLANADE)).toEqual(before);
    },
  );

  it.each([
    ...badWebsites,
    ["a plain http address (pages served over https could not show it)", "http://example.org/logo.png"],
  ])("refuses %s as a logo with BAD_USER_INPUT", async (_c, url) => {
    const result = await economic.request(UPDATE, { input: { id: STUDIO_ESPLANADE, logoUrl: url } }, staff);
    expect(codeOf(result)).toBe("BAD_USER_INPUT");
    expect(JSON.stringify(result.errors)).toMatch(/logoUrl/);
  });

  it("creates no member when the website is invalid", async () => {
    const before = await rowCounts(economic, ["member", "audit_entry"]);
    const result = await economic.request(
      CREATE,
      {
        input: {
          name: "Structure au site invalide (test)",
          legalForm: "SAS",
          activities: ["DESIGN"],
          membershipKind: "ASSOCIATED",
          joinedOn: "2014-03-01",
          website: "javascript:alert(1)",
        },
      },
      staff,
    );
    expect(codeOf(result)).toBe("BAD_USER_INPUT");
    expect(await rowCounts(economic, ["member", "audit_entry"])).toEqual(before);
  });
});
