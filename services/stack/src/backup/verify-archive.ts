import { createHash } from "node:crypto";
import { ArchiveError, parseManifest, readFrames, TableTally, type Manifest } from "./archive-format";

/**
 * Reads a whole archive and checks it against its manifest (every table's row count and sha256, the
 * pg_dump file's sha256), before anything touches a database. Returns the manifest; throws ArchiveError.
 */
export async function verifyArchive(path: string, expectedSubgraph: string): Promise<Manifest> {
  const seen: { schema: string; name: string; rows: number; sha256: string }[] = [];
  let current: { schema: string; name: string; tally: TableTally } | undefined;
  const pgDump = createHash("sha256");
  let pgDumpBytes = 0;
  let manifest: Manifest | undefined;
  const closeTable = () => {
    if (!current) return;
    seen.push({
      schema: current.schema,
      name: current.name,
      rows: current.tally.rows,
      sha256: current.tally.digest(),
    });
    current = undefined;
  };
  for await (const frame of readFrames(path)) {
    if (manifest) throw new ArchiveError(path, "corrupt archive (data after the manifest)");
    if (frame.kind === "table") {
      closeTable();
      let table: { schema?: unknown; name?: unknown };
      try {
        table = JSON.parse(frame.payload.toString("utf8")) as typeof table;
      } catch {
        throw new ArchiveError(path, "corrupt archive (unreadable table header)");
      }
      if (typeof table.schema !== "string" || typeof table.name !== "string")
        throw new ArchiveError(path, "corrupt archive (unreadable table header)");
      current = { schema: table.schema, name: table.name, tally: new TableTally() };
    } else if (frame.kind === "rows") {
      if (!current) throw new ArchiveError(path, "corrupt archive (rows outside a table)");
      current.tally.add(frame.payload);
    } else if (frame.kind === "pgdump") {
      pgDump.update(frame.payload);
      pgDumpBytes += frame.payload.length;
    } else {
      closeTable();
      manifest = parseManifest(path, frame.payload);
    }
  }
  if (!manifest) throw new ArchiveError(path, "truncated archive (no manifest at its end)");

  if (manifest.subgraph !== expectedSubgraph)
    throw new ArchiveError(
      path,
      `this is a backup of the ${manifest.subgraph} subgraph, not of ${expectedSubgraph}`,
    );
  if (manifest.method === "pg_dump") {
    if (
      !manifest.pgDump ||
      manifest.pgDump.sha256 !== pgDump.digest("hex") ||
      manifest.pgDump.bytes !== pgDumpBytes
    )
      throw new ArchiveError(path, "corrupt archive (the pg_dump data does not match its checksum)");
    return manifest;
  }
  if (seen.length !== manifest.tables.length)
    throw new ArchiveError(path, "corrupt archive (tables missing or extra)");
  manifest.tables.forEach((expected, index) => {
    const found = seen[index]!;
    const label = `${expected.schema}.${expected.name}`;
    if (found.schema !== expected.schema || found.name !== expected.name)
      throw new ArchiveError(path, `corrupt archive (table ${label} out of place)`);
    if (found.rows !== expected.rows || found.sha256 !== expected.sha256)
      throw new ArchiveError(path, `corrupt archive (table ${label} does not match its checksum)`);
  });
  return manifest;
}
