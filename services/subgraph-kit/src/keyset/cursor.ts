import { invalidField } from "../field-errors";
import type { MessageKey } from "../messages";
import { validKeyText, type Keyset } from "./sort-key";

/** The cursor format's version: a cursor of another version is refused, never misread. */
export const CURSOR_VERSION = 1;
/** The longest cursor accepted, in characters; checked before anything else is decoded. */
export const MAX_CURSOR_LENGTH = 8192;

/** A decoded cursor: the sort key values of one row, as text (the id last). */
export type CursorValues = (string | null)[];

interface CursorBody {
  v: number;
  l: string;
  s: string;
  k: CursorValues;
}

/**
 * An opaque keyset cursor: base64url of `{ v: version, l: list, s: sort signature, k: key values }`. It
 * says where a row stands in its list's order, not how many rows came before it, so a page read after an
 * insert or a delete neither repeats nor skips a row.
 */
export function encodeCursor(keyset: Keyset, values: CursorValues): string {
  const body: CursorBody = { v: CURSOR_VERSION, l: keyset.list, s: keyset.signature, k: values };
  return Buffer.from(JSON.stringify(body)).toString("base64url");
}

const BASE64URL = /^[A-Za-z0-9_-]+$/;

/** Why a cursor is refused, as the message catalogue words it. */
type CursorRefusal = Extract<
  MessageKey,
  | "input.cursorMalformed"
  | "input.cursorVersion"
  | "input.cursorList"
  | "input.cursorSort"
  | "input.cursorValue"
>;

/**
 * Reads a cursor given as `argument` (`after` or `before`) for a list's keyset, or throws BAD_USER_INPUT
 * saying why: malformed, of another version, of another list or sort, or a value that this list's order
 * could not have produced (a NUL byte, a number out of range, a wrong type). Nothing reaches SQL unchecked.
 */
export function decodeCursor(keyset: Keyset, cursor: string, argument: string): CursorValues {
  const refuse = (why: CursorRefusal) => invalidField(argument, "format", why);
  if (cursor.length > MAX_CURSOR_LENGTH || !BASE64URL.test(cursor)) throw refuse("input.cursorMalformed");
  const bytes = Buffer.from(cursor, "base64url");
  // Only the canonical encoding: a cursor is compared by its text in caches and logs.
  if (bytes.toString("base64url") !== cursor) throw refuse("input.cursorMalformed");
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    throw refuse("input.cursorMalformed");
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) throw refuse("input.cursorMalformed");
  const { v, l, s, k } = body as Partial<CursorBody>;
  if (v !== CURSOR_VERSION) throw refuse("input.cursorVersion");
  if (l !== keyset.list) throw refuse("input.cursorList");
  if (s !== keyset.signature) throw refuse("input.cursorSort");
  if (!Array.isArray(k) || k.length !== keyset.parts.length) throw refuse("input.cursorMalformed");
  keyset.parts.forEach((part, index) => {
    if (!validKeyText(part, k[index])) throw refuse("input.cursorValue");
  });
  return k as CursorValues;
}
