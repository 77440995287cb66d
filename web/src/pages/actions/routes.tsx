import type { RouteObject } from "react-router";

/** The actions pages (filled in by issue 15's actions work). */
export const actionsRoutes: RouteObject[] = [];
