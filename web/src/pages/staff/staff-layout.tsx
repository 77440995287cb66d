import { NavLink, Outlet } from "react-router";
import { RequireRole } from "../../auth/require-role";
import "./staff.css";

const LINKS = [
  { to: "/equipe", label: "Vue d'ensemble", end: true },
  { to: "/equipe/moderation", label: "Modération" },
  { to: "/equipe/pratiques", label: "Pratiques en relecture" },
  { to: "/equipe/journal", label: "Journal des modifications" },
];

/** The staff's back-office: the Pôle's team only, with its own small navigation above each page. */
export function StaffLayout() {
  return (
    <RequireRole roles={["staff"]}>
      <nav aria-label="Espace équipe" className="staff-nav">
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
