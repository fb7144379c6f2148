import { createHash } from "node:crypto";
import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { analyzeWithNetwork } from "../../analytics/index.ts";
import { loadDataset, toEntityGraph } from "../../ingest/index.ts";
import type { EntityGraph } from "../../model/index.ts";
import { rawRows } from "../test/raw-csv.ts";
import { writeSmallWorld } from "../test/small-world.ts";
import { buildTargetPackage } from "./build-package.ts";
import type { TargetDossier } from "./contents.ts";
import { topTargets } from "./select-targets.ts";

const DEMO = fileURLToPath(new URL("../../../fixtures/demo", import.meta.url));

async function load(folder: string) {
  const graph = toEntityGraph(await loadDataset(folder));
  const { analysis, network } = analyzeWithNetwork(graph, { seed: 11 });
  return { graph, analysis, network };
}

const readJson = async (folder: string) =>
  JSON.parse(await readFile(join(folder, "package.json"), "utf8")) as TargetDossier;

/** What the dataset files say about a person, counted with csv-parse alone. */
function expectedFromCsv(folder: string, id: string) {
  const transfers = rawRows(folder, "transfers.csv");
  const sums = (rows: Record<string, string>[]) => {
    const total: Record<string, number> = {};
    for (const row of rows) total[row.currency!] = (total[row.currency!] ?? 0) + Number(row.amount);
    return total;
  };
  const incoming = transfers.filter((row) => row.receiver_id === id);
  const outgoing = transfers.filter((row) => row.sender_id === id);
  const phones = new Set(
    rawRows(folder, "phone_usage.csv")
      .filter((row) => row.person_id === id)
      .map((row) => row.phone_id),
  );
  const calls = rawRows(folder, "calls.csv").filter(
    (row) => phones.has(row.caller_phone_id) || phones.has(row.callee_phone_id),
  );
  const vehicles = new Set(
    rawRows(folder, "vehicle_usage.csv")
      .filter((row) => row.person_id === id)
      .map((row) => row.vehicle_id),
  );
  const sightings = rawRows(folder, "sightings.csv").filter(
    (row) => row.subject_id === id || vehicles.has(row.subject_id!),
  );
  return {
    transfersIn: incoming.length,
    transfersOut: outgoing.length,
    sumsIn: sums(incoming),
    sumsOut: sums(outgoing),
    calls: calls.length,
    callSeconds: calls.reduce((total, row) => total + Number(row.duration_s || 0), 0),
    sightings: sightings.length,
    phones: phones.size,
  };
}

function expectMatches(dossier: TargetDossier, expected: ReturnType<typeof expectedFromCsv>) {
  expect(dossier.transfers.in).toHaveLength(expected.transfersIn);
  expect(dossier.transfers.out).toHaveLength(expected.transfersOut);
  for (const direction of ["in", "out"] as const) {
    const sums = direction === "in" ? expected.sumsIn : expected.sumsOut;
    expect(Object.keys(dossier.transfers.totals[direction]).sort()).toEqual(
      Object.keys(sums).sort(),
    );
    for (const [currency, amount] of Object.entries(sums)) {
      expect(dossier.transfers.totals[direction][currency]).toBeCloseTo(amount, 2);
    }
  }
  expect(dossier.calls.count).toBe(expected.calls);
  expect(dossier.calls.durationSeconds).toBe(expected.callSeconds);
  // Every call has one other end (or, between two of the person's own phones, is counted once).
  expect(dossier.calls.counterparts.reduce((total, entry) => total + entry.calls, 0)).toBe(
    expected.calls,
  );
  expect(dossier.sightings).toHaveLength(expected.sightings);
  expect(dossier.phones).toHaveLength(expected.phones);
}

describe("buildTargetPackage", () => {
  let world: string;
  let graph: EntityGraph;
  let loaded: Awaited<ReturnType<typeof load>>;

  beforeAll(async () => {
    world = await writeSmallWorld();
    loaded = await load(world);
    graph = loaded.graph;
  });

  it("holds what the dataset says about the person: transfers, sums, calls, sightings", async () => {
    const out = await mkdtemp(join(tmpdir(), "crosslink-package-"));
    const [written] = await buildTargetPackage(
      { ...loaded, targets: ["P1"], out, generatedBy: "test" },
      { pdf: "never" },
    );
    const dossier = await readJson(written!.folder);
    expectMatches(dossier, expectedFromCsv(world, "P1"));
    expect(dossier.person).toMatchObject({
      id: "P1",
      label: "Ana Petrova",
      handling_code: "EU-ONLY",
      source: "report 17",
    });
    expect(dossier.cases.map((entry) => entry.entity.id)).toEqual(["C1"]);
    expect(dossier.vehicles.map((entry) => entry.entity.id)).toEqual(["V1"]);
    expect(dossier.accounts.map((entry) => entry.entity.id)).toEqual(["A1"]);
    expect(dossier.routes[0]!.links[0]!.fields).toMatchObject({
      date: "2024-03-10",
      role: "organiser",
    });
    expect(dossier.target).toMatchObject({ id: "P1", rank: expect.any(Number) });
    expect(dossier.scores!.explanation.length).toBeGreaterThan(0);
    expect(dossier.community!.size).toBeGreaterThan(1);
    expect(dossier.provenance).toMatchObject({
      datasetHash: graph.getAttribute("datasetHash"),
      seed: 11,
      generatedBy: "test",
    });
    // Provenance of every record names its file and line: check transfers against the raw rows.
    const rows = rawRows(world, "transfers.csv");
    for (const entry of [...dossier.transfers.in, ...dossier.transfers.out]) {
      const line = rows.findIndex((row) => row.id === entry.transfer.id) + 2;
      expect(entry.transfer.provenance).toEqual({ file: "transfers.csv", line });
    }
    expect(dossier.handlingCodes).toEqual(["EU-ONLY", "FIU-ONLY"]);
    expect(dossier.classification).toBe("secret");
    const html = await readFile(join(written!.folder, "index.html"), "utf8");
    // The marking heads and closes every printed page (dossier-pdf.browser.test.ts reads the PDF).
    expect(
      html.match(
        /<div class="marking">SECRET<span class="codes"> · EU-ONLY<\/span><span class="codes"> · FIU-ONLY<\/span><\/div>/g,
      ),
    ).toHaveLength(2);
    expect(await readFile(join(written!.folder, "transfers.csv"), "utf8")).toContain(
      "T2,out,P3,Viktor Lenz,300,EUR,2024-03-09,cash_courier,confidential,FIU-ONLY,,transfers.csv:3",
    );
  });

  it("matches the raw files for the demo world's top targets", async () => {
    const demo = await load(DEMO);
    const out = await mkdtemp(join(tmpdir(), "crosslink-package-"));
    const targets = topTargets(demo.analysis, 3);
    expect(targets).toHaveLength(3);
    const written = await buildTargetPackage(
      { ...demo, targets, out, generatedBy: "test" },
      { pdf: "never", formats: ["json"] },
    );
    for (const entry of written)
      expectMatches(await readJson(entry.folder), expectedFromCsv(DEMO, entry.id));
  });

  it("writes a manifest in sha256sum format over every other file", async () => {
    const out = await mkdtemp(join(tmpdir(), "crosslink-package-"));
    const [written] = await buildTargetPackage({
      ...loaded,
      targets: ["P3"],
      out,
      generatedBy: "test",
    });
    const manifest = await readFile(join(written!.folder, "MANIFEST.sha256"), "utf8");
    const lines = manifest.trimEnd().split("\n");
    const files = (await readdir(written!.folder))
      .filter((file) => file !== "MANIFEST.sha256")
      .sort();
    expect(lines.map((line) => line.slice(66))).toEqual(files);
    for (const line of lines) {
      const [digest, file] = [line.slice(0, 64), line.slice(66)];
      const actual = createHash("sha256")
        .update(await readFile(join(written!.folder, file)))
        .digest("hex");
      expect(actual, file).toBe(digest);
    }
  });

  it("gives identical content on two runs, apart from the generation time", async () => {
    const run = async (time: string) => {
      const out = await mkdtemp(join(tmpdir(), "crosslink-package-"));
      const again = await load(world);
      const [written] = await buildTargetPackage(
        { ...again, targets: ["P1"], out, generatedBy: "test" },
        { now: () => new Date(time) },
      );
      const files: Record<string, Buffer> = {};
      for (const file of written!.files) files[file] = await readFile(join(written!.folder, file));
      return files;
    };
    const first = await run("2024-01-01T00:00:00Z");
    const second = await run("2025-06-30T12:34:56Z");
    expect(Object.keys(second)).toEqual(Object.keys(first));
    const differing = Object.keys(first).filter((file) => !first[file]!.equals(second[file]!));
    // package.json differs in generatedAt alone, the dossier (HTML and its PDF) in the printed
    // generation time alone, and the manifest in those files' digests alone.
    expect(differing.sort()).toEqual([
      "MANIFEST.sha256",
      "dossier.pdf",
      "index.html",
      "package.json",
    ]);
    const htmlWithoutTime = (buffer: Buffer, time: string) =>
      buffer.toString().replaceAll(`generated ${time} by`, "generated TIME by");
    expect(htmlWithoutTime(second["index.html"]!, "2025-06-30 12:34 UTC")).toBe(
      htmlWithoutTime(first["index.html"]!, "2024-01-01 00:00 UTC"),
    );
    const withoutTime = (buffer: Buffer) => {
      const { provenance, ...rest } = JSON.parse(buffer.toString()) as TargetDossier;
      return { ...rest, provenance: { ...provenance, generatedAt: null } };
    };
    expect(withoutTime(second["package.json"]!)).toEqual(withoutTime(first["package.json"]!));
    const manifestLines = (buffer: Buffer) =>
      buffer
        .toString()
        .split("\n")
        .filter((line) => !/ {2}(package\.json|index\.html|dossier\.pdf)$/.test(line));
    expect(manifestLines(second["MANIFEST.sha256"]!)).toEqual(
      manifestLines(first["MANIFEST.sha256"]!),
    );
  });
});
