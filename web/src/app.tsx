import { useMemo } from "react";
import { ApolloProvider } from "@apollo/client/react";
import { createBrowserRouter, RouterProvider } from "react-router";
import { createApolloClient } from "./apollo/client";
import { oidcManager } from "./auth/oidc";
import { SessionProvider, useSession } from "./auth/session";
import type { SiteConfig } from "./config";
import { SiteConfigContext } from "./config-context";
import { routes } from "./routes";

const router = createBrowserRouter(routes);

/** A fresh Apollo Client per session: signing in or out starts from an empty cache. */
function GraphProvider({ config }: { config: SiteConfig }) {
  const { session } = useSession();
  const client = useMemo(
    () => createApolloClient(config.gatewayUrl, session?.token),
    [config.gatewayUrl, session?.token],
  );
  return (
    <ApolloProvider client={client}>
      <RouterProvider router={router} />
    </ApolloProvider>
  );
}

export function App({ config }: { config: SiteConfig }) {
  // Signing out also forgets the identity provider's tokens (kept in memory by oidc-client-ts).
  const { signIn } = config;
  const onSignOut = useMemo(
    () =>
      signIn.kind === "oidc"
        ? () => void oidcManager(signIn.issuer, signIn.clientId).removeUser()
        : undefined,
    [signIn],
  );
  return (
    <SiteConfigContext.Provider value={config}>
      <SessionProvider onSignOut={onSignOut}>
        <GraphProvider config={config} />
      </SessionProvider>
    </SiteConfigContext.Provider>
  );
}
