import { NavLink, Outlet } from "react-router";
import { RequireRole } from "../auth/require-role";
import type { Role } from "../auth/session";

export interface AreaLink {
  to: string;
  label: string;
  /** Active only on this exact path (the area's overview). */
  end?: boolean;
}

/** A signed-in area: the role gate, then the area's own small navigation above each of its pages. */
export function AreaLayout({
  roles,
  label,
  className,
  links,
}: {
  roles: Role[];
  label: string;
  className: string;
  links: AreaLink[];
}) {
  return (
    <RequireRole roles={roles}>
      <nav aria-label={label} className={className}>
        <ul>
          {links.map((link) => (
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
