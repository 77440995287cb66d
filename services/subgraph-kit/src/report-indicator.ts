import { Directive, Field, ID, ObjectType, registerEnumType } from "type-graphql";
import type { ClassType } from "type-graphql";
import type { BreakdownItem } from "./breakdown";
import { MaxItems } from "./limits/list-size";

// The indicator catalogue (`reportIndicators`): what every figure of the annual report means. Each pillar's
// subgraph owns its definitions and resolves its own list of the singleton `ReportIndicatorCatalogue`, as it
// resolves its own part of `AnnualReport`.

/** The three pillars of the Pôle, one part of the annual report each. */
export enum ReportPillar {
  ECONOMY = "ECONOMY",
  NEIGHBOURHOOD = "NEIGHBOURHOOD",
  KNOWLEDGE = "KNOWLEDGE",
}

registerEnumType(ReportPillar, {
  name: "ReportPillar",
  description: "A pillar of the Pôle's work, one part of the annual report each.",
  valuesConfig: {
    ECONOMY: { description: "Economic development of the member enterprises (AnnualReport.economy)." },
    NEIGHBOURHOOD: { description: "Well-being of the Grésilles neighbourhood (AnnualReport.neighbourhood)." },
    KNOWLEDGE: { description: "Modelling and sharing good practice (AnnualReport.knowledge)." },
  },
});

/** French labels of the pillars. */
export const reportPillarLabels: Record<ReportPillar, string> = {
  ECONOMY: "Développement économique",
  NEIGHBOURHOOD: "Quartier des Grésilles",
  KNOWLEDGE: "Modélisation et essaimage",
};

/** What an indicator's numbers count or measure. */
export enum ReportUnit {
  COUNT = "COUNT",
  PEOPLE = "PEOPLE",
  EUROS = "EUROS",
  HOURS = "HOURS",
  SQUARE_METRES = "SQUARE_METRES",
  FTE = "FTE",
}

registerEnumType(ReportUnit, {
  name: "ReportUnit",
  description: "The unit of an indicator's values.",
  valuesConfig: {
    COUNT: { description: "A number of things (structures, actions, transfers…)." },
    PEOPLE: { description: "A number of people (a sum of counts: a person may count more than once)." },
    EUROS: { description: "An amount in euros, exact to the cent." },
    HOURS: { description: "A number of hours." },
    SQUARE_METRES: { description: "An area in square metres." },
    FTE: { description: "Full-time equivalents (ETP)." },
  },
});

/** French labels of the units, as a spreadsheet's unit column shows them. */
export const reportUnitLabels: Record<ReportUnit, string> = {
  COUNT: "nombre",
  PEOPLE: "personnes",
  EUROS: "€",
  HOURS: "heures",
  SQUARE_METRES: "m²",
  FTE: "ETP",
};

/** The label tables of the catalogue's enums, for each subgraph's `enumLabels`. */
export const reportIndicatorEnumLabels = {
  ReportPillar: reportPillarLabels,
  ReportUnit: reportUnitLabels,
};

/** One indicator of the annual report: what a figure field means, in French, and what it is computed from. */
@ObjectType({
  description:
    "One indicator of the annual report: the figure field it describes (key), its pillar, its French label and definition, its unit and the records it is computed from.",
})
@Directive("@shareable")
export class ReportIndicator {
  @Field({
    description:
      "The figure's field name in its pillar's part of AnnualReport, e.g. memberCount in EconomyReport; a breakdown's key is its list field, e.g. membersByLegalForm.",
  })
  key!: string;

  @Field(() => ReportPillar, {
    description: "The pillar, hence the part of AnnualReport, holding the field.",
  })
  pillar!: ReportPillar;

  @Field({ description: "Label in French, for people and for the columns of exports." })
  label!: string;

  @Field({ description: "Definition in French: what is counted, over which period, and what is not." })
  definition!: string;

  @Field(() => ReportUnit, { description: "The unit of the values." })
  unit!: ReportUnit;

  @Field({ description: "The records the figure is computed from, in French." })
  source!: string;

  @Field({
    description: "Whether the field is a breakdown (a list of { key, label, value }) rather than a number.",
  })
  breakdown!: boolean;
}

/** An indicator's text, as a subgraph declares it next to its report part. */
export interface IndicatorDefinition {
  label: string;
  definition: string;
  unit: ReportUnit;
  source: string;
}

/** The figure fields of a report part: numbers (null when no data) and breakdowns. */
export type FigureFieldsOf<T> = {
  [K in keyof T]-?: NonNullable<T[K]> extends number | BreakdownItem[] ? K : never;
}[keyof T] &
  string;

/**
 * One definition per figure field of a report part, keyed by field name; TypeScript asks for every field,
 * and the gateway's catalogue test checks the composed schema the same way.
 */
export type IndicatorDefinitions<T> = Record<FigureFieldsOf<T>, IndicatorDefinition>;

/** The id of the one catalogue there is. */
export const REPORT_INDICATOR_CATALOGUE_ID = "report-indicators";

/** Most indicators one pillar's list may hold (for the cost estimate). */
export const MAX_PILLAR_INDICATORS = 60;

/** The pillars' field names on `ReportIndicatorCatalogue`, as on `AnnualReport`. */
export const reportPillarFields = {
  ECONOMY: "economy",
  NEIGHBOURHOOD: "neighbourhood",
  KNOWLEDGE: "knowledge",
} as const satisfies Record<ReportPillar, string>;

/** The catalogue as one pillar's subgraph knows it: the singleton's id and that pillar's list. */
export type IndicatorCatalogueOf = { id: string } & Record<string, ReportIndicator[] | string>;

export interface IndicatorCatalogue {
  /** The subgraph's `ReportIndicatorCatalogue` class: the key and this pillar's list. */
  type: ClassType;
  /** The singleton, with this pillar's indicators. */
  catalogue(): IndicatorCatalogueOf;
  /** `__resolveReference` for the entity: the singleton for its id, null for any other. */
  reference: { __resolveReference(reference: { id: string }): IndicatorCatalogueOf | null };
}

/**
 * One pillar's side of the `ReportIndicatorCatalogue` entity: a class of its own for the subgraph (type-graphql
 * keeps fields per class, and each subgraph's schema holds only its own list), the singleton, and its
 * reference resolver. `breakdownFields` names the part's list fields; the others are numbers.
 */
export function createIndicatorCatalogue<T>(
  pillar: ReportPillar,
  definitions: IndicatorDefinitions<T>,
  breakdownFields: readonly FigureFieldsOf<T>[],
): IndicatorCatalogue {
  const field = reportPillarFields[pillar];
  const indicators = Object.entries<IndicatorDefinition>(definitions).map(([key, text]) =>
    Object.freeze(
      Object.assign(new ReportIndicator(), {
        key,
        pillar,
        ...text,
        breakdown: (breakdownFields as readonly string[]).includes(key),
      }),
    ),
  );

  class ReportIndicatorCatalogue {
    id!: string;
  }
  ObjectType("ReportIndicatorCatalogue", {
    description:
      "The catalogue of the annual report's indicators (reportIndicators): every figure field of EconomyReport, NeighbourhoodReport and KnowledgeReport, with its French label, definition, unit and source. Each pillar's subgraph gives its own list.",
  })(ReportIndicatorCatalogue);
  Directive('@key(fields: "id")')(ReportIndicatorCatalogue);
  Field(() => ID, {
    description: `The catalogue's id; there is one catalogue, "${REPORT_INDICATOR_CATALOGUE_ID}".`,
  })(ReportIndicatorCatalogue.prototype, "id");
  // Nullable: each list comes from its pillar's subgraph, so one down costs its list only.
  MaxItems(MAX_PILLAR_INDICATORS)(ReportIndicatorCatalogue.prototype, field);
  Field(() => [ReportIndicator], {
    nullable: true,
    description: `The indicators of AnnualReport.${field} (${reportPillarLabels[pillar]}), in the order of its fields.`,
  })(ReportIndicatorCatalogue.prototype, field);

  const catalogue = () =>
    Object.assign(new ReportIndicatorCatalogue(), {
      id: REPORT_INDICATOR_CATALOGUE_ID,
      [field]: indicators,
    }) as IndicatorCatalogueOf;
  return {
    type: ReportIndicatorCatalogue,
    catalogue,
    reference: {
      __resolveReference: (reference) =>
        reference.id === REPORT_INDICATOR_CATALOGUE_ID ? catalogue() : null,
    },
  };
}
