import { useEffect, useRef, useState } from "react";
import { Link, useNavigate } from "react-router";
import { SignedInViewerDocument } from "../gql/graphql";
import { createApolloClient } from "../apollo/client";
import { useSiteConfig } from "../config-context";
import { Loading, usePageTitle } from "../ui/status";
import { errorInWords } from "../ui/errors";
import { oidcManager } from "./oidc";
import { ROLE_HOME, ROLE_LABELS, useSession, type Role } from "./session";

/**
 * /connexion/retour: the identity provider sends the user back here with a code; oidc-client-ts trades it
 * for tokens, and the gateway says who the access token stands for (the Viewer query).
 */
export function OidcCallbackPage() {
  usePageTitle("Connexion");
  const config = useSiteConfig();
  const { signIn } = useSession();
  const navigate = useNavigate();
  const [failure, setFailure] = useState<string>();
  const started = useRef(false);

  useEffect(() => {
    if (started.current || config.signIn.kind !== "oidc") return;
    started.current = true; // StrictMode runs effects twice: the code may be traded once only
    const { issuer, clientId } = config.signIn;
    (async () => {
      const user = await oidcManager(issuer, clientId).signinRedirectCallback();
      const answer = await createApolloClient(config.gatewayUrl, user.access_token).query({
        query: SignedInViewerDocument,
        fetchPolicy: "no-cache",
      });
      const viewer = answer.data?.viewer;
      if (!viewer) throw answer.error ?? new Error("no viewer");
      const role = viewer.role.toLowerCase() as Role;
      signIn({
        token: user.access_token,
        role,
        memberId: viewer.member?.id,
        territoryId: viewer.territory?.id,
        label: viewer.member?.name ?? viewer.territory?.name ?? viewer.roleLabel ?? ROLE_LABELS[role],
      });
      const back = (user.state as { retour?: string } | undefined)?.retour;
      navigate(back?.startsWith("/") && !back.startsWith("//") ? back : ROLE_HOME[role], { replace: true });
    })().catch((error: unknown) =>
      setFailure(
        error instanceof Error && /state|code|authority|response/i.test(error.message)
          ? "La connexion n'a pas abouti (lien expiré ou déjà utilisé). Recommencez depuis la page de connexion."
          : errorInWords(error),
      ),
    );
  }, [config, navigate, signIn]);

  return (
    <section className="narrow">
      <h1>Connexion</h1>
      {failure ? (
        <div className="notice notice-error" role="alert">
          <p>{failure}</p>
          <p>
            <Link to="/connexion">Revenir à la page de connexion</Link>
          </p>
        </div>
      ) : (
        <Loading what="Connexion en cours…" />
      )}
    </section>
  );
}
