import type { DataSource } from "typeorm";
import { createDataSource } from "./database";
import * as PreparedStatements from "./prepared-statements";
import { MAX_PREPARED_STATEMENTS } from "./prepared-statements";
import { createTestDatabase, dropTestDatabase } from "./testing";

describe("prepared statements (createDataSource)", () => {
  let url: string;
  let dataSource: DataSource;

  beforeAll(async () => {
    url = await createTestDatabase("prepared");
    dataSource = await createDataSource({ url, entities: [], migrations: [] }).initialize();
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await dropTestDatabase(url);
  });

  /** The statements the connection behind `runner` has prepared, as pg_prepared_statements lists them. */
  const preparedOn = async (runner: ReturnType<DataSource["createQueryRunner"]>) =>
    (await runner.query("SELECT name, statement FROM pg_prepared_statements ORDER BY name")) as {
      name: string;
      statement: string;
    }[];

  it("prepares a parameterised statement once per connection and reuses it, with the right answers", async () => {
    const runner = dataSource.createQueryRunner();
    try {
      const text = "SELECT $1::int * 2 AS doubled";
      expect(await runner.query(text, [21])).toEqual([{ doubled: 42 }]);
      expect(await runner.query(text, [5])).toEqual([{ doubled: 10 }]);
      const prepared = (await preparedOn(runner)).filter((row) => row.statement === text);
      expect(prepared).toHaveLength(1);
      expect(prepared[0].name).toMatch(/^pole_\d+$/);
    } finally {
      await runner.release();
    }
  });

  it("leaves statements without parameters unnamed (transactions, SET, DDL, several statements at once)", async () => {
    const runner = dataSource.createQueryRunner();
    try {
      await runner.query("SELECT 1 AS one; SELECT 2 AS two");
      expect((await preparedOn(runner)).map((row) => row.statement)).not.toContain(
        "SELECT 1 AS one; SELECT 2 AS two",
      );
    } finally {
      await runner.release();
    }
  });

  it("keeps a statement's errors what they were", async () => {
    await expect(dataSource.query("SELECT $1::int AS n", ["not a number"])).rejects.toMatchObject({
      driverError: expect.objectContaining({ code: "22P02" }),
    });
    // …and the statement still answers on the same pool afterwards.
    expect(await dataSource.query("SELECT $1::int AS n", ["7"])).toEqual([{ n: 7 }]);
  });

  it("prepares at most MAX_PREPARED_STATEMENTS texts in a process, then runs new ones unnamed", () => {
    jest.isolateModules(() => {
      // A fresh copy of the module: its names so far are this test's alone.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { statementNameFor } = require("./prepared-statements") as typeof PreparedStatements;
      const names = Array.from({ length: MAX_PREPARED_STATEMENTS }, (_, i) =>
        statementNameFor(`SELECT ${i}`),
      );
      expect(new Set(names).size).toBe(MAX_PREPARED_STATEMENTS);
      expect(statementNameFor("SELECT 0")).toBe(names[0]);
      expect(statementNameFor("SELECT 'one too many'")).toBeUndefined();
    });
  });
});
