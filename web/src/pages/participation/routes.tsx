import type { RouteObject } from "react-router";
import { EsplanadeBoutaricPage, ParticipatoryProjectPage } from "./project-pages";

/** « Réenchantez l'Esplanade Boutaric » and any participatory project. */
export const participationRoutes: RouteObject[] = [
  { path: "/esplanade-boutaric", element: <EsplanadeBoutaricPage /> },
  { path: "/participation/:id", element: <ParticipatoryProjectPage /> },
];
