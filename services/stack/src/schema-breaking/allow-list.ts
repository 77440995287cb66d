// schema/allowed-breaking-changes.json: the breaking changes of the API schema that are intended. Each entry
// names one change as @graphql-inspector/core reports it (its `type` and `path`) and says why clients may
// lose it; `npm run schema:breaking` lets those through and reports the entries that match nothing as stale.
import { ChangeType } from "@graphql-inspector/core";
import { z } from "zod";

/** One intended breaking change. */
export interface AllowedChange {
  /** The inspector's change type, e.g. `FIELD_REMOVED`, `FIELD_TYPE_CHANGED`. */
  type: string;
  /** The inspector's change path, e.g. `Member.savings` or `Query.members.filter`. */
  path: string;
  /** Why clients may lose it (an issue, a date, what they use instead). */
  reason: string;
}

const CHANGE_TYPES = new Set<string>(Object.values(ChangeType));

const entrySchema = z
  .object({
    type: z
      .string({ error: "a change type is required, e.g. FIELD_REMOVED" })
      .refine((type) => CHANGE_TYPES.has(type), {
        error: (issue) =>
          `unknown change type ${JSON.stringify(issue.input)} (one of @graphql-inspector/core's ChangeType values, e.g. FIELD_REMOVED)`,
      }),
    path: z
      .string({ error: "a path is required, e.g. Member.savings" })
      .trim()
      .min(1, { error: "a path is required, e.g. Member.savings" }),
    reason: z
      .string({ error: "a reason is required: why clients may lose this" })
      .trim()
      .min(1, { error: "a reason is required: why clients may lose this" }),
  })
  .strict();

const fileSchema = z
  .object(
    {
      allowed: z.array(entrySchema, { error: 'an "allowed" array is required' }),
    },
    { error: 'an object { "allowed": [{ "type", "path", "reason" }, …] } is required' },
  )
  .strict();

/** The allow-list file is not what it must be; the message names the file and every problem. */
export class AllowListError extends Error {}

/** Parses and checks the allow-list's text; `file` names it in error messages. */
export function parseAllowList(text: string, file: string): AllowedChange[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new AllowListError(`${file}: not valid JSON (${(error as Error).message})`);
  }
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const where =
        issue.path.length > 0
          ? issue.path
              .map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`))
              .join("")
              .replace(/^\./, "")
          : "(file)";
      return `  - ${where}: ${issue.message}`;
    });
    throw new AllowListError(
      `${file}: ${problems.length === 1 ? "a problem" : `${problems.length} problems`}\n${problems.join("\n")}`,
    );
  }
  const seen = new Set<string>();
  for (const [index, entry] of parsed.data.allowed.entries()) {
    const key = `${entry.type} ${entry.path}`;
    if (seen.has(key)) throw new AllowListError(`${file}: allowed[${index}]: ${key} is listed twice`);
    seen.add(key);
  }
  return parsed.data.allowed;
}
