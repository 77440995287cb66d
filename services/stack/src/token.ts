// `npm run -s token -- <role> [--member ID] [--territory ID] [--expires 8h]`: prints a dev token signed with
// JWT_SECRET (or the dev secret), alone on its last line. For local use and tests; production tokens come
// from the identity provider.
import { parseArgs } from "node:util";
import { z } from "zod";
import {
  authConfigFromEnv,
  authEnvShape,
  DEFAULT_MAX_TOKEN_TTL_SECONDS,
  formatDuration,
  parseDurationSeconds,
  parseEnv,
  ROLES,
  signToken,
  ConfigError,
  type Role,
} from "@pole/subgraph-kit";

const USAGE = `usage: npm run -s token -- <${ROLES.join("|")}> [--member ID] [--territory ID] [--expires 8h]`;

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        member: { type: "string" },
        territory: { type: "string" },
        expires: { type: "string", default: "8h" },
      },
    });
  } catch (error) {
    fail((error as Error).message);
  }
  const [role, ...extra] = parsed.positionals;
  if (!role || extra.length > 0) fail("give exactly one role");
  if (!ROLES.includes(role as Role)) fail(`unknown role "${role}"`);
  const uuid = z.uuid();
  const { member, territory, expires } = parsed.values;
  if (role === "member" && !member) fail("a member token needs --member <member id>");
  if (role === "territory" && !territory) fail("a territory token needs --territory <territory id>");
  if (member && !uuid.safeParse(member).success) fail("--member must be a UUID");
  if (territory && !uuid.safeParse(territory).success) fail("--territory must be a UUID");
  if (!/^\d+[smhd]$/.test(expires!)) fail("--expires must look like 90s, 30m, 8h or 1d");

  const config = authConfigFromEnv(parseEnv(z.object(authEnvShape)));
  const maxTtl = config.maxTtlSeconds ?? DEFAULT_MAX_TOKEN_TTL_SECONDS;
  if (parseDurationSeconds(expires!)! > maxTtl) {
    // One line, no usage: the services would refuse such a token (JWT_MAX_TTL).
    process.stderr.write(
      `--expires ${expires} is longer than the ${formatDuration(maxTtl)} a token may live (JWT_MAX_TTL)\n`,
    );
    process.exit(2);
  }
  if (!config.secret)
    throw new ConfigError(["JWT_JWKS_URL is set: tokens come from the identity provider, not this script"]);
  const token = await signToken(
    { secret: config.secret, issuer: config.issuer, audience: config.audience },
    { role: role as Role, memberId: member, territoryId: territory },
    expires,
  );
  process.stdout.write(`${token}\n`);
}

main().catch((error: Error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
});
