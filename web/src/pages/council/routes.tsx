import type { RouteObject } from "react-router";

/** The council pages (filled in by issue 15's council work). */
export const councilRoutes: RouteObject[] = [];
