import { invalidField } from "@pole/subgraph-kit";

/**
 * A result's progress from its input: `progressPercentage`, or the deprecated `progress` (the same
 * percentage, as an Int), never both; undefined when neither is given.
 */
export function progressOf(progressPercentage?: number | null, progress?: number | null): number | undefined {
  if (progressPercentage != null && progress != null) {
    throw invalidField("input.progressPercentage", "consistency", "input.notWithDeprecated", {
      deprecated: "progress",
    });
  }
  return progressPercentage ?? progress ?? undefined;
}
