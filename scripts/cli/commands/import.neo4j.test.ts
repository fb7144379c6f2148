/**
 * `crosslink import --store neo4j` against real servers: the same files
 * again are only hashed (a "compare files" stage, no dataset read, nothing
 * written), and `--offline` builds a store folder's database with Neo4j's
 * offline importer, which a server then starts on and which knows those
 * files too; a folder that already holds a database is refused before the
 * dataset is read, and `--offline` needs `--store neo4j`.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeSmallWorld } from "../../../engine/export/test/small-world.ts";
import { Neo4jStore, type Neo4jConnection } from "../../../engine/store/index.ts";
import { exclusiveDatabase, testServer } from "../../../engine/store/neo4j/test-server.ts";
import { startNeo4j, type Neo4jServer } from "../../neo4j/server.ts";
import { crosslinkCli, crosslinkOn } from "../test-cli.ts";

const server = testServer();
const LINES = ["read files", "check records", "read links", "build graph"];

/** The stage names a run printed with CROSSLINK_PROGRESS=lines, each once. */
const stagesOf = (stderr: string) => [
  ...new Set(
    stderr
      .split("\n")
      .map((line) => /^import: (.+?)(?: \d+\/\d+)? \d+%$/.exec(line)?.[1])
      .filter((name) => name !== undefined),
  ),
];

describe.skipIf("skip" in server)("crosslink import --store neo4j", () => {
  const connection = server as Neo4jConnection;
  let root: string;
  let dataset: string;
  let release: () => Promise<void>;
  let offlineServer: Neo4jServer | undefined;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), "crosslink-import-neo4j-"));
    dataset = await writeSmallWorld();
    release = await exclusiveDatabase(connection);
  }, 600_000);

  afterAll(async () => {
    await offlineServer?.stop();
    await release?.();
    await rm(root, { recursive: true, force: true });
  });

  it("takes the same files again by their digest alone: no dataset read, nothing created", () => {
    const { run } = crosslinkOn(connection);
    const first = importInto(connection, dataset);
    expect(first.stages).toEqual(["compare files", "open store", ...LINES, "write"]);
    const created = /(\d+) entities and (\d+) links created/.exec(first.stdout)!;

    expect(importUnchanged(connection, dataset)).toContain(
      `0 entities and 0 links created, ${created[1]} entities and ${created[2]} links already present`,
    );
    expect(run("import", dataset, "--store", "neo4j").status).toBe(0);
  }, 300_000);

  it("refuses --offline without --store neo4j", () => {
    const result = crosslinkCli().run("import", dataset, "--offline", join(root, "x"));
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("--offline needs --store neo4j");
  });

  it("builds a store folder's database offline; the server started on it knows the files", async () => {
    const storeDir = join(root, "store");
    const { succeed, run } = crosslinkCli();
    const out = succeed("import", dataset, "--store", "neo4j", "--offline", storeDir);
    expect(out).toMatch(/by the offline importer: \d+ entities and \d+ links created/);
    expect(out).toContain(`NEO4J_STORE=${storeDir}`);

    offlineServer = await startNeo4j({ storeDir });
    const store = await Neo4jStore.connect(offlineServer);
    const counts = await store.counts();
    await store.close();
    expect(out).toContain(`links:    ${linesOf(counts.links)}`);

    expect(importUnchanged(offlineServer, dataset)).toContain("0 entities and 0 links created");

    // The server's folder holds the database now: refused before the dataset is read.
    const refused = run("import", dataset, "--store", "neo4j", "--offline", storeDir);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`${storeDir} already holds a database`);
    expect(refused.stderr).not.toContain("    at ");
  }, 600_000);
});

/** `crosslink import DATASET --store neo4j` into `connection`, which must succeed: its output and stages. */
function importInto(connection: Neo4jConnection, dataset: string) {
  const result = crosslinkCli({ ...envOf(connection), CROSSLINK_PROGRESS: "lines" }).run(
    "import",
    dataset,
    "--store",
    "neo4j",
  );
  expect(result.status, result.stderr).toBe(0);
  return { stdout: result.stdout, stages: stagesOf(result.stderr) };
}

/** An import of files the store knows: only hashed and the store asked, no record read or written. Its output. */
function importUnchanged(connection: Neo4jConnection, dataset: string) {
  const again = importInto(connection, dataset);
  expect(again.stages).toEqual(["compare files", "open store"]);
  return again.stdout;
}

const envOf = (connection: Neo4jConnection) => ({
  NEO4J_URI: connection.uri,
  NEO4J_USER: connection.user,
  NEO4J_PASSWORD: connection.password,
});

const linesOf = (counts: Record<string, number>) =>
  Object.entries(counts)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([type, count]) => `${type} ${count}`)
    .join(", ");
