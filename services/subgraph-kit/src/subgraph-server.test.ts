import { z } from "zod";
import { parseEnv } from "./env";
import { trustedProxiesVar } from "./subgraph-main";
import { parseTrustedProxies } from "./subgraph-server";

describe("TRUSTED_PROXIES", () => {
  const parse = (value?: string) =>
    parseEnv(
      z.object({ TRUSTED_PROXIES: trustedProxiesVar }),
      value === undefined ? {} : { TRUSTED_PROXIES: value },
    ).TRUSTED_PROXIES;

  it("reads comma-separated IPs and CIDR ranges, unset meaning none", () => {
    expect(parse()).toEqual([]);
    expect(parse(" 10.0.0.1, 192.168.0.0/16 ,::1,fd00::/8,loopback")).toEqual([
      "10.0.0.1",
      "192.168.0.0/16",
      "::1",
      "fd00::/8",
      "loopback",
    ]);
  });

  it("names every entry that is not an address or a range", () => {
    expect(parseTrustedProxies("10.0.0.1, proxy.internal, 10.0.0.0/33").invalid).toEqual([
      "proxy.internal",
      "10.0.0.0/33",
    ]);
    expect(() => parse("10.0.0.1, proxy.internal")).toThrow(
      'TRUSTED_PROXIES: "proxy.internal" is not an IP address or a CIDR range such as 10.0.0.0/8',
    );
  });
});
