import type { RouteObject } from "react-router";
import { RequireRole } from "../../auth/require-role";
import { TerritoryDraftsPage } from "./drafts-page";
import { TerritoryExchangesPage } from "./exchanges-page";
import { TerritoryOverviewPage } from "./overview-page";

/** The partner territory's area: its practices, drafts, transfers and adoptions (territory tokens only). */
export const territoryRoutes: RouteObject[] = [
  {
    path: "/territoire",
    element: (
      <RequireRole roles={["territory"]}>
        <TerritoryOverviewPage />
      </RequireRole>
    ),
  },
  {
    path: "/territoire/brouillons",
    element: (
      <RequireRole roles={["territory"]}>
        <TerritoryDraftsPage />
      </RequireRole>
    ),
  },
  {
    path: "/territoire/transferts",
    element: (
      <RequireRole roles={["territory"]}>
        <TerritoryExchangesPage />
      </RequireRole>
    ),
  },
];
