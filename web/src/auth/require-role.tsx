import type { ReactNode } from "react";
import { Link, useLocation } from "react-router";
import { ROLE_LABELS, useSession, type Role } from "./session";

/** Shows `children` to a viewer of one of `roles`; otherwise says why, with a way to sign in. */
export function RequireRole({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const { session } = useSession();
  const location = useLocation();
  if (!session) {
    return (
      <section aria-labelledby="connexion-requise">
        <h1 id="connexion-requise">Connexion requise</h1>
        <p>
          Cet espace est réservé ({roles.map((role) => ROLE_LABELS[role]).join(", ")}).{" "}
          <Link to={`/connexion?retour=${encodeURIComponent(location.pathname + location.search)}`}>
            Se connecter
          </Link>
        </p>
      </section>
    );
  }
  if (!roles.includes(session.role)) {
    return (
      <section aria-labelledby="acces-refuse">
        <h1 id="acces-refuse">Accès réservé</h1>
        <p>
          Vous êtes connecté en tant que {ROLE_LABELS[session.role]} ; cet espace est réservé à :{" "}
          {roles.map((role) => ROLE_LABELS[role]).join(", ")}.
        </p>
      </section>
    );
  }
  return <>{children}</>;
}
