import type { RouteObject } from "react-router";
import { OidcCallbackPage } from "./auth/oidc-callback-page";
import { SignInPage } from "./auth/sign-in-page";
import { actionsRoutes } from "./pages/actions/routes";
import { councilRoutes } from "./pages/council/routes";
import { memberAreaRoutes } from "./pages/member-area/routes";
import { membersRoutes } from "./pages/members/routes";
import { participationRoutes } from "./pages/participation/routes";
import { practicesRoutes } from "./pages/practices/routes";
import { publicRoutes } from "./pages/public/routes";
import { staffRoutes } from "./pages/staff/routes";
import { territoryRoutes } from "./pages/territory/routes";
import { Layout } from "./ui/layout";
import { NotFoundPage } from "./ui/not-found-page";

/** Every page of the site; each area owns its routes file. */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      ...publicRoutes,
      ...membersRoutes,
      ...actionsRoutes,
      ...participationRoutes,
      ...practicesRoutes,
      { path: "/connexion", element: <SignInPage /> },
      { path: "/connexion/retour", element: <OidcCallbackPage /> },
      ...memberAreaRoutes,
      ...staffRoutes,
      ...territoryRoutes,
      ...councilRoutes,
      { path: "*", element: <NotFoundPage /> },
    ],
  },
];
