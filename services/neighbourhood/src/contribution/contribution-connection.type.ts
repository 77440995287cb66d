import { Connection } from "@pole/subgraph-kit";
import { Contribution } from "./contribution.entity";

/** A page of contributions (Relay connection). */
export const ContributionConnection = Connection(
  Contribution,
  "Contribution",
  "A page of contributions to a phase (Relay connection).",
);
export type ContributionConnection = InstanceType<typeof ContributionConnection>;
