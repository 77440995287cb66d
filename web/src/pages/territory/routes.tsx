import type { RouteObject } from "react-router";

/** The territory pages (filled in by issue 15's territory work). */
export const territoryRoutes: RouteObject[] = [];
