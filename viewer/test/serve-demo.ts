/**
 * The real stack for browser tests: the viewer built with vite into a temp
 * folder, and the API server (server/app.ts) on 127.0.0.1, port 0, over a
 * fresh data folder holding the demo world and one test user.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { FastifyInstance } from "fastify";
import { build } from "vite";
import { loadDataset, toEntityGraph } from "../../engine/ingest/index.ts";
import { MemoryStore } from "../../engine/store/index.ts";
import { buildApp } from "../../server/app.ts";
import { UserFile, usersFileOf } from "../../engine/access/index.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const DEMO_DIR = join(ROOT, "fixtures", "demo");
export const TEST_USER = { name: "e2e", role: "taskforce", clearance: "secret" } as const;

export interface DemoServer {
  url: string;
  token: string;
  app: FastifyInstance;
  close(): Promise<void>;
}

export async function buildViewer(outDir: string): Promise<void> {
  await build({
    configFile: join(ROOT, "vite.config.ts"),
    logLevel: "warn",
    build: { outDir, emptyOutDir: true },
  });
}

export async function serveDemo(): Promise<DemoServer> {
  const scratch = await mkdtemp(join(tmpdir(), "crosslink-viewer-test-"));
  const viewerDir = join(scratch, "viewer");
  const dataDir = join(scratch, "data");
  await buildViewer(viewerDir);
  const store = await MemoryStore.open(dataDir);
  await store.importGraph(toEntityGraph(await loadDataset(DEMO_DIR)));
  const users = await UserFile.open(usersFileOf(dataDir));
  const token = await users.add(TEST_USER.name, TEST_USER.role, TEST_USER.clearance);
  const app = await buildApp({ store, dataDir, viewerDir, rateLimit: false });
  const url = await app.listen({ host: "127.0.0.1", port: 0 });
  return {
    url,
    token,
    app,
    async close() {
      await app.close();
      await rm(scratch, { recursive: true, force: true });
    },
  };
}
