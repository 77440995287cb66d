import { registerEnumType } from "type-graphql";

/** Moderation state of a contribution. */
export enum ContributionStatus {
  PUBLISHED = "PUBLISHED",
  HIDDEN = "HIDDEN",
  PENDING = "PENDING",
}

/** The states only the staff may see (everyone else sees PUBLISHED contributions only). */
export const STAFF_ONLY_STATUSES = [ContributionStatus.HIDDEN, ContributionStatus.PENDING] as const;

/** French headings of the report breakdowns by status (plural: they head counts). */
export const contributionStatusReportLabels: Record<ContributionStatus, string> = {
  [ContributionStatus.PUBLISHED]: "Publiées",
  [ContributionStatus.HIDDEN]: "Masquées par la modération",
  [ContributionStatus.PENDING]: "En attente de modération",
};

registerEnumType(ContributionStatus, {
  name: "ContributionStatus",
  description: "Moderation state of a contribution.",
  valuesConfig: {
    PUBLISHED: {
      description:
        "Visible to everyone: published when submitted, or approved by the staff when contributions are pre-moderated.",
    },
    HIDDEN: { description: "Hidden by the staff's moderation, with a reason; visible to staff only." },
    PENDING: {
      description:
        "Submitted while contributions are pre-moderated, waiting for the staff to publish or hide it; visible to staff only (and to its submitter in the submission's answer).",
    },
  },
});

/** French labels of one contribution's status, for display (the `…Label` fields). */
export const contributionStatusLabels: Record<ContributionStatus, string> = {
  PUBLISHED: "Publiée",
  HIDDEN: "Masquée par la modération",
  PENDING: "En attente de modération",
};
