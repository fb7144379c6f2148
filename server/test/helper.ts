/**
 * Builds the app on a world in a fresh data folder, with one user per role.
 * Several editions of the world are imported one after the other under one
 * dataset name, as re-imports of an edited dataset.
 */
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { loadDataset, toEntityGraph } from "../../engine/ingest/index.ts";
import { writeDataset } from "../../engine/ingest/test/write-dataset.ts";
import { MemoryStore } from "../../engine/store/index.ts";
import { buildApp, type AppOptions } from "../app.ts";
import { UserFile } from "../../engine/access/index.ts";
import { SECRET_WORLD } from "../../engine/access/test/secret-world.ts";

export const TEST_USERS = {
  viewer: ["viewer", "secret"],
  analyst: ["analyst", "secret"],
  taskforce: ["taskforce", "secret"],
  admin: ["admin", "secret"],
  /** Every route, restricted clearance: the sweep user. */
  restricted: ["admin", "restricted"],
} as const;

export interface TestApp {
  app: FastifyInstance;
  dataDir: string;
  tokens: Record<keyof typeof TEST_USERS, string>;
}

export async function buildTestApp(
  files: Record<string, string> | Array<Record<string, string>> = SECRET_WORLD,
  options: Partial<AppOptions> = {},
): Promise<TestApp> {
  const dataDir = await mkdtemp(join(tmpdir(), "crosslink-server-"));
  const store = await MemoryStore.open(dataDir);
  for (const edition of Array.isArray(files) ? files : [files]) {
    const dataset = await loadDataset(await writeDataset(edition), { name: "test world" });
    await store.importGraph(toEntityGraph(dataset));
  }
  const users = await UserFile.open(join(dataDir, "users.json"));
  const tokens = {} as TestApp["tokens"];
  for (const [name, [role, clearance]] of Object.entries(TEST_USERS)) {
    tokens[name as keyof typeof TEST_USERS] = await users.add(name, role, clearance);
  }
  const app = await buildApp({ store, dataDir, ...options });
  return { app, dataDir, tokens };
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
