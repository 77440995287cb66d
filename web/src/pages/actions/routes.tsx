import type { RouteObject } from "react-router";
import { ActionPage } from "./action-page";
import { ActionsPage } from "./actions-page";

/** The neighbourhood actions: the list by kind and year, and each action's page. */
export const actionsRoutes: RouteObject[] = [
  { path: "/actions", element: <ActionsPage /> },
  { path: "/actions/:id", element: <ActionPage /> },
];
