import { z } from "zod";
import { ConfigError } from "./config-error";

/**
 * Parses environment variables with a zod object schema and lists every problem at once,
 * each prefixed by the variable's name, so a bad configuration is fixed in one round.
 * An empty variable counts as unset (as `VAR=` in a compose file or a shell means).
 */
export function parseEnv<S extends z.ZodObject<z.ZodRawShape>>(
  schema: S,
  env: NodeJS.ProcessEnv = process.env,
): z.infer<S> {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ""));
  const result = schema.safeParse(present);
  if (result.success) return result.data;
  throw new ConfigError(
    result.error.issues.map((issue) => `${issue.path.join(".") || "(environment)"}: ${issue.message}`),
  );
}

/** A TCP port number given as a string. */
export const portVar = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);

/** A postgres:// URL, checked for shape only (reachability is checked when connecting). */
export const postgresUrlVar = z.string().refine((value) => {
  try {
    const url = new URL(value);
    return url.protocol === "postgres:" || url.protocol === "postgresql:";
  } catch {
    return false;
  }
}, "must be a URL such as postgres://user:password@127.0.0.1:5432/database");

/** An http(s) URL. */
export const httpUrlVar = z.string().refine((value) => {
  try {
    return ["http:", "https:"].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}, "must be an http:// or https:// URL");
