import { MembershipKind } from "../member/member.enums";

export { activityLabels, legalFormLabels } from "../member/member.enums";
export { serviceCategoryLabels } from "../service-offering/service-category.enum";

/**
 * Headings of the membership-kind breakdown of reports, in report order (plural: they head a count of
 * members; `membershipKindLabels` labels one member's kind).
 */
export const membershipKindReportLabels: Record<MembershipKind, string> = {
  INSTALLED: "Installés dans l'immeuble Boutaric",
  ASSOCIATED: "Associés sur le territoire",
};
