/**
 * The FollowTheMoney export read by the `followthemoney` package itself
 * (PyPI; scripts/python/setup.sh installs it into .venv-ftm, run by
 * `npm test`): every line of the export, as exportNetwork streams it, of a
 * generated world and of the small world is a valid entity of its schema,
 * names only entities of the file, and keeps its dates through FtM's cleaning. Skips loudly without the venv; under
 * CI=true its absence is a failure.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { generateWorld } from "../../../fixtures/generator/index.ts";
import { loadDataset, toEntityGraph } from "../../ingest/index.ts";
import { PROTECTED_CATEGORIES, type EntityGraph } from "../../model/index.ts";
import { writeSmallWorld } from "../test/small-world.ts";
import { ftmId, toFtm } from "./ftm.ts";
import { exportNetwork } from "./write-network.ts";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const PYTHON = join(ROOT, ".venv-ftm/bin/python");
const VALIDATE = join(ROOT, "scripts/python/validate_ftm.py");
const haveFtm =
  existsSync(PYTHON) && spawnSync(PYTHON, ["-c", "import followthemoney"]).status === 0;
if (!haveFtm) {
  console.warn(
    "SKIPPED FollowTheMoney validation: no followthemoney in .venv-ftm (bash scripts/python/setup.sh; needs python3-venv)",
  );
}

interface Validation {
  entities: number;
  schemata: Record<string, number>;
  errors: number;
  first_errors: string[];
}

async function validate(graph: EntityGraph): Promise<Validation> {
  const file = join(await mkdtemp(join(tmpdir(), "crosslink-ftm-")), "export.ftm.json");
  // The file as `crosslink export --network --format ftm` streams it.
  await exportNetwork({ graph, format: "ftm", out: file });
  const result = spawnSync(PYTHON, [VALIDATE, file], { encoding: "utf8" });
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Validation;
}

describe("FollowTheMoney export, validated by followthemoney", () => {
  it.runIf(!haveFtm && process.env.CI === "true")("has followthemoney under CI", () => {
    throw new Error("CI must run scripts/python/setup.sh (python3-venv)");
  });

  it.skipIf(!haveFtm)("validates every line of a generated world's export", async () => {
    const root = await mkdtemp(join(tmpdir(), "crosslink-ftm-world-"));
    const world = await generateWorld({ persons: 400, seed: 4, out: join(root, "world") });
    const graph = toEntityGraph(await loadDataset(world.out));
    const entities = toFtm(graph);
    const result = await validate(graph);
    expect(result.first_errors).toEqual([]);
    expect(result.entities).toBe(entities.length);
    console.info(`followthemoney validated ${result.entities} entities`, result.schemata);

    // Suspects carry the crime topics of their cases; protected persons carry none.
    const byId = new Map(entities.map((entity) => [entity.id, entity]));
    let suspects = 0;
    graph.forEachNode((node, attributes) => {
      if (attributes.type !== "person") return;
      const person = byId.get(ftmId("entity", node))!;
      if (PROTECTED_CATEGORIES.includes(attributes.category as never)) {
        expect(person.properties.topics, node).toBeUndefined();
      } else if (person.properties.topics) suspects++;
    });
    expect(suspects).toBeGreaterThan(20);
    expect(entities.some((e) => e.properties.topics?.includes("crime.traffick.drug"))).toBe(true);
    expect(entities.some((e) => e.properties.topics?.includes("crime.fin"))).toBe(true);
  });

  it.skipIf(!haveFtm)(
    "validates the small world: control as a directorship, seconds kept",
    async () => {
      const graph = toEntityGraph(await loadDataset(await writeSmallWorld()));
      const result = await validate(graph);
      expect(result.first_errors).toEqual([]);
      expect(result.schemata.Directorship).toBe(1);
      const calls = toFtm(graph).filter((entity) => entity.schema === "Call");
      expect(calls.map((call) => call.properties.date![0]).sort()[0]).toBe("2024-03-01T10:00:00");
    },
  );
});
