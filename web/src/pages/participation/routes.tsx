import type { RouteObject } from "react-router";

/** The participation pages (filled in by issue 15's participation work). */
export const participationRoutes: RouteObject[] = [];
