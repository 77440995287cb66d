import { Connection } from "@pole/subgraph-kit";
import { Practice } from "./practice.entity";

/** A page of practices (Relay connection). */
export const PracticeConnection = Connection(Practice, "Practice", "A page of practices (Relay connection).");
export type PracticeConnection = InstanceType<typeof PracticeConnection>;
