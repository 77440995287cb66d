import { useSession } from "../../auth/session";
import { AreaLayout } from "../../ui/area-layout";
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
  return <AreaLayout roles={["member"]} label="Espace membre" className="member-area-nav" links={LINKS} />;
}

/** The signed-in member's id (the layout lets only members through). */
export function useMemberId(): string {
  const { session } = useSession();
  return session?.memberId ?? "";
}
