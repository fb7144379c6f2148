/**
 * The real stack for browser tests on a generated world: a seeded world from
 * the generator (fixtures/generator), its planted truth, the viewer built
 * with vite and the API server (server/app.ts) on 127.0.0.1, port 0, with one
 * user per role the tests sign in as.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { generateWorld, type GroundTruth } from "../../fixtures/generator/index.ts";
import { loadDataset, toEntityGraph } from "../../engine/ingest/index.ts";
import { MemoryStore } from "../../engine/store/index.ts";
import { UserFile, usersFileOf, type Role } from "../../engine/access/index.ts";
import type { Classification } from "../../engine/model/index.ts";
import { buildApp } from "../../server/app.ts";
import { buildViewer } from "./serve-demo.ts";

export interface TestUser {
  name: string;
  role: Role;
  clearance: Classification;
}

export interface WorldServer {
  url: string;
  tokens: Record<string, string>;
  truth: GroundTruth;
  app: FastifyInstance;
  close(): Promise<void>;
}

export async function serveWorld(
  world: { persons: number; seed: number },
  users: readonly TestUser[],
): Promise<WorldServer> {
  const scratch = await mkdtemp(join(tmpdir(), "crosslink-viewer-world-"));
  const viewerDir = join(scratch, "viewer");
  const dataDir = join(scratch, "data");
  const out = join(scratch, "world");
  const summary = await generateWorld({ ...world, out });
  const truth = JSON.parse(await readFile(summary.truthFile, "utf8")) as GroundTruth;
  await buildViewer(viewerDir);
  const store = await MemoryStore.open(dataDir);
  await store.importGraph(toEntityGraph(await loadDataset(out)));
  const file = await UserFile.open(usersFileOf(dataDir));
  const tokens: Record<string, string> = {};
  for (const user of users)
    tokens[user.name] = await file.add(user.name, user.role, user.clearance);
  const app = await buildApp({ store, dataDir, viewerDir, rateLimit: false });
  const url = await app.listen({ host: "127.0.0.1", port: 0 });
  return {
    url,
    tokens,
    truth,
    app,
    async close() {
      await app.close();
      await rm(scratch, { recursive: true, force: true });
    },
  };
}
