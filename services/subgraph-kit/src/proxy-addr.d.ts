// proxy-addr (a dependency of express) ships no types; what the kit uses of it.
declare module "proxy-addr" {
  import type { IncomingMessage } from "node:http";

  /** Whether the hop at `address` (index `hop` from the socket) is trusted. */
  export type TrustFunction = (address: string, hop: number) => boolean;

  /** The client's address: the right-most hop of X-Forwarded-For not trusted, else the socket's. */
  function proxyaddr(req: IncomingMessage, trust: TrustFunction | string | string[]): string;
  namespace proxyaddr {
    /** Compiles IPs, CIDR ranges or names (loopback, linklocal, uniquelocal); throws a TypeError on a bad one. */
    function compile(value: string | string[]): TrustFunction;
  }
  export default proxyaddr;
}
