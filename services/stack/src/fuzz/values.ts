// Values drawn per input type: boundary integers, empty and 10 kB strings, NUL and lone surrogates, accents
// and emoji, SQL and tsquery syntax, valid and invalid UUIDs and dates, cursors forged and reused from
// other lists. Most draws are sane (so operations get past validation and reach the resolvers and SQL),
// the rest hostile.
import fc from "fast-check";
import {
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLInputType,
} from "graphql";

/** Ids and cursors read from the stack before the run (see harvest.ts), by type name and overall. */
export interface ValuePools {
  /** Record ids by `__typename`. */
  idsByType: Record<string, string[]>;
  /** Cursors of every list read, each list's own. */
  cursors: string[];
}

export const HOSTILE_STRINGS = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\ud800",
  "x\udfffy",
  "é",
  "Grésilles",
  "ÉCOLE œuvre ça",
  "🎭🎨",
  "👩🏽‍🎨",
  "'",
  "''",
  "\\",
  "%",
  "_%",
  "'; DROP TABLE member; --",
  "' OR '1'='1",
  "1; SELECT pg_sleep(1)",
  "$1",
  "a & b",
  "a | !b",
  "!",
  "&",
  "a:*",
  "(((",
  "<->",
  "théâtre <-> quartier",
  '"',
  "<script>alert(1)</script>",
  "null",
  "undefined",
  "NaN",
  "\n\t\r",
  "\u202e",
  "x".repeat(10_240),
  "é".repeat(5_120),
];

export const FRENCH_WORDS = [
  "Atelier",
  "théâtre",
  "quartier",
  "Esplanade Boutaric",
  "résidence",
  "habitants",
  "Grésilles",
  "formation",
  "Compagnie",
  "exemple",
];

const text = fc.oneof(
  {
    weight: 5,
    arbitrary: fc
      .array(fc.constantFrom(...FRENCH_WORDS), { minLength: 1, maxLength: 4 })
      .map((w) => w.join(" ")),
  },
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 20 }) },
);

const INT_BOUNDARIES = [0, 1, -1, 2, 20, 99, 100, 101, 1000, 2_147_483_647, -2_147_483_648];
const YEARS = [2010, 2011, 2012, 2013, 2014, 2026, 2027, 1900, 1, 0, -1, 9999, 10_000];

const integer = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: 0, max: 50 }) },
  { weight: 3, arbitrary: fc.constantFrom(...INT_BOUNDARIES) },
  { weight: 1, arbitrary: fc.integer() },
);
const year = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 2010, max: 2014 }) },
  { weight: 2, arbitrary: fc.constantFrom(...YEARS) },
);
const pageSize = fc.oneof(
  { weight: 12, arbitrary: fc.integer({ min: 1, max: 4 }) },
  { weight: 1, arbitrary: fc.constantFrom(0, -1, 100, 101, 2_147_483_647, -2_147_483_648) },
);
const float = fc.oneof(
  { weight: 4, arbitrary: fc.double({ min: 0, max: 10_000, noNaN: true }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(0, -0, -1, 0.5, 1e-9, 1e15, 1.7976931348623157e308, -1.7976931348623157e308),
  },
);

const validDate = fc
  .date({ min: new Date("2003-01-01T00:00:00Z"), max: new Date("2035-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const localDate = fc.oneof(
  { weight: 6, arbitrary: validDate },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      "2013-06-01",
      "2013-01-01",
      "2013-12-31",
      "2013-02-29",
      "2012-02-29",
      "2013-02-30",
      "2013-13-01",
      "2013-6-1",
      "0000-01-01",
      "9999-12-31",
      "1969-12-31",
      "2013-06-01T00:00:00Z",
      "",
      "demain",
      "2013/06/01",
      "+002013-06-01",
    ),
  },
);
const dateTime = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .date({ min: new Date("2003-01-01"), max: new Date("2035-01-01"), noInvalidDate: true })
      .map((d) => d.toISOString()),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "2013-06-01T25:00:00Z",
      "2013-06-01",
      "",
      "0000-00-00T00:00:00Z",
      "2013-06-01T10:00:00+14:00",
    ),
  },
);

const INVALID_IDS = [
  "",
  "not-a-uuid",
  "00000000-0000-0000-0000-000000000000",
  "ffffffff-ffff-ffff-ffff-ffffffffffff",
  "a0000000-0000-4000-8000-00000000000z",
  "a0000000000040008000000000000001",
  "{a0000000-0000-4000-8000-000000000001}",
  "a0000000-0000-4000-8000-000000000001 ",
  "1",
  "-1",
  "' OR 1=1 --",
  "\u0000",
];

const forgedCursor = fc.oneof(
  fc.constantFrom("", "abc", "====", "eyJ9", "bnVsbA", "W10", "eyJrIjpbXX0", "\u0000", "x".repeat(10_240)),
  fc.string({ maxLength: 40 }).map((s) => Buffer.from(s).toString("base64url")),
  fc.jsonValue({ maxDepth: 2 }).map((v) => Buffer.from(JSON.stringify(v)).toString("base64url")),
);

/** The stem an id argument names: `memberId` → member, `leadMemberIds` → leadmember, `id` of UpdateFooInput → foo. */
function idStem(argName: string, ownerName: string): string {
  const named = /^(.*?)Ids?$/.exec(argName)?.[1];
  if (named) return named.toLowerCase();
  const owner =
    /^(?:Update|Delete|Cancel|Moderate|Publish|Review|Archive|Withdraw|Close|Reopen)?(.*?)(?:Input)?$/.exec(
      ownerName,
    )?.[1];
  return (owner ?? "").toLowerCase();
}

/** Ids of the types an id argument probably names (type names ending with its stem), else all ids. */
function idCandidates(pools: ValuePools, argName: string, ownerName: string): string[] {
  const stem = idStem(argName, ownerName);
  const matching = Object.entries(pools.idsByType)
    .filter(([type]) => stem && (type.toLowerCase().endsWith(stem) || stem.endsWith(type.toLowerCase())))
    .flatMap(([, ids]) => ids);
  const all = Object.values(pools.idsByType).flat();
  return matching.length > 0 ? matching : all;
}

export interface ValueContext {
  pools: ValuePools;
  /** The argument's or input field's name. */
  name: string;
  /** The field or input type it belongs to. */
  owner: string;
  /** A page-size argument (`first`, or a list's `@listSize` slicing argument). */
  slicing?: boolean;
}

function idValue(context: ValueContext): fc.Arbitrary<string> {
  const candidates = idCandidates(context.pools, context.name, context.owner);
  return fc.oneof(
    ...(candidates.length > 0 ? [{ weight: 8, arbitrary: fc.constantFrom(...candidates) }] : []),
    ...(candidates.length > 0
      ? [{ weight: 1, arbitrary: fc.constantFrom(...candidates).map((id) => id.toUpperCase()) }]
      : []),
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 2, arbitrary: fc.constantFrom(...INVALID_IDS) },
  );
}

function cursorValue(pools: ValuePools): fc.Arbitrary<string> {
  return pools.cursors.length > 0
    ? fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...pools.cursors) },
        { weight: 2, arbitrary: forgedCursor },
      )
    : forgedCursor;
}

function scalarValue(typeName: string, context: ValueContext): fc.Arbitrary<unknown> {
  const name = context.name;
  switch (typeName) {
    case "Int":
      if (context.slicing || name === "first" || name === "last") return pageSize;
      if (/year|^from$|^to$/i.test(name)) return year;
      return integer;
    case "Float":
      return float;
    case "Boolean":
      return fc.boolean();
    case "ID":
      return idValue(context);
    case "LocalDate":
      return localDate;
    case "DateTimeISO":
      return dateTime;
    case "String":
      if (name === "after" || name === "before") return cursorValue(context.pools);
      if (/Id$/.test(name)) return idValue(context);
      return text;
    default:
      return fc.oneof(text, integer);
  }
}

/** Sub-values of an input object are named for its fields; lists hold 0–3 items. */
export function valueFor(type: GraphQLInputType, context: ValueContext, depth = 0): fc.Arbitrary<unknown> {
  const nullable = getNullableType(type) as GraphQLInputType;
  const value = ((): fc.Arbitrary<unknown> => {
    if (isListType(nullable)) {
      return fc.array(valueFor(nullable.ofType, context, depth + 1), { maxLength: 3 });
    }
    if (isEnumType(nullable)) {
      const values = nullable.getValues().map((v) => v.name);
      return fc.oneof(
        { weight: 20, arbitrary: fc.constantFrom(...values) },
        { weight: 1, arbitrary: fc.constant("NOT_A_VALUE") },
      );
    }
    if (isScalarType(nullable)) return scalarValue(nullable.name, context);
    if (isInputObjectType(nullable)) {
      const fields = Object.values(nullable.getFields());
      const shape: Record<string, fc.Arbitrary<unknown>> = {};
      const required: string[] = [];
      for (const field of fields) {
        if (depth > 3 && !isNonNullType(field.type)) continue;
        shape[field.name] = valueFor(
          field.type,
          { ...context, name: field.name, owner: nullable.name },
          depth + 1,
        );
        if (isNonNullType(field.type) && field.defaultValue === undefined) required.push(field.name);
      }
      return fc.record(shape, { requiredKeys: required });
    }
    return fc.constant(null);
  })();
  return isNonNullType(type) ? value : fc.option(value, { nil: null, freq: 12 });
}
