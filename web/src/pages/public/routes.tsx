import type { RouteObject } from "react-router";

/** The public pages (filled in by issue 15's public work). */
export const publicRoutes: RouteObject[] = [];
