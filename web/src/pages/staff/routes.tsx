import type { RouteObject } from "react-router";
import { StaffAuditPage } from "./audit-page";
import { StaffLayout } from "./staff-layout";
import { StaffModerationPage } from "./moderation-page";
import { StaffOverviewPage } from "./overview-page";
import { StaffPracticeReviewPage, StaffPracticesInReviewPage } from "./practices-review-page";

/** The Pôle team's back-office (staff tokens only): moderation, practices in review, audit trails. */
export const staffRoutes: RouteObject[] = [
  {
    path: "/equipe",
    element: <StaffLayout />,
    children: [
      { index: true, element: <StaffOverviewPage /> },
      { path: "moderation", element: <StaffModerationPage /> },
      { path: "pratiques", element: <StaffPracticesInReviewPage /> },
      { path: "pratiques/:id", element: <StaffPracticeReviewPage /> },
      { path: "journal", element: <StaffAuditPage /> },
    ],
  },
];
