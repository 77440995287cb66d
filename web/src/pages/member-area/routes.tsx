import type { RouteObject } from "react-router";

/** The member-area pages (filled in by issue 15's member-area work). */
export const memberAreaRoutes: RouteObject[] = [];
