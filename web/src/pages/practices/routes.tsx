import type { RouteObject } from "react-router";
import { PracticeLibraryPage } from "./practice-library-page";
import { PracticePage } from "./practice-page";

/** The practice library: search with highlighted snippets and a theme facet, and each practice's page. */
export const practicesRoutes: RouteObject[] = [
  { path: "/pratiques", element: <PracticeLibraryPage /> },
  { path: "/pratiques/:id", element: <PracticePage /> },
];
