import { registerEnumType } from "type-graphql";

/** Moderation state of a contribution. */
export enum ContributionStatus {
  PUBLISHED = "PUBLISHED",
  HIDDEN = "HIDDEN",
}

/** French labels, for report breakdowns. */
export const contributionStatusLabels: Record<ContributionStatus, string> = {
  [ContributionStatus.PUBLISHED]: "Publiées",
  [ContributionStatus.HIDDEN]: "Masquées par la modération",
};

registerEnumType(ContributionStatus, {
  name: "ContributionStatus",
  description: "Moderation state of a contribution.",
  valuesConfig: {
    PUBLISHED: { description: "Visible to everyone (contributions are published when submitted)." },
    HIDDEN: { description: "Hidden by the staff's moderation, with a reason; visible to staff only." },
  },
});
