import { mkdtemp, readFile, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DatasetError, loadDataset, sourceDigest, toEntityGraph } from "../../ingest/index.ts";
import { writeDataset } from "../../ingest/test/write-dataset.ts";
import { MemoryStore, readDatasetColumns } from "../index.ts";
import { DATASET, EDITED, contents } from "../test/datasets.ts";
import { STORE_FILE, readStoreHeader, readStoreSources } from "./persist.ts";
import { unchangedImportOf } from "../unchanged-import.ts";

const world = { name: "world" };
const freshStore = async () => MemoryStore.open(await mkdtemp(join(tmpdir(), "crosslink-cols-")));

describe("a dataset streamed into columns", () => {
  it("imports equal to the dataset held whole, and a re-import merges by digests", async () => {
    const folder = await writeDataset(DATASET);
    const streamed = await freshStore();
    await streamed.importColumns((await readDatasetColumns(folder, world)).columns);
    const whole = await freshStore();
    await whole.importGraph(toEntityGraph(await loadDataset(folder, world)));
    expect(contents(await streamed.loadGraph())).toEqual(contents(await whole.loadGraph()));

    const edited = await writeDataset(EDITED);
    await streamed.importColumns((await readDatasetColumns(edited, world)).columns);
    await whole.importGraph(toEntityGraph(await loadDataset(edited, world)));
    expect(contents(await streamed.loadGraph())).toEqual(contents(await whole.loadGraph()));
  });

  it("holds each record's text as the whole graph's import does, byte for byte", async () => {
    // Provenance made apart from the text: extra columns (non-ASCII), merged phones and
    // waypoints follow it or stand before it, and the store files must not differ by a byte.
    const folder = await writeDataset({
      ...DATASET,
      "persons.csv":
        "id,name,category,classification,note_\u00e9\nP1,Ana,suspect,secret,\u00c5sa \u{1F600} 1\nP2,Omar,smuggled_person,,\nP3,Lena,,,x\n",
      "phones.csv":
        "id,number,extra_col\nPH1,+39 333 123 4567,x\nPH2,+44 7700 900123,\nPH3,0039 333 1234567,z\n",
      "locations.csv": "id,name\nL1,Lampedusa\nL2,Agrigento\n",
      "routes.csv": "id,name,waypoints\nR1,Sea,L1>L2\n",
    });
    const streamed = await freshStore();
    await streamed.importColumns((await readDatasetColumns(folder, world)).columns);
    const whole = await freshStore();
    await whole.importGraph(toEntityGraph(await loadDataset(folder, world)));
    const text = (store: MemoryStore) => readFile(join(store.dataDir, STORE_FILE), "utf8");
    const held = await text(streamed);
    expect(held).toContain('"merged_ids":["PH3"]');
    expect(held).toContain('"extra":{"note_\u00e9":"\u00c5sa \u{1F600} 1"}');
    expect(held).toContain('"waypoints":["L1","L2"]');
    expect(held).toBe(await text(whole));
  });

  it("loads nothing of a dataset with a link to an unknown id, naming file, line and field", async () => {
    const store = await freshStore();
    const bad = { ...DATASET, "phone_usage.csv": "person_id,phone_id\nP1,PH1\nP2,PH9\n" };
    const error = await readDatasetColumns(await writeDataset(bad)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as DatasetError).message).toBe('phone_usage.csv:3: phone_id: unknown id "PH9"');
    expect(store.isEmpty()).toBe(true);
  });

  it("knows the same files imported again from their digest, and writes nothing", async () => {
    const folder = await writeDataset(DATASET);
    const store = await freshStore();
    const source = await sourceDigest(folder);
    const first = await readDatasetColumns(folder, world);
    await store.importColumns(first.columns, { source });
    expect((await readStoreSources(store.dataDir)).world).toEqual({
      digest: source,
      entities: 5,
      links: 5,
    });
    const path = join(store.dataDir, STORE_FILE);
    const before = await stat(path);
    const reopened = await MemoryStore.open(store.dataDir);
    // What the whole way says of the same files, read and merged again.
    const merged = await reopened.importColumns((await readDatasetColumns(folder, world)).columns, {
      source,
    });
    expect(reopened.unchangedImport("world", source)).toEqual(merged);
    const after = await stat(path);
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);

    // One byte changed, and the files are no longer those imported.
    await writeFile(join(folder, "persons.csv"), DATASET["persons.csv"].replace("Lena", "Lene"));
    const changed = await sourceDigest(folder);
    expect(changed).not.toBe(source);
    expect(reopened.unchangedImport("world", changed)).toBeUndefined();
    expect(reopened.unchangedImport("another", source)).toBeUndefined();
  });

  it("answers an unchanged re-import from the header alone: its sources and the records per type", async () => {
    const folder = await writeDataset(DATASET);
    const store = await freshStore();
    const source = await sourceDigest(folder);
    await store.importColumns((await readDatasetColumns(folder, world)).columns, { source });
    const header = await readStoreHeader(store.dataDir);
    expect(header.counts).toEqual(await store.counts());
    expect(unchangedImportOf(header.sources, "world", source)).toEqual(
      store.unchangedImport("world", source),
    );
    // No record is read: a store whose records were cut away still answers from its header.
    const path = join(store.dataDir, STORE_FILE);
    const [headerLine] = (await readFile(path, "utf8")).split("\n");
    await writeFile(path, `${headerLine}\n`);
    expect((await readStoreHeader(store.dataDir)).counts).toEqual(header.counts);
    await expect(MemoryStore.open(store.dataDir)).rejects.toThrow(/incomplete store/);
  });
});
