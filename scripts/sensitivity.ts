/**
 * Sensitivity of the target ranking to its weights: on generated unlabelled
 * worlds, how the top 20 changes when each weight moves by ±50% (the others
 * kept). Each world is analysed once with every eligible person listed; each
 * variation re-weighs the feature strengths (the hub discount recovered from
 * the baseline score), so a move costs a sort, not an analysis. For one seed
 * it prints a Markdown table: the weight, and for −50% and +50% the persons of
 * the top 20 that change and the key facilitators in the top k. For several
 * (`--seeds 1-16`) it prints a line per seed and the totals: how many moves
 * cost a key facilitator its place in the top k. A weight of 0 has no move.
 *
 * Usage: node bin/run-ts.js scripts/sensitivity.ts [--persons 3000] [--seed 1 | --seeds 1-16]
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { TARGET_DEFAULTS, TARGET_FEATURES, analyze } from "../engine/analytics/index.ts";
import { loadDataset, toEntityGraph } from "../engine/ingest/index.ts";
import { generateWorld, type GroundTruth } from "../fixtures/generator/index.ts";

const TOP = 20;
type Feature = (typeof TARGET_FEATURES)[number];

interface Move {
  feature: Feature;
  factor: number;
  /** Persons of the top 20 who were not in the default top 20. */
  changed: number;
  keyInTopK: number;
}

interface SeedResult {
  seed: number;
  networks: number;
  k: number;
  baselineKeyInTopK: number;
  moves: Move[];
}

const { values } = parseArgs({
  options: {
    persons: { type: "string", default: "3000" },
    seed: { type: "string", default: "1" },
    seeds: { type: "string" },
  },
});
const persons = Number(values.persons);
const seeds = seedList(values.seeds ?? values.seed);

const results: SeedResult[] = [];
for (const seed of seeds) results.push(await sensitivity(persons, seed));
if (results.length === 1) printTable(results[0]!);
else printTotals(results);

/** "1-16" or "1,2,5" as seeds. */
function seedList(text: string): number[] {
  const range = /^(\d+)-(\d+)$/.exec(text);
  if (range) {
    const [first, last] = [Number(range[1]), Number(range[2])];
    return Array.from({ length: last - first + 1 }, (_, i) => first + i);
  }
  return text.split(",").map(Number);
}

async function sensitivity(persons: number, seed: number): Promise<SeedResult> {
  const root = await mkdtemp(join(tmpdir(), "crosslink-sensitivity-"));
  const out = join(root, "world");
  const summary = await generateWorld({
    persons,
    seed,
    out,
    unlabelled: true,
    shape: { personsPerNetwork: persons / 2 },
  });
  const truth = JSON.parse(await readFile(summary.truthFile, "utf8")) as GroundTruth;
  const analysis = analyze(toEntityGraph(await loadDataset(out)), {
    seed,
    targets: { top: persons },
  });
  await rm(root, { recursive: true, force: true });

  const planted = truth.unlabelled!.keyFacilitators;
  const key = new Set([
    ...planted.organisers,
    ...planted.moneyBrokers,
    planted.launderingController,
    planted.drugBoss,
    ...planted.bridges,
  ]);
  const base = TARGET_DEFAULTS.weights;
  const mean = (weights: Record<string, number>, features: Record<string, number>) => {
    const total = TARGET_FEATURES.reduce((sum, f) => sum + weights[f]!, 0);
    return TARGET_FEATURES.reduce((sum, f) => sum + weights[f]! * features[f]!, 0) / total;
  };
  // The hub discount each person's baseline score carries.
  const discount = analysis.targets.map((t) => {
    const plain = mean(base, t.features);
    return plain > 0 ? t.score / plain : 1;
  });
  const ranking = (weights: Record<string, number>) =>
    analysis.targets
      .map((t, i) => ({ id: t.id, score: discount[i]! * mean(weights, t.features), i }))
      .sort((x, y) => y.score - x.score || x.i - y.i)
      .map((entry) => entry.id);
  const baseline = ranking(base);
  const keyInTopK = (order: string[]) =>
    order.slice(0, key.size).filter((id) => key.has(id)).length;
  const top = new Set(baseline.slice(0, TOP));
  const moves = TARGET_FEATURES.flatMap((feature) =>
    [0.5, 1.5].map((factor): Move => {
      const order = ranking({ ...base, [feature]: base[feature] * factor });
      return {
        feature,
        factor,
        changed: order.slice(0, TOP).filter((id) => !top.has(id)).length,
        keyInTopK: keyInTopK(order),
      };
    }),
  );
  return {
    seed,
    networks: truth.networks.length,
    k: key.size,
    baselineKeyInTopK: keyInTopK(baseline),
    moves,
  };
}

function printTable(result: SeedResult): void {
  console.log(
    `Unlabelled world: ${persons} persons, seed ${result.seed}, ${result.networks} smuggling networks; ` +
      `k = ${result.k} key facilitators, ${result.baselineKeyInTopK} in the top k with the default weights.\n`,
  );
  console.log(
    `| weight (default) | −50%: top ${TOP} changed | −50%: key in top k | +50%: top ${TOP} changed | +50%: key in top k |`,
  );
  console.log("| --- | --- | --- | --- | --- |");
  for (const feature of TARGET_FEATURES) {
    const [down, up] = result.moves.filter((move) => move.feature === feature);
    console.log(
      `| ${feature} (${TARGET_DEFAULTS.weights[feature]}) | ${down!.changed} | ${down!.keyInTopK} | ${up!.changed} | ${up!.keyInTopK} |`,
    );
  }
}

function printTotals(results: SeedResult[]): void {
  let [moves, costly] = [0, 0];
  for (const result of results) {
    const real = result.moves.filter((move) => TARGET_DEFAULTS.weights[move.feature] > 0);
    const lost = real.filter((move) => move.keyInTopK < result.baselineKeyInTopK);
    moves += real.length;
    costly += lost.length;
    console.log(
      `seed ${result.seed}: k = ${result.k}, ${result.baselineKeyInTopK} in the top k; ` +
        `${lost.length} of ${real.length} moves cost a key facilitator` +
        (lost.length
          ? ` (${lost.map((m) => `${m.feature} ${m.factor < 1 ? "−" : "+"}50%`).join(", ")})`
          : "") +
        `; at most ${Math.max(...real.map((m) => m.changed))} of the top ${TOP} change`,
    );
  }
  console.log(
    `\n${results.length} seeds, ${persons} persons each: ${costly} of ${moves} moves cost a key facilitator.`,
  );
}
