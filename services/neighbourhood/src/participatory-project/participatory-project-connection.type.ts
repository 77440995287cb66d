import { Connection } from "@pole/subgraph-kit";
import { ParticipatoryProject } from "./participatory-project.entity";

/** A page of participatory projects (Relay connection). */
export const ParticipatoryProjectConnection = Connection(
  ParticipatoryProject,
  "ParticipatoryProject",
  "A page of participatory projects (Relay connection).",
);
export type ParticipatoryProjectConnection = InstanceType<typeof ParticipatoryProjectConnection>;
