import { registerDecorator, type ValidationOptions } from "class-validator";

/**
 * Contact data the subgraph refuses in what inhabitants publish: an e-mail address, or a phone number
 * (French forms such as 03 80 12 34 56, 03.80.12.34.56, +33 3 80 12 34 56, and international numbers of 8
 * digits or more written with a leading +). Contributions are public and inhabitants are never data subjects
 * here, so such text is refused rather than stored; the message tells the inhabitant why.
 */
const EMAIL = /[^\s@<>()]+@[^\s@<>()]+\.[a-z]{2,}/i;
const FRENCH_PHONE = /(?:\+33|0033|\b0)\s*\(?0?\)?\s*[1-9](?:[\s.-]*\d{2}){4}\b/;
const INTERNATIONAL_PHONE = /\+\d(?:[\s.-]*\d){7,}/;

/** Whether the text contains something that looks like an e-mail address or a phone number. */
export function containsContactData(text: string): boolean {
  return EMAIL.test(text) || FRENCH_PHONE.test(text) || INTERNATIONAL_PHONE.test(text);
}

/** class-validator rule: the string holds no e-mail address and no phone number. */
export function HasNoContactData(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: "hasNoContactData",
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: {
        validate: (value: unknown) => typeof value !== "string" || !containsContactData(value),
        // What clients read is the kit's catalogue (rule contactData), in their language.
        defaultMessage: () =>
          "must not contain an e-mail address or a phone number (contributions are public)",
      },
    });
}

/** class-validator rule: once trimmed, the string has between `min` and `max` characters. */
export function HasTrimmedLength(min: number, max: number, options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: "hasTrimmedLength",
      target: target.constructor,
      propertyName: propertyName as string,
      constraints: [min, max],
      options,
      validator: {
        defaultMessage: () =>
          `must be between ${min} and ${max} characters long (spaces at both ends not counted)`,
        validate: (value: unknown) => {
          if (typeof value !== "string") return false;
          const length = [...value.trim()].length;
          return length >= min && length <= max;
        },
      },
    });
}
