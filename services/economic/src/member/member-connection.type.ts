import { Connection } from "@pole/subgraph-kit";
import { Member } from "./member.entity";

/** A page of members (Relay connection). */
export const MemberConnection = Connection(Member, "Member", "A page of members (Relay connection).");
export type MemberConnection = InstanceType<typeof MemberConnection>;
