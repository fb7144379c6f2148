/**
 * What the offline importer is told about the files import-files.ts writes
 * (no server: scripts/neo4j/offline-import.neo4j.test.ts imports them): its
 * slow multiline parsing only when a field holds a line break, and the graph's
 * node carrying the highest rank, as the transactional import leaves it.
 */
import { mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadDataset, toEntityGraph } from "../../ingest/index.ts";
import { CLASSIFICATIONS, classificationRank, type EntityGraph } from "../../model/index.ts";
import { writeImportFiles } from "./import-files.ts";

const demo = async () => toEntityGraph(await loadDataset("fixtures/demo"));
const write = (graph: EntityGraph, dir: string) =>
  writeImportFiles({ records: graph, attributes: graph.getAttributes() }, dir);

describe("the offline importer's files", () => {
  let dir: string;
  beforeEach(async () => (dir = await mkdtemp(join(tmpdir(), "crosslink-import-files-"))));
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it("ask for multiline parsing only when a field holds a line break", async () => {
    const graph = await demo();
    expect(write(graph, dir).multiline).toBe(false);

    const person = graph.findNode((_, attributes) => attributes.type === "person")!;
    graph.setNodeAttribute(person, "name", "Ana\nPetrova");
    const again = join(dir, "again");
    await mkdir(again);
    const files = write(graph, again);
    expect(files.multiline).toBe(true);
    const rows = await Promise.all(files.nodes.map((pair) => readFile(pair.at(-1)!, "utf8")));
    expect(rows.join("")).toContain('"Ana\nPetrova"');
  });

  it("give the graph's node the highest rank of its records", async () => {
    const graph = await demo();
    let top = -1;
    graph.forEachNode((_, { classification }) => {
      top = Math.max(top, classificationRank(classification));
    });
    graph.forEachEdge((_, { classification }) => {
      top = Math.max(top, classificationRank(classification));
    });
    expect(CLASSIFICATIONS[top]).toBeDefined();
    const meta = write(graph, dir).nodes.at(-1)![0]!;
    const [header, row] = (await readFile(meta, "utf8")).trim().split("\n");
    expect(header!.split(",").at(-1)).toBe("top_rank:long");
    expect(row!.split(",").at(-1)).toBe(String(top));
  });
});
