/**
 * A real 500: the store fails in the middle of a search (its query throws,
 * as a lost database connection does). The answer is the plain "internal
 * error" with a request id and no stack trace or internal message; the log
 * has the error, with its stack, under that id.
 */
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { UserFile } from "../../engine/access/index.ts";
import { SECRET_WORLD } from "../../engine/access/test/secret-world.ts";
import { loadDataset, toEntityGraph } from "../../engine/ingest/index.ts";
import { writeDataset } from "../../engine/ingest/test/write-dataset.ts";
import { MemoryStore } from "../../engine/store/index.ts";
import { buildApp } from "../app.ts";
import { bearer } from "./helper.ts";

const FAILURE = "connection to the store lost while reading the phone index";

/** A real store whose search fails once the request has reached it. */
async function failingStore(dataDir: string): Promise<MemoryStore> {
  const store = await MemoryStore.open(dataDir);
  await store.importGraph(toEntityGraph(await loadDataset(await writeDataset(SECRET_WORLD))));
  store.search = async function failingSearch() {
    throw new Error(FAILURE);
  };
  return store;
}

describe("a request that fails inside the server", () => {
  let app: FastifyInstance;
  let token: string;
  const log: Record<string, unknown>[] = [];

  beforeAll(async () => {
    const lines = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString().split("\n").filter(Boolean)) log.push(JSON.parse(line));
        done();
      },
    });
    const dataDir = await mkdtemp(join(tmpdir(), "crosslink-500-"));
    token = await (
      await UserFile.open(join(dataDir, "users.json"))
    ).add("analyst", "analyst", "secret");
    app = await buildApp({
      store: await failingStore(dataDir),
      dataDir,
      logger: { level: "info", stream: lines },
    });
  });
  afterAll(() => app.close());

  it("answers 500 with a request id, no stack trace and no internal message", async () => {
    const reply = await app.inject({ url: "/api/search?q=Lenz", headers: bearer(token) });
    expect(reply.statusCode).toBe(500);
    const body = reply.json<{ message: string; requestId: string }>();
    expect(body.message).toBe("internal error; the server log has the details");
    expect(body.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(reply.body).not.toContain(FAILURE);
    expect(reply.body).not.toMatch(/at \S+ \(|\.ts:\d+|stack/);

    const logged = log.filter((line) => line.reqId === body.requestId && line.level === 50);
    expect(logged).toHaveLength(1);
    const err = logged[0]!.err as { message: string; stack: string };
    expect(err.message).toBe(FAILURE);
    expect(err.stack).toContain("failingSearch");
  });

  it("gives each request its own id", async () => {
    const ids = new Set<string>();
    for (let i = 0; i < 3; i++) {
      const reply = await app.inject({ url: "/api/search?q=Lenz", headers: bearer(token) });
      ids.add(reply.json<{ requestId: string }>().requestId);
    }
    expect(ids.size).toBe(3);
  });
});
