import { QueryFailedError } from "typeorm";
import { isDatabaseUnavailable } from "./database";

const pgError = (code: string, message = "error") => Object.assign(new Error(message), { code });

describe("isDatabaseUnavailable", () => {
  it.each([
    ["a refused connection", pgError("ECONNREFUSED", "connect ECONNREFUSED 127.0.0.1:5432")],
    ["a reset connection", pgError("ECONNRESET", "read ECONNRESET")],
    ["a connection lost by node-postgres", new Error("Connection terminated unexpectedly")],
    ["a pool that cannot connect in time", new Error("timeout exceeded when trying to connect")],
    ["a connection exception (class 08)", pgError("08006")],
    ["an administrator shutdown", pgError("57P01")],
    ["a crash shutdown", pgError("57P02")],
    ["a server starting up", pgError("57P03")],
    ["too many connections", pgError("53300")],
    ["a QueryFailedError around one", new QueryFailedError("SELECT 1", [], pgError("57P01"))],
    ["an AggregateError of refusals", new AggregateError([pgError("ECONNREFUSED")], "")],
    ["a cause", new Error("wrapped", { cause: pgError("ECONNRESET") })],
  ])("recognises %s", (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ["a syntax error", new QueryFailedError("SELEC 1", [], pgError("42601"))],
    ["a unique violation", pgError("23505")],
    ["a NUL byte refused", pgError("22021")],
    ["a bug", new TypeError("Cannot read properties of undefined")],
    ["nothing", undefined],
  ])("does not take %s for an outage", (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
