// The Node.js versions the project supports: Node 24 LTS (what the Docker image runs) and Node 22 from
// 22.15 (the oldest some dependencies accept). Node 20 reached its end of life in April 2026.
export const SUPPORTED_NODE = "Node 24 LTS or Node 22 (22.15 or later)";

/** Whether a `process.versions.node` string is a supported runtime. */
export function isSupportedNode(version: string): boolean {
  const [major, minor] = version.split(".").map(Number);
  return major >= 24 || (major === 22 && minor >= 15);
}

/** Stops the process with one line, before anything else loads, when this Node is not supported. */
export function requireSupportedNode(tool: string): void {
  if (isSupportedNode(process.versions.node)) return;
  process.stderr.write(
    `[${tool}] Node ${process.versions.node} is not supported; use ${SUPPORTED_NODE} (https://nodejs.org).\n`,
  );
  process.exit(1);
}
