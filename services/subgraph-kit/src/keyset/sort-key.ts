import { createHash } from "node:crypto";
import { isStorableText } from "../unsafe-text";

/**
 * The PostgreSQL types a sort key may have. Every value travels as text: selected with `textOf`, carried
 * in the cursor, checked by `validKeyText` and cast back with `castOf`, so nothing is lost on the way
 * (microseconds of a timestamp, the exact float of a search rank, a bigint beyond 2^53).
 */
export type KeyType =
  "uuid" | "text" | "int" | "bigint" | "numeric" | "real" | "date" | "timestamptz" | "enum";

/** One column (or SQL expression) of a list's order. */
export interface KeyPart {
  /** SQL of the value, on the list's alias (e.g. `member.name`, `ts_rank(...)`); never from the client. */
  sql: string;
  type: KeyType;
  direction?: "ASC" | "DESC";
  /** Whether the value may be NULL; nulls come last in either direction. */
  nullable?: boolean;
  /** For `enum`: the PostgreSQL type name and its labels. */
  enumName?: string;
  enumValues?: readonly string[];
}

/**
 * The order of one list as keyset pagination uses it: key parts ending with a unique one (the id), the
 * list's name, and a signature of the order, so that a cursor of another list or another sort is refused.
 */
export interface Keyset {
  list: string;
  parts: readonly (KeyPart & { direction: "ASC" | "DESC" })[];
  signature: string;
}

/** Declares a list's keyset order; the last part(s) must make each row unique (the id, usually). */
export function keyset(list: string, parts: KeyPart[]): Keyset {
  if (parts.length === 0) throw new Error(`keyset ${list}: no key part`);
  const full = parts.map((part) => ({ ...part, direction: part.direction ?? ("ASC" as const) }));
  const order = full.map((part) => `${part.sql} ${part.type} ${part.direction}`).join(",");
  const signature = createHash("sha256").update(`${list}|${order}`).digest("base64url").slice(0, 10);
  return { list, parts: full, signature };
}

/** SQL giving a key part's value as text (null stays null), in a form `castOf` reads back exactly. */
export function textOf(part: KeyPart): string {
  switch (part.type) {
    case "timestamptz":
      return `to_char((${part.sql}) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
    case "date":
      return `to_char(${part.sql}, 'YYYY-MM-DD')`;
    default:
      return `CAST(${part.sql} AS text)`;
  }
}

/** SQL turning a bound text parameter back into the key part's type. */
export function castOf(part: KeyPart, parameter: string): string {
  if (part.type === "enum") return `CAST(${parameter} AS "${part.enumName}")`;
  return `CAST(${parameter} AS ${part.type})`;
}

const INT4 = { min: -2147483648n, max: 2147483647n };
const INT8 = { min: -9223372036854775808n, max: 9223372036854775807n };
/** The longest text value a cursor may carry (far above any sorted column's own limit). */
export const MAX_KEY_TEXT_LENGTH = 2000;

const patterns: Partial<Record<KeyType, RegExp>> = {
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
  int: /^-?(0|[1-9]\d{0,9})$/,
  bigint: /^-?(0|[1-9]\d{0,18})$/,
  numeric: /^-?(0|[1-9]\d{0,29})(\.\d{1,30})?$/,
  real: /^-?(0|[1-9]\d{0,38})(\.\d{1,50})?(e[+-]?\d{1,2})?$/,
  date: /^(\d{4})-(\d{2})-(\d{2})$/,
  timestamptz: /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{6}Z$/,
};

function isCalendarDate(year: string, month: string, day: string): boolean {
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return (
    Number(year) >= 1 &&
    date.getUTCFullYear() === Number(year) &&
    date.getUTCMonth() === Number(month) - 1 &&
    date.getUTCDate() === Number(day)
  );
}

/** Whether a cursor's value is one `textOf` could have produced for this key part (checked before any SQL). */
export function validKeyText(part: KeyPart, value: unknown): boolean {
  if (value === null) return part.nullable === true;
  if (typeof value !== "string") return false;
  switch (part.type) {
    case "text":
      // PostgreSQL text holds no NUL, and a lone surrogate would be silently replaced on the wire.
      return value.length <= MAX_KEY_TEXT_LENGTH && isStorableText(value);
    case "enum":
      return (part.enumValues ?? []).includes(value);
    case "int":
    case "bigint": {
      if (!patterns[part.type]!.test(value)) return false;
      const range = part.type === "int" ? INT4 : INT8;
      const number = BigInt(value);
      return number >= range.min && number <= range.max;
    }
    case "real":
      return patterns.real!.test(value) && Number.isFinite(Number(value));
    case "date":
    case "timestamptz": {
      const match = patterns[part.type]!.exec(value);
      return match !== null && isCalendarDate(match[1], match[2], match[3]);
    }
    default:
      return patterns[part.type]!.test(value);
  }
}
