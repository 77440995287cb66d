import {
  getMetadataStorage as validationMetadata,
  validate,
  type ValidationError,
  type ValidatorOptions,
} from "class-validator";
import { getNamedType, type GraphQLResolveInfo } from "graphql";
import { getMetadataStorage as typeMetadata, type ValidatorFn } from "type-graphql";
import { invalidInput, type FieldError, type FieldPath } from "./field-errors";
import { currentLocale } from "./locale";
import { CONSTRAINTS, isMessageKey, messageIn } from "./messages";

/** As type-graphql validates by default: absent fields are not checked (GraphQL checks the required ones). */
const VALIDATOR_OPTIONS: ValidatorOptions = { skipMissingProperties: true, forbidUnknownValues: false };

/** How a constraint failure reads when its name is unknown to the catalogue (a test keeps this from happening). */
const UNKNOWN_RULE = "format" as const;

/** The declared metadata of one constraint of one property: its values and its decorator's options. */
function constraintMetadata(target: object | undefined, property: string, name: string) {
  if (!target || typeof target !== "object") return undefined;
  return validationMetadata()
    .getTargetValidationMetadatas(target.constructor, "", true, false)
    .find((meta) => meta.propertyName === property && (meta.name ?? meta.type) === name);
}

/** Which items of a list fail an `each: true` constraint, so each gets its own path. */
function failingItems(meta: NonNullable<ReturnType<typeof constraintMetadata>>, error: ValidationError) {
  if (!meta.each || !Array.isArray(error.value)) return undefined;
  const constraint = validationMetadata().getTargetValidatorConstraints(meta.constraintCls)[0];
  if (!constraint) return undefined;
  const failing: number[] = [];
  error.value.forEach((item: unknown, index: number) => {
    const ok = constraint.instance.validate(item, {
      value: item,
      constraints: meta.constraints,
      targetName: error.target?.constructor.name ?? "",
      object: error.target as object,
      property: error.property,
    });
    if (ok === false) failing.push(index);
  });
  return failing.length > 0 ? failing : undefined;
}

/** The field errors of class-validator's tree, under `path` (nested inputs and list items included). */
export function fieldErrorsOf(errors: ValidationError[], path: FieldPath): FieldError[] {
  const locale = currentLocale();
  return errors.flatMap((error) => {
    const here = [...path, /^\d+$/.test(error.property) ? Number(error.property) : error.property];
    const own = Object.entries(error.constraints ?? {}).flatMap(([name, fallback]): FieldError[] => {
      const meta = constraintMetadata(error.target, error.property, name);
      const known = CONSTRAINTS[name];
      const custom = meta?.message;
      // A decorator's own message is a catalogue key quoting nothing (`format.qpvCode`).
      const text = isMessageKey(custom)
        ? messageIn(locale, custom as "format.qpvCode")
        : known
          ? known[locale](meta?.constraints ?? [])
          : fallback;
      const rule = known?.rule ?? UNKNOWN_RULE;
      const items = meta ? failingItems(meta, error) : undefined;
      return items
        ? items.map((index) => ({ path: [...here, index], rule, message: text }))
        : [{ path: here, rule, message: text }];
    });
    return [...own, ...fieldErrorsOf(error.children ?? [], here)];
  });
}

/** The name of the argument holding a value of input class `argType`, or none for an `@Args()` class. */
function argumentPath(argType: unknown, info: GraphQLResolveInfo): FieldPath {
  const storage = typeMetadata();
  if (storage.argumentTypes.some((meta) => meta.target === argType)) return [];
  const typeName = storage.inputTypes.find((meta) => meta.target === argType)?.name;
  const field = info.parentType.getFields()[info.fieldName];
  const argument = field?.args.find((arg) => getNamedType(arg.type).name === typeName);
  return argument ? [argument.name] : [];
}

/**
 * type-graphql's validation of every argument object: class-validator's rules, every failing field at once,
 * as one BAD_USER_INPUT whose `extensions.fieldErrors` gives each field's path from the argument (`["input",
 * "phases", 2, "endsOn"]`), its rule and its message in the request's language.
 */
export const validateArguments: ValidatorFn = async (argValue, argType, { info }) => {
  if (argValue === null || typeof argValue !== "object") return;
  const path = argumentPath(argType, info);
  const items: [FieldPath, unknown][] = Array.isArray(argValue)
    ? argValue.map((item, index) => [[...path, index], item])
    : [[path, argValue]];
  const errors: FieldError[] = [];
  for (const [itemPath, item] of items) {
    if (item === null || typeof item !== "object") continue;
    errors.push(...fieldErrorsOf(await validate(item, VALIDATOR_OPTIONS), itemPath));
  }
  if (errors.length > 0) throw invalidInput(errors);
};
