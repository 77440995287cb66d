import { readFileSync } from "node:fs";
import { join } from "node:path";
import { getMetadataStorage as validationMetadata } from "class-validator";
import { buildSchema, getNamedType, isInputObjectType, type GraphQLInputObjectType } from "graphql";
import { getMetadataStorage as typeMetadata } from "type-graphql";
import { CONSTRAINTS, isMessageKey, MESSAGES, RULES, type Entry } from "@pole/subgraph-kit";
// Every subgraph's type-graphql classes, so their class-validator decorators are registered.
import "@pole/economic";
import "@pole/knowledge";
import "@pole/neighbourhood";

// One catalogue for every service (services/subgraph-kit/src/messages.ts): every input type clients can
// send (schema/api.graphql) is walked, and every class-validator constraint on it must have a rule of the
// documented vocabulary and a message in English and in French — so a new validator without a translation
// fails here, before a French form shows an English message.

const REPO = join(__dirname, "..", "..");
const api = buildSchema(readFileSync(join(REPO, "schema", "api.graphql"), "utf8"));
const inputTypes = Object.values(api.getTypeMap()).filter(
  (type): type is GraphQLInputObjectType => isInputObjectType(type) && !type.name.startsWith("__"),
);

/** The type-graphql classes declaring a GraphQL input type (one per subgraph that declares it). */
const classesOf = (name: string) =>
  typeMetadata()
    .inputTypes.filter((meta) => meta.name === name)
    .map((meta) => meta.target);

type ValidationMetadata = ReturnType<
  ReturnType<typeof validationMetadata>["getTargetValidationMetadatas"]
>[number];

/** class-validator's rules of a class, its base classes' included. */
const rulesOf = (target: Function): ValidationMetadata[] =>
  validationMetadata().getTargetValidationMetadatas(target, "", true, false);

/** The constraint's name as `ValidationError.constraints` reports it. */
const nameOf = (meta: ValidationMetadata) => meta.name ?? meta.type;

/** Rules that check nothing themselves (`@IsOptional`, `@ValidateIf`). */
const CONDITIONS = new Set(["conditionalValidation"]);

describe("the message catalogue covers every input clients can send", () => {
  it("finds the classes behind every input type of the API schema", () => {
    expect(inputTypes.length).toBeGreaterThan(50);
    expect(inputTypes.filter((type) => classesOf(type.name).length === 0).map((type) => type.name)).toEqual(
      [],
    );
  });

  const constraints = inputTypes.flatMap((type) =>
    classesOf(type.name).flatMap((target) =>
      rulesOf(target)
        .filter((meta) => !CONDITIONS.has(meta.type))
        .map((meta) => ({ where: `${type.name}.${meta.propertyName}`, meta })),
    ),
  );

  it("walks the constraints of the three subgraphs", () => {
    const names = new Set(constraints.map(({ meta }) => nameOf(meta)));
    // Built-in, economic, neighbourhood and knowledge rules are all among them.
    for (const name of [
      "isLength",
      "isUuid",
      "min",
      "isEuros",
      "isSiret",
      "hasNoContactData",
      "matches",
      "isIn",
    ]) {
      expect(names).toContain(name);
    }
  });

  it("gives every constraint a rule of the vocabulary and a message in both languages", () => {
    const problems = constraints.flatMap(({ where, meta }) => {
      const name = nameOf(meta);
      const text = CONSTRAINTS[name];
      if (!text) return [`${where}: constraint ${name} is not in the kit's CONSTRAINTS catalogue`];
      const found: string[] = [];
      if (!(text.rule in RULES)) found.push(`${where}: rule ${text.rule} of ${name} is not in RULES`);
      const values = meta.constraints ?? [];
      const en = text.en(values);
      const fr = text.fr(values);
      if (!en || !fr || en === fr) found.push(`${where}: ${name} needs distinct English and French messages`);
      if (/undefined|NaN/.test(en + fr)) found.push(`${where}: ${name} misses a value: "${en}" / "${fr}"`);
      return found;
    });
    expect(problems).toEqual([]);
  });

  it("accepts as a decorator's own message only a key of the catalogue", () => {
    const problems = constraints
      // @ValidateNested() brings class-validator's own message; the catalogue's nestedValidation replaces it.
      .filter(({ meta }) => meta.type !== "nestedValidation")
      .filter(({ meta }) => meta.message !== undefined && !isMessageKey(meta.message))
      .map(
        ({ where, meta }) =>
          `${where}: ${nameOf(meta)} has a message outside the catalogue: ${String(meta.message)}`,
      );
    expect(problems).toEqual([]);
  });

  it("validates every nested input that has rules of its own (else they would never run)", () => {
    const problems = inputTypes.flatMap((type) =>
      Object.values(type.getFields()).flatMap((field) => {
        const nested = getNamedType(field.type);
        if (!isInputObjectType(nested)) return [];
        const hasRules = classesOf(nested.name).some((target) =>
          rulesOf(target).some((meta) => !CONDITIONS.has(meta.type)),
        );
        if (!hasRules) return [];
        return classesOf(type.name).every((target) =>
          rulesOf(target).some(
            (meta) => meta.propertyName === field.name && meta.type === "nestedValidation",
          ),
        )
          ? []
          : [`${type.name}.${field.name} (${nested.name}) has no @ValidateNested()`];
      }),
    );
    expect(problems).toEqual([]);
  });
});

describe("every message of the catalogue", () => {
  // Plausible values for whatever a message quotes.
  const sample: Record<string, unknown> = {
    what: "add practices",
    step: "published",
    endsOn: "2013-12-31",
    startsOn: "2013-01-01",
  };
  const sampleOf: Record<string, Record<string, unknown>> = {
    "knowledge.transitionRefused": { from: ["DRAFT", "IN_REVIEW"] },
  };

  it.each(Object.keys(MESSAGES))("%s exists in English and in French", (key) => {
    const values = { ...sample, ...sampleOf[key] };
    const params = new Proxy({}, { get: (_target, name) => values[String(name)] ?? 42 });
    const entry = MESSAGES[key as keyof typeof MESSAGES] as Entry<object>;
    const en = entry.en(params);
    const fr = entry.fr(params);
    expect(en.length).toBeGreaterThan(0);
    expect(fr.length).toBeGreaterThan(0);
    expect(fr).not.toBe(en);
    expect(en + fr).not.toMatch(/undefined|NaN|\[object/);
  });
});

describe("the README's error catalogue", () => {
  const readme = readFileSync(join(REPO, "README.md"), "utf8");
  const section = readme.slice(
    readme.indexOf("## Error codes"),
    readme.indexOf("## Runtime and verified versions"),
  );

  it("comes right before the runtime section and documents every rule of the vocabulary", () => {
    expect(readme.indexOf("## Error codes")).toBeGreaterThan(0);
    expect(readme.indexOf("## Error codes")).toBeLessThan(readme.indexOf("## Runtime and verified versions"));
    expect(Object.keys(RULES).filter((rule) => !section.includes(`\`${rule}\``))).toEqual([]);
  });

  it.each([
    "BAD_USER_INPUT",
    "UNAUTHENTICATED",
    "FORBIDDEN",
    "NOT_FOUND",
    "CONFLICT",
    "RATE_LIMITED",
    "OPERATION_TOO_COMPLEX",
    "SERVICE_UNAVAILABLE",
  ])("documents %s", (code) => {
    expect(section).toContain(`\`${code}\``);
  });
});
