import { memoryStore, type CachedAnswer } from "../src/response-cache-store";

// The memory store's byte bound and tag index (no database: the store is plain memory).

const answer = (characters: number): CachedAnswer => ({
  body: "x".repeat(characters),
  headers: [["cache-control", "public, max-age=60"]],
  storedAt: Date.now(),
  maxAge: 60,
});

describe("memory response store", () => {
  it("keeps no more than its byte bound, the least recently used going first", async () => {
    const store = memoryStore(10_000); // each entry below counts ~4.5 kB
    await store.set("a", answer(2000), []);
    await store.set("b", answer(2000), []);
    expect(await store.get("a")).toBeDefined(); // a is now the most recently used
    await store.set("c", answer(2000), []);
    expect(await store.get("b")).toBeUndefined();
    expect(await store.get("a")).toBeDefined();
    expect(await store.get("c")).toBeDefined();
    // An answer larger than the whole bound is not kept at all.
    await store.set("huge", answer(10_000), ["Member"]);
    expect(await store.get("huge")).toBeUndefined();
  });

  it("drops the entries stored with a purged tag, and only those", async () => {
    const store = memoryStore(1_000_000);
    await store.set("member", answer(10), ["Member", "Member:1"]);
    await store.set("other", answer(10), ["Member", "Member:2"]);
    await store.set("list", answer(10), ["Member[]"]);
    await store.purge(["Member:1", "Member[]"]);
    expect(await store.get("member")).toBeUndefined();
    expect(await store.get("list")).toBeUndefined();
    expect(await store.get("other")).toBeDefined();
  });
});
