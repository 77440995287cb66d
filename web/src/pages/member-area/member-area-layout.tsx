import { NavLink, Outlet } from "react-router";
import { RequireRole } from "../../auth/require-role";
import { useSession } from "../../auth/session";
import "./member-area.css";

const LINKS = [
  { to: "/espace-membre", label: "Vue d'ensemble", end: true },
  { to: "/espace-membre/chiffres", label: "Mes chiffres" },
  { to: "/espace-membre/baux", label: "Mes bureaux" },
  { to: "/espace-membre/reservations", label: "Réservations" },
  { to: "/espace-membre/economies", label: "Mes économies" },
];

/** The member's area: signed-in members only, with its own small navigation above each page. */
export function MemberAreaLayout() {
  return (
    <RequireRole roles={["member"]}>
      <nav aria-label="Espace membre" className="member-area-nav">
        <ul>
          {LINKS.map((link) => (
            <li key={link.to}>
              <NavLink to={link.to} end={link.end}>
                {link.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </RequireRole>
  );
}

/** The signed-in member's id (the layout lets only members through). */
export function useMemberId(): string {
  const { session } = useSession();
  return session?.memberId ?? "";
}
