import { Link, NavLink, Outlet } from "react-router";
import { ROLE_HOME, useSession } from "../auth/session";

const PUBLIC_LINKS = [
  { to: "/", label: "Accueil", end: true },
  { to: "/membres", label: "Membres" },
  { to: "/actions", label: "Actions aux Grésilles" },
  { to: "/esplanade-boutaric", label: "Esplanade Boutaric" },
  { to: "/pratiques", label: "Bonnes pratiques" },
];

/** Every page's frame: skip link, header with the site's navigation and the session, main, footer. */
export function Layout() {
  const { session, signOut } = useSession();
  return (
    <>
      <a className="skip-link" href="#contenu">
        Aller au contenu
      </a>
      <header className="site-header">
        <Link to="/" className="site-name">
          Pôle Culturel &amp; Créatif <span>du Grand Dijon</span>
        </Link>
        <nav aria-label="Navigation principale">
          <ul>
            {PUBLIC_LINKS.map((link) => (
              <li key={link.to}>
                <NavLink to={link.to} end={link.end}>
                  {link.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="session">
          {session ? (
            <>
              <NavLink to={ROLE_HOME[session.role]}>{session.label}</NavLink>
              <button type="button" onClick={signOut}>
                Se déconnecter
              </button>
            </>
          ) : (
            <NavLink to="/connexion">Se connecter</NavLink>
          )}
        </div>
      </header>
      <main id="contenu" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>
          Pôle de Coopération Culturel &amp; Créatif du Grand Dijon — La Coursive Boutaric, quartier des
          Grésilles, Dijon.
        </p>
      </footer>
    </>
  );
}
