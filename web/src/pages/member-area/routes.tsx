import type { RouteObject } from "react-router";
import { MemberBookingsPage } from "./bookings-page";
import { MemberFiguresPage } from "./figures-page";
import { MemberLeasesPage } from "./leases-page";
import { MemberAreaLayout } from "./member-area-layout";
import { MemberOverviewPage } from "./overview-page";
import { MemberSavingsPage } from "./savings-page";

/** The member's area (member tokens only): overview, figures by year, leases, bookings, savings. */
export const memberAreaRoutes: RouteObject[] = [
  {
    path: "/espace-membre",
    element: <MemberAreaLayout />,
    children: [
      { index: true, element: <MemberOverviewPage /> },
      { path: "chiffres", element: <MemberFiguresPage /> },
      { path: "baux", element: <MemberLeasesPage /> },
      { path: "reservations", element: <MemberBookingsPage /> },
      { path: "economies", element: <MemberSavingsPage /> },
    ],
  },
];
