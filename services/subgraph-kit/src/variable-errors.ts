import { GraphQLError } from "graphql";
import { fieldError, toFieldPath, type FieldError } from "./field-errors";

/**
 * A variable GraphQL itself refused while coercing it to its type (HTTP 400, BAD_USER_INPUT: a required
 * field missing, a string where a number goes, an unknown enum value or field, a custom scalar that does
 * not parse) as a field error in the request's language. Its path starts at the variable (`$input` →
 * `["input", "phases", 2, "endsOn"]`), which is the argument's name when clients name them alike. graphql-js
 * words it `Variable "$input" got invalid value … at "input.phases[2].endsOn"; <why>`, `<why>` being the
 * message of its `originalError`.
 */
export function variableFieldError(error: unknown): FieldError | undefined {
  if (!(error instanceof GraphQLError) || error.extensions.code !== "BAD_USER_INPUT") return undefined;
  const variable = /^Variable "\$(\w+)" got invalid value /.exec(error.message)?.[1];
  const why = error.originalError?.message;
  if (!variable || !why || !error.message.endsWith(`; ${why}`)) return undefined;
  const prefix = error.message.slice(0, -why.length - 2);
  const at = / at "([^"]+)"$/.exec(prefix)?.[1] ?? variable;
  const path = toFieldPath(at);

  const missing = /^Field "(\w+)" of required type "[^"]+" was not provided\.$/.exec(why);
  if (missing) return fieldError([...path, missing[1]], "required", "input.required");
  if (/^Expected non-nullable type "[^"]+" not to be null\.$/.test(why)) {
    return fieldError(path, "required", "input.required");
  }
  const unknown = /^Field "(\w+)" is not defined by type "[^"]+"\./.exec(why);
  if (unknown) return fieldError([...path, unknown[1]], "type", "input.unknownField");
  const enumType = /^Value "[^"]*" does not exist in "(\w+)" enum\./.exec(why)?.[1];
  if (enumType) return fieldError(path, "enum", "input.notInEnum", { type: enumType });
  const scalar = /^(?:Enum "(\w+)"|(\w+)) cannot represent /.exec(why);
  if (scalar) return fieldError(path, "type", "input.wrongType", { type: scalar[1] ?? scalar[2] });
  return fieldError(path, "format", "input.invalidValue");
}
