/**
 * `crosslink entity ID --as USER` prints what `GET /api/entities/:id` gives
 * that user, for a user of each clearance on the demo world; an id hidden
 * from the user is an error on both, and says nothing more than a missing one.
 */
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UserFile } from "../../engine/access/index.ts";
import { loadDataset, toEntityGraph } from "../../engine/ingest/index.ts";
import { CLASSIFICATIONS, classificationRank, type EntityGraph } from "../../engine/model/index.ts";
import { MemoryStore } from "../../engine/store/index.ts";
import { buildApp } from "../../server/app.ts";
import { crosslinkCli } from "./test-cli.ts";

const DEMO = fileURLToPath(new URL("../../fixtures/demo", import.meta.url));

let dataDir: string;
let app: FastifyInstance;
let graph: EntityGraph;
const tokens = new Map<string, string>();

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "crosslink-entity-"));
  const store = await MemoryStore.open(dataDir);
  await store.importGraph(toEntityGraph(await loadDataset(DEMO)));
  graph = await store.loadGraph();
  const users = await UserFile.open(join(dataDir, "users.json"));
  for (const level of CLASSIFICATIONS) tokens.set(level, await users.add(level, "viewer", level));
  app = await buildApp({ store, dataDir, rateLimit: false });
});
afterAll(() => app?.close());

const cli = crosslinkCli();
const crosslink = (...args: string[]) => cli.run(...args, "--data-dir", dataDir);

describe("crosslink entity --as and GET /api/entities/:id", () => {
  it("give a user of each clearance the same detail", async () => {
    // The best-linked person (ties, calls, scores), a phone, and the first secret person.
    const persons = graph.filterNodes((_id, attributes) => attributes.type === "person");
    const hub = persons.reduce((a, b) => (graph.degree(b) > graph.degree(a) ? b : a));
    const secret = persons.find((id) => graph.getNodeAttribute(id, "classification") === "secret")!;
    const ids = [hub, "PH000001", secret];
    for (const level of CLASSIFICATIONS) {
      for (const id of ids) {
        const response = await app.inject({
          url: `/api/entities/${id}`,
          headers: { authorization: `Bearer ${tokens.get(level)}` },
        });
        const result = crosslink("entity", id, "--as", level);
        const visible =
          classificationRank(graph.getNodeAttribute(id, "classification")) <=
          classificationRank(level);
        if (!visible) {
          expect(response.statusCode).toBe(404);
          expect(result.status).toBe(1);
          expect(result.stdout).toBe("");
          expect(result.stderr).not.toContain(graph.getNodeAttribute(id, "label"));
          continue;
        }
        expect(response.statusCode, response.body).toBe(200);
        expect(result.status, result.stderr).toBe(0);
        expect(JSON.parse(result.stdout), `${level} ${id}`).toEqual(response.json());
      }
    }
    // Each CLI detail is a `view` line of the same audit log as the API's.
    const lines = (await readFile(join(dataDir, "audit.jsonl"), "utf8"))
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    const cli = lines.filter((line) => line.route === "cli entity");
    expect(cli).toHaveLength(CLASSIFICATIONS.length * 3);
    const about = (user: string) =>
      cli.find((line) => line.user === user && line.query?.id === secret);
    expect(cli.every((line) => line.action === "view")).toBe(true);
    expect(about("secret")).toMatchObject({ status: 200, ids: expect.arrayContaining([secret]) });
    expect(about("restricted")).toMatchObject({ status: 404, ids: [] });
  }, 300_000);
});
