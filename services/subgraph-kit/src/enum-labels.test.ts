import { graphql, type GraphQLObjectType, type GraphQLSchema } from "graphql";
import {
  Authorized,
  Field,
  FieldResolver,
  ID,
  ObjectType,
  Query,
  registerEnumType,
  Resolver,
  Root,
} from "type-graphql";
import type { AccessRule, Viewer } from "./auth";
import { labelFieldName } from "./enum-labels";
import { buildFederatedSchema } from "./federated-schema";

enum Colour {
  RED = "RED",
  GREEN = "GREEN",
}
registerEnumType(Colour, { name: "Colour", description: "A colour." });
const colourLabels: Record<Colour, string> = { RED: "Rouge", GREEN: "Vert" };

enum Size {
  SMALL = "SMALL",
  LARGE = "LARGE",
}
registerEnumType(Size, { name: "Size", description: "A size." });

@ObjectType({ description: "A thing." })
class Thing {
  @Field(() => ID, { description: "Id." })
  id!: string;

  @Field(() => Colour, { description: "Its colour." })
  colour!: Colour;

  @Field(() => [Colour], { description: "Its other colours." })
  otherColours!: Colour[];

  @Field(() => Colour, { nullable: true, description: "Its trim, if any." })
  trim!: Colour | null;

  @Authorized<AccessRule>("staff")
  @Field(() => Colour, { nullable: true, description: "Its secret colour (staff)." })
  secretColour!: Colour;
}

@Resolver(() => Thing)
class ThingResolver {
  @Query(() => Thing, { description: "The thing." })
  thing(): Thing {
    return Object.assign(new Thing(), {
      id: "1",
      colour: Colour.RED,
      otherColours: [Colour.GREEN, Colour.RED],
      trim: null,
      secretColour: Colour.GREEN,
    });
  }

  @FieldResolver(() => Colour, { description: "A colour computed by a resolver." })
  computedColour(@Root() thing: Thing): Colour {
    return thing.colour === Colour.RED ? Colour.GREEN : Colour.RED;
  }
}

@ObjectType({ description: "A box." })
class Box {
  @Field(() => Size, { description: "Its size." })
  size!: Size;
}

@Resolver(() => Box)
class BoxResolver {
  @Query(() => Box, { description: "A box." })
  box(): Box {
    return Object.assign(new Box(), { size: Size.SMALL });
  }
}

describe("labelFieldName", () => {
  it("adds Label to a field, and Labels to the singular of a list", () => {
    expect(labelFieldName("legalForm", false)).toBe("legalFormLabel");
    expect(labelFieldName("activities", true)).toBe("activityLabels");
    expect(labelFieldName("helpKinds", true)).toBe("helpKindLabels");
    expect(labelFieldName("natures", true)).toBe("natureLabels");
  });
});

describe("French labels of enum fields", () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildFederatedSchema({ resolvers: [ThingResolver], enumLabels: { Colour: colourLabels } });
  });

  const run = (source: string, viewer: Viewer | null = null) =>
    graphql({ schema, source, contextValue: { viewer } });

  it("adds a label field next to every enum field, computed ones included", async () => {
    const result = await run(
      `{ thing { colour colourLabel otherColourLabels trimLabel computedColour computedColourLabel } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.thing).toEqual({
      colour: "RED",
      colourLabel: "Rouge",
      otherColourLabels: ["Vert", "Rouge"],
      trimLabel: null,
      computedColour: "GREEN",
      computedColourLabel: "Vert",
    });
  });

  it("gives a label the access rule of its field: refused where the field is, and only there", async () => {
    const anonymous = await run(`{ thing { colourLabel secretColourLabel } }`);
    expect(anonymous.data?.thing).toEqual({ colourLabel: "Rouge", secretColourLabel: null });
    expect(anonymous.errors?.map((e) => [e.path?.join("."), e.extensions?.code])).toEqual([
      ["thing.secretColourLabel", "UNAUTHENTICATED"],
    ]);
    const council = await run(`{ thing { secretColourLabel } }`, { subject: "c", role: "council" });
    expect(council.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const staff = await run(`{ thing { secretColourLabel } }`, { subject: "s", role: "staff" });
    expect(staff.errors).toBeUndefined();
    expect(staff.data?.thing).toEqual({ secretColourLabel: "Vert" });
  });

  it("describes each label field in the SDL", () => {
    const thing = schema.getType("Thing") as GraphQLObjectType;
    expect(thing.getFields().colourLabel.description).toMatch(/French label of `colour`, e\.g\. « Rouge »/);
    expect(thing.getFields().otherColourLabels.type.toString()).toBe("[String!]");
  });

  it("refuses to build a schema whose enum lacks labels, listing every gap", async () => {
    await expect(buildFederatedSchema({ resolvers: [BoxResolver], enumLabels: {} })).rejects.toThrow(
      /enum Size \(returned by Box.size\) has no table of French labels/,
    );
    await expect(
      buildFederatedSchema({
        resolvers: [BoxResolver],
        enumLabels: { Size: { SMALL: "Petit", HUGE: "Énorme" } },
      }),
    ).rejects.toThrow(
      /value LARGE has no French label[\s\S]*a label for HUGE, which is not one of its values/,
    );
    await expect(
      buildFederatedSchema({
        resolvers: [BoxResolver],
        enumLabels: { Size: { SMALL: "Petit", LARGE: " " } },
      }),
    ).rejects.toThrow(/value LARGE has no French label/);
  });
});
