import { GraphQLError } from "graphql";
import { currentLocale } from "./locale";
import { message, type MessageKey, type MessageParams, type Rule } from "./messages";

/** Where a field is in the operation's arguments: `["input", "phases", 2, "endsOn"]`. */
export type FieldPath = (string | number)[];

/** One failing field, as `extensions.fieldErrors` lists it: a form shows `message` next to the field. */
export interface FieldError {
  path: FieldPath;
  rule: Rule;
  message: string;
}

/** `"input.phases[2].endsOn"` (or a path already split) as a path. */
export function toFieldPath(path: string | FieldPath): FieldPath {
  if (Array.isArray(path)) return path;
  return path
    .split(/\.|\[(\d+)\]/)
    .filter((part): part is string => part !== undefined && part !== "")
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** `["input", "phases", 2, "endsOn"]` as a reader writes it: `input.phases[2].endsOn`. */
export function dottedPath(path: FieldPath): string {
  return path
    .map((part, index) => (typeof part === "number" ? `[${part}]` : index === 0 ? part : `.${part}`))
    .join("");
}

/** A field error in the request's language, from the catalogue. */
export function fieldError<K extends MessageKey>(
  path: string | FieldPath,
  rule: Rule,
  key: K,
  ...params: MessageParams<K>
): FieldError {
  return { path: toFieldPath(path), rule, message: message(key, ...params) };
}

/** "Invalid input: input.displayName: must be …; input.body: …" in the request's language. */
export function describeFieldErrors(errors: FieldError[]): string {
  const french = currentLocale() === "fr";
  const parts = errors.map((error) => `${dottedPath(error.path)}${french ? " : " : ": "}${error.message}`);
  return `${message("input.invalid")}${french ? " : " : ": "}${parts.join(french ? " ; " : "; ")}`;
}

/** BAD_USER_INPUT naming every failing field, in `extensions.fieldErrors`. */
export function invalidInput(errors: FieldError[]): GraphQLError {
  return new GraphQLError(describeFieldErrors(errors), {
    extensions: { code: "BAD_USER_INPUT", fieldErrors: errors },
  });
}

/** BAD_USER_INPUT for one failing field. */
export function invalidField<K extends MessageKey>(
  path: string | FieldPath,
  rule: Rule,
  key: K,
  ...params: MessageParams<K>
): GraphQLError {
  return invalidInput([fieldError(path, rule, key, ...params)]);
}

/**
 * NOT_FOUND for an id given in the input that names no record the caller may see: the top-level message is
 * the catalogue's sentence, and `fieldErrors` points the form at the field (rule `exists`).
 */
export function missingRecord<K extends MessageKey>(
  path: string | FieldPath,
  key: K,
  ...params: MessageParams<K>
): GraphQLError {
  const text = message(key, ...params);
  return new GraphQLError(text, {
    extensions: {
      code: "NOT_FOUND",
      fieldErrors: [{ path: toFieldPath(path), rule: "exists", message: text }],
    },
  });
}

/**
 * Collects the failing fields of one input, so the caller learns all of them at once:
 * `problems.add(…)` for each, then `problems.throwIfAny()`.
 */
export class InputProblems {
  readonly errors: FieldError[] = [];

  add<K extends MessageKey>(path: string | FieldPath, rule: Rule, key: K, ...params: MessageParams<K>): this {
    this.errors.push(fieldError(path, rule, key, ...params));
    return this;
  }

  /** Throws BAD_USER_INPUT with every failing field collected, if any. */
  throwIfAny(): void {
    if (this.errors.length > 0) throw invalidInput(this.errors);
  }
}
