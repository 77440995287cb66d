// The run's settings, written by the site server into <meta> tags of the page (no inline script: the
// Content-Security-Policy forbids them). Under `npm run dev` the defaults apply: the gateway through
// Vite's proxy, and dev sign-in.

export interface SiteConfig {
  /** The gateway's GraphQL URL. */
  gatewayUrl: string;
  signIn: { kind: "dev" } | { kind: "oidc"; issuer: string; clientId: string };
}

const meta = (name: string): string | undefined =>
  document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content || undefined;

export function readSiteConfig(): SiteConfig {
  const gatewayUrl = new URL(meta("pole-gateway-url") ?? "/graphql", window.location.href).href;
  const issuer = meta("pole-oidc-issuer");
  const clientId = meta("pole-oidc-client-id");
  return {
    gatewayUrl,
    signIn:
      meta("pole-sign-in") === "oidc" && issuer && clientId
        ? { kind: "oidc", issuer, clientId }
        : { kind: "dev" },
  };
}
