// The web site in a real browser (Debian's Chromium through playwright-core) on the real stack: one stack
// and one Chromium for every area (site-harness.ts). Each area's tests live in areas/<area>.ts; the outage
// area runs last, since it stops a subgraph.
import { startSite, type SiteUnderTest } from "./site-harness";
import { productionSignInArea } from "./areas/production-sign-in";
import { shellArea } from "./areas/shell";
import { publicPagesArea } from "./areas/public-pages";
import { outageArea, practicesArea } from "./areas/practices";
import { memberArea } from "./areas/member-area";
import { staffArea } from "./areas/staff";
import { territoryArea } from "./areas/territory";
import { participationArea } from "./areas/participation";
import { councilArea } from "./areas/council";

let site: SiteUnderTest;

beforeAll(async () => {
  site = await startSite();
}, 240_000);

afterAll(async () => {
  await site?.stop();
});

const current = () => site;

describe("the site's frame: pages, sign-in, security headers", () => shellArea(current));
describe("sign-in in production: OpenID Connect", () => productionSignInArea(current));
describe("public pages: home, members, actions", () => publicPagesArea(current));
describe("participation: the Esplanade Boutaric and its contribution form", () => participationArea(current));
describe("the practice library", () => practicesArea(current));
describe("the member's area", () => memberArea(current));
describe("the territory's area", () => territoryArea(current));
describe("the regional council's dashboard", () => councilArea(current));
describe("the staff's back-office", () => staffArea(current));
// Last: it stops the economic subgraph (and starts it again).
describe("a subgraph down", () => outageArea(current));
