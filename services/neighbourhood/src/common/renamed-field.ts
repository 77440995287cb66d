/**
 * Options of a field kept under its former name after a rename, e.g. a payload's `action` once it became
 * `neighbourhoodAction` (payload fields are named after their type): deprecated, and still answered.
 */
export const formerNameOf = (field: string, description: string) => ({
  description: `${description} Former name of \`${field}\`.`,
  deprecationReason: `2026-12-02: use ${field}`,
});
