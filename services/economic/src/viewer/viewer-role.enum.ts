import { registerEnumType } from "type-graphql";
import type { Role } from "@pole/subgraph-kit";

/** The role of a token, as the API names it (the kit's roles, in capitals). */
export enum ViewerRole {
  STAFF = "STAFF",
  MEMBER = "MEMBER",
  COUNCIL = "COUNCIL",
  TERRITORY = "TERRITORY",
}

registerEnumType(ViewerRole, {
  name: "ViewerRole",
  description: "The role a token gives its bearer (see the README's « Who may read what »).",
  valuesConfig: {
    STAFF: { description: "The Pôle's team: reads and writes everything." },
    MEMBER: { description: "A member structure: its own data (see Viewer.member)." },
    COUNCIL: { description: "The regional council: reports and aggregates." },
    TERRITORY: {
      description: "A partner territory: its own practices and transfers (see Viewer.territory).",
    },
  },
});

/** French labels of the roles. */
export const viewerRoleLabels: Record<ViewerRole, string> = {
  STAFF: "Équipe du Pôle",
  MEMBER: "Structure membre",
  COUNCIL: "Conseil régional",
  TERRITORY: "Territoire partenaire",
};

/** The API's name of a token's role. */
export const viewerRoleOf: Record<Role, ViewerRole> = {
  staff: ViewerRole.STAFF,
  member: ViewerRole.MEMBER,
  council: ViewerRole.COUNCIL,
  territory: ViewerRole.TERRITORY,
};
