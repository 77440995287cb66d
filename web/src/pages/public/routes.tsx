import type { RouteObject } from "react-router";
import { HomePage } from "./home-page";

/** The public pages: the home page. */
export const publicRoutes: RouteObject[] = [{ path: "/", element: <HomePage /> }];
