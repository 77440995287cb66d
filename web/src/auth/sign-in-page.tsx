import { useState } from "react";
import { useSearchParams } from "react-router";
import { useSiteConfig } from "../config-context";
import { usePageTitle } from "../ui/status";
import { DevSignInPage } from "./dev-sign-in-page";
import { oidcManager } from "./oidc";

/** /connexion: dev sign-in outside production, the Pôle's identity provider in production. */
export function SignInPage() {
  const config = useSiteConfig();
  return config.signIn.kind === "oidc" ? (
    <OidcSignIn issuer={config.signIn.issuer} clientId={config.signIn.clientId} />
  ) : (
    <DevSignInPage />
  );
}

function OidcSignIn({ issuer, clientId }: { issuer: string; clientId: string }) {
  usePageTitle("Connexion");
  const [params] = useSearchParams();
  const [failure, setFailure] = useState<string>();
  const [leaving, setLeaving] = useState(false);

  async function signIn() {
    setFailure(undefined);
    setLeaving(true);
    try {
      await oidcManager(issuer, clientId).signinRedirect({ state: { retour: params.get("retour") ?? "" } });
    } catch {
      setLeaving(false);
      setFailure("Le service de connexion du Pôle ne répond pas. Réessayez dans quelques instants.");
    }
  }

  return (
    <section aria-labelledby="titre-connexion" className="narrow">
      <h1 id="titre-connexion">Connexion</h1>
      <p>
        Membres, équipe du Pôle, conseil régional et territoires partenaires se connectent avec leur compte du
        Pôle.
      </p>
      {failure && (
        <p className="notice notice-error" role="alert">
          {failure}
        </p>
      )}
      <button type="button" onClick={signIn} disabled={leaving}>
        Se connecter avec mon compte du Pôle
      </button>
    </section>
  );
}
