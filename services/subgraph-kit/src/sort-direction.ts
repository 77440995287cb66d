import { registerEnumType } from "type-graphql";

/** Order of a sorted list. */
export enum SortDirection {
  ASC = "ASC",
  DESC = "DESC",
}

registerEnumType(SortDirection, {
  name: "SortDirection",
  description: "Order of a sorted list.",
  valuesConfig: { ASC: { description: "Ascending." }, DESC: { description: "Descending." } },
});
