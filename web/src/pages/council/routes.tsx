import type { RouteObject } from "react-router";
import { RequireRole } from "../../auth/require-role";
import { CouncilDashboardPage } from "./dashboard-page";

/** The regional council's area: its dashboard of key indicators and the report's downloads (council only). */
export const councilRoutes: RouteObject[] = [
  {
    path: "/conseil",
    element: (
      <RequireRole roles={["council"]}>
        <CouncilDashboardPage />
      </RequireRole>
    ),
  },
];
