// negotiator (a dependency of express and Apollo Server) ships no types; what the kit uses of it.
declare module "negotiator" {
  class Negotiator {
    constructor(request: { headers: Record<string, string | string[] | undefined> });
    /** The languages of `available` the request accepts, best first (q-values and tag prefixes honoured). */
    languages(available?: string[]): string[];
  }
  export default Negotiator;
}
