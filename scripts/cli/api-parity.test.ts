/**
 * The CLI and the API give a user the same answers: for a user of each
 * clearance on the demo world, `crosslink targets --as USER` equals
 * `GET /api/targets`, and `crosslink export ID --as USER` writes the same
 * package.json as `GET /api/targets/ID/package`, apart from when and by
 * whom it was generated; and the stored analysis's targets (`crosslink
 * analyze`, then `crosslink targets`) are the list of a user cleared for
 * everything.
 */
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { TargetDossier } from "../../engine/export/index.ts";
import { CLASSIFICATIONS, type Classification } from "../../engine/model/index.ts";
import { useDemoWorld } from "./demo-world.ts";

const TOP = 15;
const world = useDemoWorld("taskforce");
const crosslink = (...args: string[]) => world.crosslink(...args);

async function api(level: Classification, url: string): Promise<unknown> {
  const response = await world.get(level, url);
  expect(response.statusCode, response.body).toBe(200);
  return JSON.parse(response.body);
}

/** A package without the two fields that say when and for whom it was made. */
function withoutGeneration(text: string) {
  const dossier = JSON.parse(text) as TargetDossier;
  const provenance: Partial<TargetDossier["provenance"]> = { ...dossier.provenance };
  delete provenance.generatedAt;
  delete provenance.generatedBy;
  return { ...dossier, provenance };
}

// Two CLI runs per clearance, each several seconds on a loaded machine.
describe.each(CLASSIFICATIONS)("a user cleared %s", (level) => {
  let targets: { id: string }[];

  it("gets the same target list from the CLI and the API", { timeout: 120_000 }, async () => {
    targets = ((await api(level, `/api/targets?limit=${TOP}`)) as { targets: { id: string }[] })
      .targets;
    expect(targets).toHaveLength(TOP);
    const cli = JSON.parse(
      crosslink("targets", "--as", level, "--top", `${TOP}`, "--format", "json"),
    );
    expect(cli).toEqual(targets);
    // Listed in the audit log as the API's listing is.
    const listed = (await world.auditLines()).filter(
      (line) => line.user === level && line.route === "cli targets",
    );
    expect(listed.at(-1)?.ids).toEqual(targets.map((target) => target.id));
  });

  it(
    "gets the same package of the top target from the CLI and the API",
    { timeout: 120_000 },
    async () => {
      const id = targets[0]!.id;
      const response = await world.get(
        level,
        `/api/targets/${encodeURIComponent(id)}/package?format=json`,
      );
      expect(response.statusCode, response.body).toBe(200);
      const out = await mkdtemp(join(tmpdir(), "crosslink-parity-out-"));
      crosslink("export", id, "--as", level, "--format", "json", "--out", out);
      const cli = await readFile(join(out, id, "package.json"), "utf8");
      const fromApi = withoutGeneration(response.body);
      expect(withoutGeneration(cli)).toEqual(fromApi);
      // The package is the user's: nothing above their clearance.
      expect(fromApi.classification).toBeOneOf(
        CLASSIFICATIONS.slice(0, CLASSIFICATIONS.indexOf(level) + 1),
      );
    },
  );
});

it("lists the stored analysis's targets as the API lists them for a user cleared for everything", async () => {
  crosslink("analyze");
  const cli = JSON.parse(crosslink("targets", "--top", `${TOP}`, "--format", "json"));
  expect(cli).toEqual(
    ((await api("secret", `/api/targets?limit=${TOP}`)) as { targets: unknown }).targets,
  );
}, 120_000);

it("gives users of different clearances different views of the demo world", async () => {
  const lists = await Promise.all(
    (["unclassified", "secret"] as const).map((level) => api(level, `/api/targets?limit=${TOP}`)),
  );
  expect(lists[0]).not.toEqual(lists[1]);
});
