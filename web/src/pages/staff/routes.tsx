import type { RouteObject } from "react-router";

/** The staff pages (filled in by issue 15's staff work). */
export const staffRoutes: RouteObject[] = [];
