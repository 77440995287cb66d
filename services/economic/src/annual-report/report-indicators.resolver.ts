import { Query, Resolver } from "type-graphql";
import type { IndicatorCatalogueOf } from "@pole/subgraph-kit";
import { economyIndicators } from "./economy-report.indicators";

/**
 * `reportIndicators`: the catalogue of the annual report's indicators. Public (definitions, no figures) and
 * cacheable; the economic subgraph answers the root field and its own list, the other pillars add theirs.
 */
@Resolver(() => economyIndicators.type)
export class ReportIndicatorsResolver {
  @Query(() => economyIndicators.type, {
    nullable: true,
    description:
      "The catalogue of the annual report's indicators: every figure field of AnnualReport's parts (key = field name) with its French label, definition, unit and source, pillar by pillar. Public.",
  })
  reportIndicators(): IndicatorCatalogueOf {
    return economyIndicators.catalogue();
  }
}
