import { AreaLayout } from "../../ui/area-layout";
import "./staff.css";

const LINKS = [
  { to: "/equipe", label: "Vue d'ensemble", end: true },
  { to: "/equipe/moderation", label: "Modération" },
  { to: "/equipe/pratiques", label: "Pratiques en relecture" },
  { to: "/equipe/journal", label: "Journal des modifications" },
];

/** The staff's back-office: the Pôle's team only, with its own small navigation above each page. */
export function StaffLayout() {
  return <AreaLayout roles={["staff"]} label="Espace équipe" className="staff-nav" links={LINKS} />;
}
