import type { RouteObject } from "react-router";

/** The practices pages (filled in by issue 15's practices work). */
export const practicesRoutes: RouteObject[] = [];
