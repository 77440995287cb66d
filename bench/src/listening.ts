// Which process listens on a TCP port, from /proc: the bench's `--use-running` measures the CPU of a stack
// it did not start, so it finds each process by the port it serves.
import { readdirSync, readFileSync, readlinkSync } from "node:fs";

/** TCP state LISTEN in /proc/net/tcp and tcp6. */
const LISTEN = "0A";

/**
 * The socket inodes listening on `port` in the text of /proc/net/tcp or /proc/net/tcp6: columns
 * `sl local_address rem_address st … inode`, the local address as HEXIP:HEXPORT.
 */
export function listeningInodes(procNetTcp: string, port: number): string[] {
  return procNetTcp
    .split("\n")
    .slice(1)
    .map((line) => line.trim().split(/\s+/))
    .filter((columns) => columns.length > 9 && columns[3] === LISTEN)
    .filter((columns) => Number.parseInt(columns[1].split(":")[1] ?? "", 16) === port)
    .map((columns) => columns[9]);
}

const readOr = (path: string, fallback: string) => {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return fallback;
  }
};

/** The PID of the process listening on `port` (IPv4 or IPv6), or undefined when none is found. */
export function pidListeningOn(port: number): number | undefined {
  const inodes = new Set(
    ["/proc/net/tcp", "/proc/net/tcp6"].flatMap((file) => listeningInodes(readOr(file, ""), port)),
  );
  if (inodes.size === 0) return undefined;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${entry}/fd`);
    } catch {
      continue; // gone, or not ours to read
    }
    for (const fd of fds) {
      try {
        const target = readlinkSync(`/proc/${entry}/fd/${fd}`);
        if (target.startsWith("socket:[") && inodes.has(target.slice("socket:[".length, -1)))
          return Number(entry);
      } catch {
        // closed meanwhile
      }
    }
  }
  return undefined;
}
