/**
 * For tests that ask the CLI and the API the same question: the demo world
 * imported into a fresh data folder, one user per clearance level (named after
 * it) with the given role, and the app serving that folder. The fields are
 * filled by the `beforeAll` this registers.
 */
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll } from "vitest";
import { UserFile, type Role } from "../../engine/access/index.ts";
import { loadDataset, toEntityGraph } from "../../engine/ingest/index.ts";
import { CLASSIFICATIONS, type EntityGraph } from "../../engine/model/index.ts";
import { MemoryStore } from "../../engine/store/index.ts";
import { buildApp } from "../../server/app.ts";
import { crosslinkCli, type CliRun } from "./test-cli.ts";

const DEMO = fileURLToPath(new URL("../../fixtures/demo", import.meta.url));

export interface AuditLine {
  user: string;
  action: string;
  route: string;
  ids: string[];
  status?: number;
  query?: Record<string, string>;
}

export class DemoWorld {
  dataDir = "";
  graph!: EntityGraph;
  app!: FastifyInstance;
  private readonly tokens = new Map<string, string>();
  private readonly cli = crosslinkCli();

  async open(role: Role): Promise<void> {
    this.dataDir = await mkdtemp(join(tmpdir(), "crosslink-demo-world-"));
    const store = await MemoryStore.open(this.dataDir);
    this.graph = toEntityGraph(await loadDataset(DEMO));
    await store.importGraph(this.graph);
    const users = await UserFile.open(join(this.dataDir, "users.json"));
    for (const level of CLASSIFICATIONS)
      this.tokens.set(level, await users.add(level, role, level));
    this.app = await buildApp({ store, dataDir: this.dataDir, rateLimit: false });
  }

  /** `crosslink ARGS --data-dir` on this world, whatever its exit status. */
  run(...args: string[]): CliRun {
    return this.cli.run(...args, "--data-dir", this.dataDir);
  }

  /** The output of `crosslink ARGS --data-dir` on this world; throws when it fails. */
  crosslink(...args: string[]): string {
    return this.cli.succeed(...args, "--data-dir", this.dataDir);
  }

  /** `GET url` as the user cleared `level`, whatever the status. */
  get(level: string, url: string) {
    return this.app.inject({
      method: "GET",
      url,
      headers: { authorization: `Bearer ${this.tokens.get(level)}` },
    });
  }

  async auditLines(): Promise<AuditLine[]> {
    return (await readFile(join(this.dataDir, "audit.jsonl"), "utf8"))
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as AuditLine);
  }
}

/** A demo world for the tests of this file, opened before them and closed after. */
export function useDemoWorld(role: Role): DemoWorld {
  const world = new DemoWorld();
  beforeAll(() => world.open(role));
  afterAll(() => world.app?.close());
  return world;
}
