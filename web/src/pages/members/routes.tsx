import type { RouteObject } from "react-router";

/** The members pages (filled in by issue 15's members work). */
export const membersRoutes: RouteObject[] = [];
