/**
 * A text cell a spreadsheet will not run as a formula (CSV injection, OWASP): a text starting with `=`, `+`,
 * `-`, `@`, a tab or a carriage return gets a leading apostrophe, which spreadsheets show as text and do not
 * evaluate. Only for texts: numbers are written as numbers, a negative one included.
 */
export function spreadsheetSafeText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
