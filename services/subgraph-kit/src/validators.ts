import { isURL, ValidateBy, type ValidationOptions } from "class-validator";
import { isValidRna, isValidSiret } from "./french-identifiers";

/** A SIRET: 14 digits with a valid check digit. */
export function IsSiret(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: "isSiret",
      validator: {
        validate: (value) => typeof value === "string" && isValidSiret(value),
        defaultMessage: () => "must be a SIRET: 14 digits with a valid check digit",
      },
    },
    options,
  );
}

/** An RNA number: `W` followed by 9 digits. */
export function IsRna(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: "isRna",
      validator: {
        validate: (value) => typeof value === "string" && isValidRna(value),
        defaultMessage: () => "must be an RNA number: W followed by 9 digits",
      },
    },
    options,
  );
}

/** The longest URL accepted for a website or a logo (what every browser and search engine handles). */
export const MAX_URL_LENGTH = 2000;

/**
 * An absolute web address with a host name and a top-level domain: `http` or `https` (`https` only when
 * `httpsOnly`, e.g. for an image an HTTPS page shows), no user name or password, no spaces, at most
 * {@link MAX_URL_LENGTH} characters. `javascript:`, `data:` and other schemes are refused.
 */
export function IsWebUrl({ httpsOnly = false }: { httpsOnly?: boolean } = {}, options?: ValidationOptions) {
  const protocols = httpsOnly ? ["https"] : ["http", "https"];
  return ValidateBy(
    {
      name: httpsOnly ? "isHttpsUrl" : "isWebUrl",
      validator: {
        validate: (value) =>
          typeof value === "string" &&
          value.length <= MAX_URL_LENGTH &&
          isURL(value, {
            protocols,
            require_protocol: true,
            require_valid_protocol: true,
            require_host: true,
            require_tld: true,
            disallow_auth: true,
            allow_underscores: false,
          }),
        defaultMessage: () =>
          `must be an absolute ${protocols.join(" or ")} URL with a domain name, without user or password, at most ${MAX_URL_LENGTH} characters`,
      },
    },
    options,
  );
}
