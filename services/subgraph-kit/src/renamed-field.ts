/** The day the names of issue 11's consistency pass became the former ones. */
export const RENAMED_ON = "2026-12-02";

/**
 * Options of a field kept under its former name after a rename (a payload's `action` once it became
 * `neighbourhoodAction`, a count once it got its `…Count` name): deprecated with the date and its
 * replacement, and still answered.
 */
export const formerNameOf = (field: string, description: string) => ({
  description: `${description} Former name of \`${field}\`.`,
  deprecationReason: `${RENAMED_ON}: use ${field}`,
});
