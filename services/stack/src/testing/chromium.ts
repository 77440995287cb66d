import { existsSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { chromium, type Browser } from "playwright-core";

/**
 * Debian's Chromium (`apt-get install -y chromium`; `.ci/run` installs it when missing), or the one
 * CHROMIUM_PATH names. Playwright never downloads a browser here.
 */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
  if (!existsSync(path)) {
    throw new Error(
      `The browser tests need Chromium at ${path}: install Debian's (apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
  }
  return path;
}

/** Headless Chromium with the flags this machine's closed network needs (no background connections). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-sync",
      "--disable-quic",
    ],
  });
}

export interface StaticPage {
  /** The page's origin, e.g. http://127.0.0.1:41234, to list in the gateway's CORS_ORIGINS. */
  origin: string;
  close(): Promise<void>;
}

/** Serves one HTML page on 127.0.0.1, so a browser test runs from an origin of its own. */
export async function serveStaticPage(html: string): Promise<StaticPage> {
  const server: Server = createServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
