import { ApolloClient, CombinedGraphQLErrors, gql, HttpLink, InMemoryCache } from "@apollo/client";
import { tokenFor } from "@pole/subgraph-kit/testing";
import { startSubgraphProcesses, type RunningSubgraphs } from "@pole/stack/testing";
import { postJson, startGateway, type GatewayUnderTest } from "./gateway-harness";

// What a form shows: through the real gateway, with Apollo Client as a frontend uses it, a mutation of
// each subgraph with several failing fields gets one BAD_USER_INPUT whose `extensions.fieldErrors` lists
// every field (nested inputs and list items included) with its rule and a message in the language the
// request's Accept-Language asks for; every other error code comes in that language too.

const MEMBER_1 = "a0000000-0000-4000-8000-000000000001";
const MEMBER_WHO_LEFT = "a0000000-0000-4000-8000-000000000016";
const DIJON = "c1000000-0000-4000-8000-000000000001";
/** Validation runs before the resolver looks the phase up: any UUID will do. */
const SOME_PHASE = "b2000000-0000-4000-8000-000000000001";

interface FieldErrorShape {
  path: (string | number)[];
  rule: string;
  message: string;
}

function clientOf(url: string, headers: Record<string, string>): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: url, headers }),
    cache: new InMemoryCache(),
    defaultOptions: { query: { fetchPolicy: "no-cache" }, mutate: { fetchPolicy: "no-cache" } },
  });
}

/** The GraphQL errors of a mutation, as Apollo Client hands them to the application. */
async function errorsOf(client: ApolloClient, mutation: string, variables: Record<string, unknown>) {
  const result = await client.mutate({ mutation: gql(mutation), variables, errorPolicy: "all" });
  if (!CombinedGraphQLErrors.is(result.error))
    throw new Error(`expected GraphQL errors, got ${result.error}`);
  return result.error.errors;
}

/** Field errors sorted by path, for comparisons that do not depend on the order of validation. */
const byPath = (errors: FieldErrorShape[]) =>
  [...errors].sort((a, b) => JSON.stringify(a.path).localeCompare(JSON.stringify(b.path)));

let subgraphs: RunningSubgraphs;
let gateway: GatewayUnderTest;
let staff: string;

beforeAll(async () => {
  subgraphs = await startSubgraphProcesses();
  gateway = await startGateway(subgraphs.routes, {
    rateLimit: { perIp: 10_000, perToken: 10_000, windowSeconds: 60 },
  });
  staff = await tokenFor({ role: "staff" });
}, 120_000);

afterAll(async () => {
  await gateway?.stop();
  await subgraphs?.stop();
});

const CREATE_COMMERCIAL_ACTION = `mutation($input: CreateCommercialActionInput!) {
  createCommercialAction(input: $input) { commercialAction { id } }
}`;

const badCommercialAction = {
  kind: "COMMUNICATION",
  title: "",
  startsOn: "2014-03-01",
  participants: [
    { memberId: MEMBER_1, contribution: 100 },
    { memberId: "pas-un-uuid", contribution: 12.345 },
  ],
};

describe("economic: createCommercialAction with several bad fields", () => {
  it("lists every failing field with its path, list index included, its rule and an English message", async () => {
    const client = clientOf(gateway.url, { authorization: `Bearer ${staff}` });
    const [error] = await errorsOf(client, CREATE_COMMERCIAL_ACTION, { input: badCommercialAction });
    expect(error.extensions?.code).toBe("BAD_USER_INPUT");
    expect(byPath(error.extensions?.fieldErrors as FieldErrorShape[])).toEqual([
      {
        path: ["input", "participants", 1, "contribution"],
        rule: "range",
        message: expect.stringMatching(
          /^must be an amount in euros from 0 to 1000000000, with at most two decimals$/,
        ),
      },
      { path: ["input", "participants", 1, "memberId"], rule: "format", message: "must be a UUID" },
      { path: ["input", "title"], rule: "length", message: "must be between 1 and 200 characters long" },
    ]);
    expect(error.message).toMatch(/^Invalid input: .*input\.participants\[1\]\.memberId: must be a UUID/);
  });

  it("says the same in French for Accept-Language: fr-FR", async () => {
    const client = clientOf(gateway.url, {
      authorization: `Bearer ${staff}`,
      "accept-language": "fr-FR,fr;q=0.9",
    });
    const [error] = await errorsOf(client, CREATE_COMMERCIAL_ACTION, { input: badCommercialAction });
    expect(byPath(error.extensions?.fieldErrors as FieldErrorShape[])).toEqual([
      {
        path: ["input", "participants", 1, "contribution"],
        rule: "range",
        // French typography: narrow no-break spaces between thousands.
        message:
          "doit être un montant en euros de 0 à 1\u202f000\u202f000\u202f000, avec au plus deux décimales",
      },
      { path: ["input", "participants", 1, "memberId"], rule: "format", message: "doit être un UUID" },
      { path: ["input", "title"], rule: "length", message: "doit compter entre 1 et 200 caractères" },
    ]);
    expect(error.message).toMatch(
      /^Saisie invalide : .*input\.title : doit compter entre 1 et 200 caractères/,
    );
  });

  it("gives the resolver's own checks as field errors too, all at once", async () => {
    const client = clientOf(gateway.url, { authorization: `Bearer ${staff}`, "accept-language": "fr" });
    const [error] = await errorsOf(
      client,
      `mutation($input: AddAssociationMemberInput!) { addAssociationMember(input: $input) { associationMember { id } } }`,
      {
        input: {
          college: "MEMBER_ENTERPRISES",
          kind: "ORGANISATION",
          name: "Une structure",
          joinedOn: "2013-01-01",
          hasVotingRights: false,
          votes: 2,
        },
      },
    );
    expect(error.extensions?.code).toBe("BAD_USER_INPUT");
    expect(byPath(error.extensions?.fieldErrors as FieldErrorShape[])).toEqual([
      {
        path: ["input", "memberId"],
        rule: "required",
        message: "est obligatoire dans le collège MEMBER_ENTERPRISES",
      },
      { path: ["input", "votes"], rule: "consistency", message: "doit valoir 0 sans droit de vote" },
    ]);
  });
});

const SUBMIT = `mutation($input: SubmitContributionInput!) {
  submitContribution(input: $input) { contribution { id } }
}`;

describe("neighbourhood: submitContribution with several bad fields", () => {
  const input = {
    phaseId: SOME_PHASE,
    displayName: " x ",
    body: "Écrivez-moi à voisine.b@example.fr pour en parler.",
  };

  it("names both fields, in English without Accept-Language", async () => {
    const [error] = await errorsOf(clientOf(gateway.url, {}), SUBMIT, { input });
    expect(error.extensions?.code).toBe("BAD_USER_INPUT");
    expect(byPath(error.extensions?.fieldErrors as FieldErrorShape[])).toEqual([
      {
        path: ["input", "body"],
        rule: "contactData",
        message: "must not contain an e-mail address or a phone number (contributions are public)",
      },
      {
        path: ["input", "displayName"],
        rule: "length",
        message: "must be between 2 and 60 characters long (spaces at both ends not counted)",
      },
    ]);
  });

  it("names both fields in French when French is preferred by q-value", async () => {
    const client = clientOf(gateway.url, { "accept-language": "en;q=0.5, fr-CA;q=0.8" });
    const [error] = await errorsOf(client, SUBMIT, { input });
    expect(byPath(error.extensions?.fieldErrors as FieldErrorShape[])).toEqual([
      {
        path: ["input", "body"],
        rule: "contactData",
        message:
          "ne doit contenir ni adresse e-mail ni numéro de téléphone (les contributions sont publiques)",
      },
      {
        path: ["input", "displayName"],
        rule: "length",
        message: "doit compter entre 2 et 60 caractères (espaces de début et de fin non comptés)",
      },
    ]);
  });

  it("gives each bad item of an `each` rule its own index, inside a nested input", async () => {
    const client = clientOf(gateway.url, { authorization: `Bearer ${staff}`, "accept-language": "fr" });
    const [error] = await errorsOf(
      client,
      `mutation($input: CreateNeighbourhoodActionInput!) { createNeighbourhoodAction(input: $input) { action { id } } }`,
      {
        input: {
          kind: "MARKET_STUDY",
          title: "A",
          description: "Une étude de marché pour un café associatif.",
          startsOn: "2014-01-06",
          place: "Esplanade Boutaric",
          placeKind: "BOUTARIC_BUILDING",
          leadMemberIds: [MEMBER_1],
          marketStudy: {
            question: "Un café ?",
            nafCodes: ["56.30Z", "5630Z", "56.10A", "café"],
            status: "IN_PROGRESS",
            poleRole: "CARRIED",
          },
        },
      },
    );
    expect(byPath(error.extensions?.fieldErrors as FieldErrorShape[])).toEqual([
      {
        path: ["input", "marketStudy", "nafCodes", 1],
        rule: "format",
        message: "doit ressembler à 56.30Z (2 chiffres, un point, 2 chiffres, une majuscule)",
      },
      {
        path: ["input", "marketStudy", "nafCodes", 3],
        rule: "format",
        message: "doit ressembler à 56.30Z (2 chiffres, un point, 2 chiffres, une majuscule)",
      },
      { path: ["input", "title"], rule: "length", message: expect.stringMatching(/^doit compter/) },
    ]);
  });
});

const CREATE_TERRITORY = `mutation($input: CreateTerritoryInput!) { createTerritory(input: $input) { territory { id } } }`;

describe("knowledge: createTerritory and createPractice with several bad fields", () => {
  const input = { name: "", inseeCode: "21-231", kind: "COMMUNE", qpvCodes: ["QP021003", "QP21003"] };

  it("names every field, list items by index, in English", async () => {
    const client = clientOf(gateway.url, {
      authorization: `Bearer ${staff}`,
      "accept-language": "de, en;q=0.1",
    });
    const [error] = await errorsOf(client, CREATE_TERRITORY, { input });
    expect(byPath(error.extensions?.fieldErrors as FieldErrorShape[])).toEqual([
      {
        path: ["input", "inseeCode"],
        rule: "format",
        message: "must be 5 digits or capital letters, e.g. 21231",
      },
      { path: ["input", "name"], rule: "required", message: "must not be empty" },
      {
        path: ["input", "qpvCodes", 1],
        rule: "format",
        message:
          "must be a QPV code: QN then 6 or 7 characters (2024 geography, e.g. QN02501M) or QP then 6 digits (2015 geography, e.g. QP021003)",
      },
    ]);
  });

  it("and in French", async () => {
    const client = clientOf(gateway.url, { authorization: `Bearer ${staff}`, "accept-language": "fr" });
    const [error] = await errorsOf(client, CREATE_TERRITORY, { input });
    expect(byPath(error.extensions?.fieldErrors as FieldErrorShape[])).toEqual([
      {
        path: ["input", "inseeCode"],
        rule: "format",
        message: "doit compter 5 chiffres ou majuscules, par exemple 21231",
      },
      { path: ["input", "name"], rule: "required", message: "ne doit pas être vide" },
      {
        path: ["input", "qpvCodes", 1],
        rule: "format",
        message:
          "doit être un code QPV : QN suivi de 6 ou 7 caractères (géographie 2024, par exemple QN02501M) ou QP suivi de 6 chiffres (géographie 2015, par exemple QP021003)",
      },
    ]);
  });

  it("lists every text a practice in review lacks, and those shorter than the review asks", async () => {
    const client = clientOf(gateway.url, { authorization: `Bearer ${staff}`, "accept-language": "fr" });
    const [error] = await errorsOf(
      client,
      `mutation($input: CreatePracticeInput!) { createPractice(input: $input) { practice { id } } }`,
      {
        input: {
          title: "Un jardin partagé",
          summary: "Des habitants cultivent ensemble.",
          pillar: "ECONOMIC_DEVELOPMENT",
          status: "IN_REVIEW",
          territoryId: DIJON,
        },
      },
    );
    expect(error.extensions?.code).toBe("BAD_USER_INPUT");
    expect(
      (error.extensions?.fieldErrors as FieldErrorShape[]).map(({ path, rule }) => ({ path, rule })),
    ).toEqual([
      { path: ["input", "challenge"], rule: "required" },
      { path: ["input", "description"], rule: "required" },
      { path: ["input", "transferability"], rule: "required" },
      { path: ["input", "summary"], rule: "length" },
    ]);
    expect((error.extensions?.fieldErrors as FieldErrorShape[])[0].message).toBe(
      "est obligatoire avant la relecture (challenge, description, transferability)",
    );
    expect((error.extensions?.fieldErrors as FieldErrorShape[])[3].message).toBe(
      "doit compter au moins 100 caractères avant la relecture (il en a 33)",
    );
  });
});

describe("variables GraphQL refuses for their type", () => {
  it("are field errors too, in French: a missing required field, a wrong type, an unknown enum value", async () => {
    const response = await postJson(
      gateway.url,
      { query: SUBMIT, variables: { input: { phaseId: SOME_PHASE, body: 3 } } },
      { "accept-language": "fr" },
    );
    expect(response.status).toBe(400);
    const fieldErrors = response.body?.errors?.flatMap(
      (error) => (error.extensions as { fieldErrors?: FieldErrorShape[] }).fieldErrors ?? [],
    );
    expect(byPath(fieldErrors ?? [])).toEqual([
      { path: ["input", "body"], rule: "type", message: "n'est pas une valeur de type String" },
      { path: ["input", "displayName"], rule: "required", message: "est obligatoire" },
    ]);
    expect(response.body?.errors?.map((error) => error.extensions?.code)).toEqual([
      "BAD_USER_INPUT",
      "BAD_USER_INPUT",
    ]);
  });

  it("including a custom scalar only the subgraph can read (a LocalDate that is no date)", async () => {
    const client = clientOf(gateway.url, { authorization: `Bearer ${staff}` });
    const [error] = await errorsOf(client, CREATE_COMMERCIAL_ACTION, {
      input: {
        ...badCommercialAction,
        title: "Salon",
        startsOn: "2014-02-30",
        participants: [{ memberId: MEMBER_1, contribution: 1 }],
      },
    });
    expect(error.extensions?.code).toBe("BAD_USER_INPUT");
    expect(error.extensions?.fieldErrors).toEqual([
      { path: ["input", "startsOn"], rule: "format", message: "is not a valid value here" },
    ]);
  });
});

describe("every error code our services raise, in the request's language", () => {
  const french = { "accept-language": "fr" };

  it("UNAUTHENTICATED (from the gateway) and FORBIDDEN, NOT_FOUND, CONFLICT (from subgraphs)", async () => {
    const badToken = await postJson(
      gateway.url,
      { query: "{ members(first: 1) { totalCount } }" },
      {
        ...french,
        authorization: "Bearer nonsense",
      },
    );
    expect(badToken.status).toBe(401);
    expect(badToken.body?.errors?.[0]).toMatchObject({
      message: "Le jeton n'est pas valide.",
      extensions: { code: "UNAUTHENTICATED" },
    });

    const council = clientOf(gateway.url, {
      authorization: `Bearer ${await tokenFor({ role: "council" })}`,
      ...french,
    });
    const [forbidden] = await errorsOf(council, CREATE_TERRITORY, {
      input: { name: "Chenôve", inseeCode: "21166", kind: "COMMUNE" },
    });
    expect(forbidden).toMatchObject({
      message: "Vous n'avez pas le droit de faire cela.",
      extensions: { code: "FORBIDDEN" },
    });

    const staffFr = clientOf(gateway.url, { authorization: `Bearer ${staff}`, ...french });
    const unknown = "a0000000-0000-4000-8000-0000000000ff";
    const [notFound] = await errorsOf(
      staffFr,
      `mutation($input: EndOfficeLeaseInput!) { endOfficeLease(input: $input) { officeLease { id } } }`,
      { input: { leaseId: unknown, endsOn: "2014-01-01" } },
    );
    expect(notFound).toMatchObject({
      message: "Aucun bail de bureau n'a cet identifiant.",
      extensions: {
        code: "NOT_FOUND",
        fieldErrors: [
          {
            path: ["input", "leaseId"],
            rule: "exists",
            message: "Aucun bail de bureau n'a cet identifiant.",
          },
        ],
      },
    });

    const [conflict] = await errorsOf(
      staffFr,
      `mutation($input: RecordMemberDepartureInput!) { recordMemberDeparture(input: $input) { member { id } } }`,
      { input: { memberId: MEMBER_WHO_LEFT, leftOn: "2014-01-01" } },
    );
    expect(conflict).toMatchObject({
      message: "Le membre est déjà parti le 2012-06-30.",
      extensions: { code: "CONFLICT" },
    });
  });

  it("OPERATION_TOO_COMPLEX and BAD_USER_INPUT raised by the gateway itself", async () => {
    const deep = await postJson(gateway.url, { query: `{ members(first: 200) { totalCount } }` }, french);
    expect(deep.body?.errors?.[0]).toMatchObject({
      message: "first doit être compris entre 0 et 100 ; members en demande 200.",
      extensions: { code: "BAD_USER_INPUT", fieldErrors: [{ path: ["first"], rule: "range" }] },
    });
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: __typename`).join(" ");
    const tooMany = await postJson(gateway.url, { query: `{ ${aliases} }` }, french);
    expect(tooMany.body?.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^L'opération a 40 alias ; au plus \d+ sont acceptés\.$/),
      extensions: { code: "OPERATION_TOO_COMPLEX", limit: "aliases", found: 40 },
    });
  });

  it("RATE_LIMITED and SERVICE_UNAVAILABLE, and the answers vary with Accept-Language", async () => {
    const strict = await startGateway(
      { economic: { url: "http://127.0.0.1:9/graphql" }, ...withoutEconomic(subgraphs.routes) },
      { rateLimit: { perIp: 1, perToken: 1, windowSeconds: 60 } },
    );
    try {
      const down = await postJson(strict.url, { query: "{ members(first: 1) { totalCount } }" }, french);
      expect(down.headers.get("vary")).toMatch(/accept-language/i);
      expect(down.body?.errors?.[0]).toMatchObject({
        message: "Un service derrière la passerelle n'a pas répondu ; réessayez plus tard.",
        extensions: { code: "SERVICE_UNAVAILABLE" },
      });
      const limited = await postJson(strict.url, { query: "{ __typename }" }, french);
      expect(limited.status).toBe(429);
      expect(limited.body?.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/^Trop de requêtes ; réessayez dans \d+ s\.$/),
        extensions: { code: "RATE_LIMITED" },
      });
      const inEnglish = await postJson(
        strict.url,
        { query: "{ __typename }" },
        { "accept-language": "fr;q=0, en" },
      );
      expect(inEnglish.body?.errors?.[0].message).toMatch(/^Too many requests; retry in \d+ s\.$/);
    } finally {
      await strict.stop();
    }
  });
});

function withoutEconomic(routes: RunningSubgraphs["routes"]) {
  const { economic: _economic, ...others } = routes;
  return others;
}
