import { accessRuleFields, accessRuleFieldsLeftCacheable } from "@pole/subgraph-kit";
import { buildNeighbourhoodSchema } from "../src/schema";

// A guard for new fields: every field of the neighbourhood subgraph behind an access rule (`@Authorized`) carries
// `@cacheControl(maxAge: 0, scope: PRIVATE)` in the schema Apollo Server computes Cache-Control from.
it("gives every field with an access rule a hint that keeps it out of every cache", async () => {
  const schema = await buildNeighbourhoodSchema();
  const protectedFields = accessRuleFields();
  expect(protectedFields.size).toBeGreaterThan(0);
  expect(accessRuleFieldsLeftCacheable(schema, protectedFields)).toEqual([]);
});
