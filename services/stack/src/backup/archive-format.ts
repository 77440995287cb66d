// The backup archive, format version 1: one gzip file per subgraph (`<subgraph>.polebackup`). Unzipped, it is
//
//   POLE-BACKUP 1\n
//   then frames, each `<kind> <byte length>\n` followed by exactly that many bytes:
//     table     JSON { schema, name, columns }: the rows frames after it belong to that table
//     rows      a chunk of the table's COPY text-format output (PostgreSQL's own escaping, one line a row)
//     pgdump    a chunk of a `pg_dump --format=custom` file (archives made with pg_dump instead of COPY)
//     manifest  JSON `Manifest`, last: what the archive holds, with each table's row count and sha256
//
// The manifest comes last because counts and checksums are known only once the data is written; a reader
// checks the whole file (gzip CRC, frame lengths, every table's count and checksum) before restoring.
import { createHash, type Hash } from "node:crypto";
import { createReadStream, createWriteStream, type WriteStream } from "node:fs";
import { once } from "node:events";
import { createGunzip, createGzip, type Gzip } from "node:zlib";

export const ARCHIVE_MAGIC = "POLE-BACKUP";
export const ARCHIVE_FORMAT_VERSION = 1;
export const ARCHIVE_EXTENSION = ".polebackup";

/** How the data was taken: COPY per table over the pg driver, or the server's pg_dump. */
export type BackupMethod = "copy" | "pg_dump";

export interface TableEntry {
  schema: string;
  name: string;
  /** Columns in the order of the COPY data (generated columns left out: the server computes them). */
  columns: string[];
  rows: number;
  /** sha256 (hex) of the table's COPY data; for pg_dump archives, of nothing (the file has its own). */
  sha256: string;
}

export interface SequenceEntry {
  schema: string;
  name: string;
  lastValue: string | null;
}

/** What an archive holds. */
export interface Manifest {
  format: "pole-backup";
  formatVersion: number;
  method: BackupMethod;
  subgraph: string;
  database: string;
  createdAt: string;
  /** server_version_num of the server backed up, e.g. 180004. */
  serverVersionNum: number;
  /** Names of the TypeORM migrations applied to the database, oldest first. */
  migrations: string[];
  tables: TableEntry[];
  /** Every sequence's position (`lastValue` null: never used), set back after the rows. */
  sequences: SequenceEntry[];
  /** For pg_dump archives: sha256 of the pg_dump file and the pg_dump version that wrote it. */
  pgDump?: { sha256: string; bytes: number; version: string };
}

/** A file that is not a readable archive of this format: truncated, corrupt, or something else. */
export class ArchiveError extends Error {
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = "ArchiveError";
  }
}

export type FrameKind = "table" | "rows" | "pgdump" | "manifest";
const FRAME_KINDS = new Set<string>(["table", "rows", "pgdump", "manifest"]);

/** Writes an archive frame by frame into a gzip file; `close` flushes it. */
export class ArchiveWriter {
  private readonly gzip: Gzip;
  private readonly file: WriteStream;
  private readonly done: Promise<void>;

  constructor(path: string) {
    this.gzip = createGzip({ level: 6 });
    this.file = createWriteStream(path, { flags: "wx", mode: 0o600 });
    this.gzip.pipe(this.file);
    this.done = new Promise((resolve, reject) => {
      this.file.once("close", resolve);
      this.file.once("error", reject);
      this.gzip.once("error", reject);
    });
    this.gzip.write(`${ARCHIVE_MAGIC} ${ARCHIVE_FORMAT_VERSION}\n`);
  }

  async frame(kind: FrameKind, payload: Buffer | string): Promise<void> {
    const bytes = typeof payload === "string" ? Buffer.from(payload, "utf8") : payload;
    this.gzip.write(`${kind} ${bytes.length}\n`);
    if (!this.gzip.write(bytes)) await once(this.gzip, "drain");
  }

  /** Bytes written to the file so far (compressed). */
  get bytesWritten(): number {
    return this.file.bytesWritten;
  }

  async close(): Promise<void> {
    this.gzip.end();
    await this.done;
  }

  /** Stops writing after a failure (the caller removes the file). */
  abort(): void {
    this.gzip.destroy();
    this.file.destroy();
  }
}

export interface Frame {
  kind: FrameKind;
  payload: Buffer;
}

const MAX_HEADER = 64;

/** Reads an archive's frames in order; throws ArchiveError on anything malformed or truncated. */
export async function* readFrames(path: string): AsyncGenerator<Frame> {
  const stream = createReadStream(path).pipe(createGunzip());
  let buffer: Buffer = Buffer.alloc(0);
  let sawMagic = false;
  let needed: { kind: FrameKind; length: number } | undefined;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      buffer = buffer.length === 0 ? chunk : Buffer.concat([buffer, chunk]);
      for (;;) {
        if (needed) {
          if (buffer.length < needed.length) break;
          const payload = buffer.subarray(0, needed.length);
          buffer = buffer.subarray(needed.length);
          const kind = needed.kind;
          needed = undefined;
          yield { kind, payload };
          continue;
        }
        const newline = buffer.indexOf(10);
        if (newline < 0) {
          if (buffer.length > MAX_HEADER) throw new ArchiveError(path, "corrupt archive (bad frame header)");
          break;
        }
        const line = buffer.subarray(0, newline).toString("latin1");
        buffer = buffer.subarray(newline + 1);
        if (!sawMagic) {
          const [magic, version] = line.split(" ");
          if (magic !== ARCHIVE_MAGIC) throw new ArchiveError(path, "not a Pôle backup archive");
          if (Number(version) !== ARCHIVE_FORMAT_VERSION)
            throw new ArchiveError(
              path,
              `archive format version ${version} is not supported (this code reads version ${ARCHIVE_FORMAT_VERSION})`,
            );
          sawMagic = true;
          continue;
        }
        const match = /^([a-z]+) (\d{1,12})$/.exec(line);
        if (!match || !FRAME_KINDS.has(match[1]!))
          throw new ArchiveError(path, "corrupt archive (bad frame header)");
        needed = { kind: match[1] as FrameKind, length: Number(match[2]) };
      }
    }
  } catch (error) {
    if (error instanceof ArchiveError) throw error;
    const code = (error as { code?: string }).code;
    if (code === "ENOENT") throw new ArchiveError(path, "no such file");
    // zlib: Z_BUF_ERROR (truncated), Z_DATA_ERROR (corrupt bytes, bad CRC), not gzip at all.
    throw new ArchiveError(path, `corrupt or truncated archive (${code ?? "unreadable"})`);
  }
  if (!sawMagic) throw new ArchiveError(path, "not a Pôle backup archive (empty)");
  if (needed || buffer.length > 0) throw new ArchiveError(path, "truncated archive (a frame is cut short)");
}

/** Counts rows (lines) of COPY text data: a row's own newlines are escaped as `\n`, so each 0x0a ends one. */
export function countLines(chunk: Buffer): number {
  let count = 0;
  for (let at = chunk.indexOf(10); at >= 0; at = chunk.indexOf(10, at + 1)) count += 1;
  return count;
}

/** Row count and sha256 of one table's data, fed chunk by chunk. */
export class TableTally {
  rows = 0;
  bytes = 0;
  private readonly hash: Hash = createHash("sha256");

  add(chunk: Buffer): void {
    this.rows += countLines(chunk);
    this.bytes += chunk.length;
    this.hash.update(chunk);
  }

  digest(): string {
    return this.hash.digest("hex");
  }
}

/** Parses and checks the shape of a manifest frame. */
export function parseManifest(path: string, payload: Buffer): Manifest {
  let manifest: Manifest;
  try {
    manifest = JSON.parse(payload.toString("utf8")) as Manifest;
  } catch {
    throw new ArchiveError(path, "corrupt archive (unreadable manifest)");
  }
  const valid =
    manifest &&
    manifest.format === "pole-backup" &&
    manifest.formatVersion === ARCHIVE_FORMAT_VERSION &&
    (manifest.method === "copy" || manifest.method === "pg_dump") &&
    typeof manifest.subgraph === "string" &&
    typeof manifest.database === "string" &&
    Array.isArray(manifest.migrations) &&
    manifest.migrations.every((name) => typeof name === "string") &&
    Array.isArray(manifest.tables) &&
    manifest.tables.every(
      (table) =>
        typeof table.schema === "string" &&
        typeof table.name === "string" &&
        Array.isArray(table.columns) &&
        Number.isInteger(table.rows) &&
        typeof table.sha256 === "string",
    ) &&
    Array.isArray(manifest.sequences) &&
    manifest.sequences.every(
      (sequence) => typeof sequence.schema === "string" && typeof sequence.name === "string",
    );
  if (!valid) throw new ArchiveError(path, "corrupt archive (manifest of an unknown shape)");
  return manifest;
}
