import { composeServices } from "@apollo/composition";
import { printSubgraphSchema } from "@apollo/subgraph";
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  parse,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLSchema,
} from "graphql";
import type { SubgraphUnderTest } from "@pole/subgraph-kit/testing";
import { containsContactData } from "../src/contribution/text-rules";
import { sampleActions, sampleProject } from "../src/sample-data/sample-actions";
import * as sampleDetails from "../src/sample-data/sample-details";
import * as sampleProjectData from "../src/sample-data/sample-project";
import { buildNeighbourhoodSchema } from "../src/schema";
import { startNeighbourhood } from "./neighbourhood-harness";

/**
 * Words that, in a field or column name, mean data about a person: contact data, identity, location of a
 * person, sensitive data. Names are split into words (camelCase, snake_case) before the check.
 */
const PERSONAL_WORDS = new Set([
  "email",
  "mail",
  "phone",
  "telephone",
  "mobile",
  "contact",
  "address",
  "street",
  "postcode",
  "zip",
  "birth",
  "birthday",
  "birthdate",
  "age",
  "gender",
  "sex",
  "nationality",
  "firstname",
  "lastname",
  "surname",
  "fullname",
  "person",
  "people",
  "resident",
  "inhabitant",
  "ip",
  "ssn",
  "iban",
  "passport",
  "health",
  "religion",
  "ethnicity",
  "photo",
  "avatar",
  "latitude",
  "longitude",
  "name",
]);

/** Scalars of graphql-scalars (and the like) that carry data about a person. */
const PERSONAL_SCALARS = new Set([
  "EmailAddress",
  "PhoneNumber",
  "PostalCode",
  "IP",
  "IPv4",
  "IPv6",
  "Latitude",
  "Longitude",
  "JWT",
]);

/**
 * The one field about a person the API may return: the name an inhabitant chose to sign a contribution
 * with. (Counts of inhabitants such as `inhabitantsReached` are aggregates: "inhabitants" in the plural, a
 * number, no person behind it; they are listed here so that the rule stays strict for everything else.)
 */
const ALLOWED_FIELDS = new Set([
  "Contribution.displayName",
  "NeighbourhoodAction.inhabitantsReached",
  "NeighbourhoodReport.inhabitantsReached",
  "NeighbourhoodReport.inhabitantsReachedByKind",
  "CreateNeighbourhoodActionInput.inhabitantsReached",
  "UpdateNeighbourhoodActionInput.inhabitantsReached",
  "NeighbourhoodActionSortField.INHABITANTS_REACHED",
  "SubmitContributionInput.displayName",
  // The indicator catalogue's unit of a count of people (an aggregate, e.g. inhabitantsReached): no person's data.
  "ReportUnit.PEOPLE",
]);

const wordsOf = (name: string) =>
  name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .split(/[\s_]+/)
    .map((word) => word.toLowerCase());

const isPersonal = (name: string) =>
  wordsOf(name).some((word) => PERSONAL_WORDS.has(word) || PERSONAL_WORDS.has(word.replace(/s$/, "")));

/** The supergraph the neighbourhood subgraph composes into, as clients see it (API schema). */
async function composedApiSchema(): Promise<GraphQLSchema> {
  const sdl = printSubgraphSchema(await buildNeighbourhoodSchema());
  const composition = composeServices([
    { name: "neighbourhood", url: "http://127.0.0.1:4002/graphql", typeDefs: parse(sdl) },
  ]);
  if (composition.errors) throw new Error(composition.errors.map((error) => error.message).join("\n"));
  return composition.schema.toAPISchema().toGraphQLJSSchema();
}

/** Every field (and argument) of the schema's own types, as `Type.field` with its named type. */
function fieldsOf(schema: GraphQLSchema): { path: string; name: string; type: string }[] {
  const found: { path: string; name: string; type: string }[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith("__")) continue;
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields()) as (
        GraphQLField<unknown, unknown> | GraphQLInputField
      )[]) {
        found.push({
          path: `${type.name}.${field.name}`,
          name: field.name,
          type: getNamedType(field.type).name,
        });
        for (const arg of "args" in field ? field.args : []) {
          found.push({
            path: `${type.name}.${field.name}(${arg.name})`,
            name: arg.name,
            type: getNamedType(arg.type).name,
          });
        }
      }
    }
  }
  return found;
}

/** Every string in a value, however deeply nested. */
function stringsIn(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (value instanceof Date || value === null || typeof value !== "object") return [];
  return Object.values(value).flatMap(stringsIn);
}

describe("no query returns data about a person other than a contribution's chosen display name", () => {
  it("has no field or argument of a personal kind in the composed schema's neighbourhood types", async () => {
    const schema = await composedApiSchema();
    const fields = fieldsOf(schema);
    expect(fields.length).toBeGreaterThan(200); // the walk did reach the types
    expect(fields.map((field) => field.path)).toContain("Contribution.displayName");
    const offending = fields.filter(
      (field) =>
        !ALLOWED_FIELDS.has(field.path) && (isPersonal(field.name) || PERSONAL_SCALARS.has(field.type)),
    );
    expect(offending).toEqual([]);
  });

  it("would catch a field of a personal kind (the check itself works)", () => {
    for (const name of [
      "email",
      "phoneNumber",
      "postalAddress",
      "birthDate",
      "firstName",
      "inhabitantName",
      "clientIp",
    ]) {
      expect(isPersonal(name)).toBe(true);
    }
    for (const name of ["place", "title", "voteCount", "carrierGroup", "actorSubject", "leadMembers"]) {
      expect(isPersonal(name)).toBe(false);
    }
  });

  it("has no enum value naming a kind of personal data", async () => {
    const schema = await composedApiSchema();
    const enumValues = Object.values(schema.getTypeMap())
      .filter(isEnumType)
      .filter((type) => !type.name.startsWith("__"))
      .flatMap((type) => type.getValues().map((value) => `${type.name}.${value.name}`));
    expect(enumValues.filter((path) => !ALLOWED_FIELDS.has(path) && isPersonal(path.split(".")[1]))).toEqual(
      [],
    );
  });
});

describe("the stored data holds no personal data", () => {
  let neighbourhood: SubgraphUnderTest;
  beforeAll(async () => {
    neighbourhood = await startNeighbourhood();
  });
  afterAll(() => neighbourhood.stop());

  it("has no column of a personal kind but the contribution's display name", async () => {
    const columns: { table_name: string; column_name: string }[] = await neighbourhood.dataSource.query(
      `SELECT table_name, column_name FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name <> 'typeorm_migrations' ORDER BY table_name, column_name`,
    );
    expect(columns.length).toBeGreaterThan(50);
    const allowed = new Set(["contribution.display_name", "neighbourhood_action.inhabitants_reached"]);
    const offending = columns
      .map((column) => `${column.table_name}.${column.column_name}`)
      .filter((path) => !allowed.has(path) && isPersonal(path.split(".")[1]));
    expect(offending).toEqual([]);
  });

  it("has no e-mail address or phone number anywhere in the sample data", () => {
    const strings = stringsIn([sampleActions, sampleProject, sampleDetails, sampleProjectData]);
    expect(strings.length).toBeGreaterThan(100);
    expect(strings.filter(containsContactData)).toEqual([]);
  });

  it("has no e-mail address or phone number anywhere in the database once loaded", async () => {
    const rows = await neighbourhood.dataSource.query(
      `SELECT to_jsonb(t)::text AS row FROM (
         SELECT title, description, place, partners::text, cancellation_reason FROM neighbourhood_action
         UNION ALL SELECT display_name, body, moderation_reason, NULL, NULL FROM contribution
         UNION ALL SELECT initiative, carrier_group, help_given, NULL, NULL FROM collective_initiative
         UNION ALL SELECT question, findings, NULL, NULL, NULL FROM market_study
       ) t`,
    );
    expect(rows.length).toBeGreaterThan(30);
    expect(rows.map((row: { row: string }) => row.row).filter(containsContactData)).toEqual([]);
  });
});
