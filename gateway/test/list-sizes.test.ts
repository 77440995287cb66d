import {
  buildSchema,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  parse,
  type GraphQLInterfaceType,
  type GraphQLObjectType,
} from "graphql";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readListSizes } from "@pole/subgraph-kit";

// The cost limit multiplies by each list's size: every list of objects in the graph must say how long it
// may be, or the estimate would guess. A new list without `MaxItems` (or pagination) fails here.

const schemaDir = join(__dirname, "..", "..", "schema");
const api = buildSchema(readFileSync(join(schemaDir, "api.graphql"), "utf8"));
const sizes = readListSizes(parse(readFileSync(join(schemaDir, "supergraph.graphql"), "utf8")));

const fields = Object.values(api.getTypeMap())
  .filter((type) => !type.name.startsWith("__"))
  .filter(
    (type): type is GraphQLObjectType | GraphQLInterfaceType => isObjectType(type) || isInterfaceType(type),
  )
  .flatMap((type) =>
    Object.values(type.getFields()).map((field) => ({
      coordinate: `${type.name}.${field.name}`,
      typeName: type.name,
      field,
    })),
  );

describe("list sizes declared in the schema", () => {
  it("declares a size for every list of objects, or pages it", () => {
    const undeclared = fields
      .filter(
        ({ field }) => isListType(getNullableType(field.type)) && isCompositeType(getNamedType(field.type)),
      )
      // A connection's edges are sized by the field that returns the connection.
      .filter(({ typeName, field }) => !(typeName.endsWith("Connection") && field.name === "edges"))
      .filter(({ coordinate }) => sizes.get(coordinate)?.assumedSize === undefined)
      .map(({ coordinate }) => coordinate);
    expect(undeclared).toEqual([]);
  });

  it("sizes every connection by its `first` or `last` argument, its edges by that page", () => {
    const paged = fields.filter(({ field }) => field.args.some((arg) => arg.name === "first"));
    expect(paged.every(({ field }) => field.args.some((arg) => arg.name === "last"))).toBe(true);
    expect(paged.length).toBeGreaterThan(30);
    for (const { coordinate } of paged) {
      expect({ coordinate, size: sizes.get(coordinate) }).toEqual({
        coordinate,
        size: { assumedSize: 20, slicingArguments: ["first", "last"], sizedFields: ["edges"] },
      });
    }
  });
});
