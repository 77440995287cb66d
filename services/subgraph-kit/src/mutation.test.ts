import { Column, Entity, PrimaryColumn } from "typeorm";
import { AuditEntry } from "./audit/audit-entry.entity";
import { createDataSource } from "./database";
import { LoaderRegistry } from "./loaders";
import { runMutation } from "./mutation";
import type { SubgraphContext } from "./subgraph-server";
import { createTestDatabase, dropTestDatabase } from "./testing/test-database";

@Entity("note")
class Note {
  @PrimaryColumn({ type: "varchar" })
  id!: string;

  @Column({ type: "varchar", length: 5 })
  text!: string;
}

describe("runMutation", () => {
  let url: string;
  let context: SubgraphContext;

  beforeAll(async () => {
    url = await createTestDatabase("kit_mutation");
    // A throwaway schema for this test only: `synchronize` stands in for migrations here.
    const dataSource = createDataSource({ url, entities: [Note, AuditEntry], migrations: [] });
    await dataSource.initialize();
    await dataSource.synchronize();
    context = {
      dataSource,
      loaders: new LoaderRegistry(),
      clientIp: "127.0.0.1",
      viewer: { subject: "staff-1", role: "staff" },
    };
  });
  afterAll(async () => {
    await context.dataSource.destroy();
    await dropTestDatabase(url);
  });

  const count = async () => ({
    notes: await context.dataSource.getRepository(Note).count(),
    audit: await context.dataSource.getRepository(AuditEntry).count(),
  });

  it("commits the change with an audit entry naming who, what and which record", async () => {
    await runMutation(context, "createNote", async ({ manager, recordChange }) => {
      await manager.insert(Note, { id: "n1", text: "hello" });
      recordChange("Note", "n1");
    });
    const [entry] = await context.dataSource.getRepository(AuditEntry).find();
    expect(entry).toMatchObject({
      operation: "createNote",
      recordType: "Note",
      recordId: "n1",
      actorSubject: "staff-1",
      actorRole: "staff",
    });
    expect(entry.occurredAt).toBeInstanceOf(Date);
  });

  it("writes nothing, audit included, when the work fails after a write", async () => {
    const before = await count();
    await expect(
      runMutation(context, "createNote", async ({ manager }) => {
        await manager.insert(Note, { id: "n2", text: "ok" });
        throw new Error("second step failed");
      }),
    ).rejects.toThrow("second step failed");
    expect(await count()).toEqual(before);
  });

  it("turns constraint violations into CONFLICT and BAD_USER_INPUT without naming tables", async () => {
    const attempt = (id: string, text: string) =>
      runMutation(context, "createNote", async ({ manager, recordChange }) => {
        await manager.insert(Note, { id, text });
        recordChange("Note", id);
      }).then(
        () => ({ code: "accepted", message: "" }),
        (error: { extensions?: { code?: string }; message: string }) => ({
          code: error.extensions?.code,
          message: error.message,
        }),
      );
    const duplicate = await attempt("n1", "again");
    expect(duplicate.code).toBe("CONFLICT");
    expect(duplicate.message).not.toMatch(/note|PK_|duplicate key/i);
    expect((await attempt("n3", "far too long")).code).toBe("BAD_USER_INPUT");
  });

  it("refuses a mutation that records no change, so none escapes the audit trail", async () => {
    await expect(runMutation(context, "noop", async () => undefined)).rejects.toThrow(/recorded no change/);
  });
});
