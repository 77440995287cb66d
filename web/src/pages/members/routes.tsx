import type { RouteObject } from "react-router";
import { MemberPage } from "./member-page";
import { MembersDirectoryPage } from "./members-directory-page";

/** The members directory and each member's public page. */
export const membersRoutes: RouteObject[] = [
  { path: "/membres", element: <MembersDirectoryPage /> },
  { path: "/membres/:id", element: <MemberPage /> },
];
