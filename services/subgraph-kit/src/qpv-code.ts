/**
 * Codes of the priority neighbourhoods (quartiers prioritaires de la politique de la ville, QPV), one
 * definition for every input and database constraint of the subgraphs.
 *
 * - The 2015 geography (décret n° 2014-1750): `QP` + 6 digits, the department on 3 digits then a number,
 *   e.g. `QP021003`.
 * - The 2024 geography (décret n° 2023-1314, in force since 1 January 2024): `QN`, the department on 3
 *   characters (digits, or 02A / 02B for Corsica; overseas 971…976), a number of 2 or 3 digits and an
 *   optional capital letter, e.g. `QN02501M`. The example has 6 characters after `QN` and its text
 *   says 7: both are accepted, so the whole code is 7 to 9 characters. The rule is a little wider than the
 *   published list on purpose (the list itself is not checked: a code of a neighbourhood the list does not
 *   know is still well-formed), and narrow enough that a typing slip (a lower-case letter, a space, a
 *   missing prefix) is refused.
 */
export const QPV_CODE_SOURCE = "^(QP[0-9]{6}|QN[0-9]{2}[0-9AB][0-9]{2,3}[A-Z]?)$";

/** A QPV code of either geography (see QPV_CODE_SOURCE). */
export const QPV_CODE = new RegExp(QPV_CODE_SOURCE);

/** The longest QPV code (`QN` + 7 characters): the width of the database columns holding one. */
export const QPV_CODE_MAX_LENGTH = 9;

/** The catalogue key of the words explaining a QPV code (kit `messages.ts`), for decorators' `message`. */
export const QPV_CODE_MESSAGE = "format.qpvCode";

/** The same rule in a PostgreSQL CHECK constraint on `column` (a POSIX regular expression). */
export const qpvCodeCheck = (column: string) => `"${column}" ~ '${QPV_CODE_SOURCE}'`;

/** QPV_CODE_SOURCE without its anchors, for composing it. */
const QPV_CODE_ALTERNATIVES = QPV_CODE_SOURCE.slice(1, -1);

/** The rule for a PostgreSQL array of codes: every item a QPV code (an empty array passes). */
export const qpvCodesCheck = (column: string) =>
  `array_to_string("${column}", ',') ~ '^(${QPV_CODE_ALTERNATIVES}(,${QPV_CODE_ALTERNATIVES})*)?$'`;
