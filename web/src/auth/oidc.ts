// Production sign-in: OpenID Connect (authorization code + PKCE) with oidc-client-ts against the Pôle's
// identity provider (OIDC_ISSUER). Tokens stay in memory (InMemoryWebStorage): only the one-time PKCE
// state crosses the redirect, in sessionStorage, and is removed when the provider sends the user back.
import { InMemoryWebStorage, UserManager, WebStorageStateStore } from "oidc-client-ts";

let manager: UserManager | undefined;

/** The one UserManager of the page for this issuer and client. */
export function oidcManager(issuer: string, clientId: string): UserManager {
  manager ??= new UserManager({
    authority: issuer,
    client_id: clientId,
    redirect_uri: `${window.location.origin}/connexion/retour`,
    post_logout_redirect_uri: `${window.location.origin}/`,
    response_type: "code",
    scope: "openid profile",
    userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
    stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
    automaticSilentRenew: false,
    loadUserInfo: false,
  });
  return manager;
}
