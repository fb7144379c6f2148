/**
 * Sensitivity of the target ranking to its weights: on a generated
 * unlabelled world, how the top 20 changes when each weight moves by ±50%
 * (the others kept). The world is analysed once with every eligible person
 * listed; each variation re-weighs the feature strengths (the hub discount
 * recovered from the baseline score), so a row costs a sort, not an
 * analysis. Prints a Markdown table: the weight, and for −50% and +50% the
 * persons of the top 20 that change and the key facilitators in the top k.
 *
 * Usage: node bin/run-ts.js scripts/sensitivity.ts [--persons 3000] [--seed 1]
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { TARGET_DEFAULTS, TARGET_FEATURES, analyze } from "../engine/analytics/index.ts";
import { loadDataset, toEntityGraph } from "../engine/ingest/index.ts";
import { generateWorld, type GroundTruth } from "../fixtures/generator/index.ts";

const { values } = parseArgs({
  options: { persons: { type: "string", default: "3000" }, seed: { type: "string", default: "1" } },
});
const persons = Number(values.persons);
const seed = Number(values.seed);
const TOP = 20;

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
const keyInTopK = (order: string[]) => order.slice(0, key.size).filter((id) => key.has(id)).length;
const changed = (order: string[]) => {
  const top = new Set(baseline.slice(0, TOP));
  return order.slice(0, TOP).filter((id) => !top.has(id)).length;
};

console.log(
  `Unlabelled world: ${persons} persons, seed ${seed}, ${truth.networks.length} smuggling networks; ` +
    `k = ${key.size} key facilitators, ${keyInTopK(baseline)} in the top k with the default weights.\n`,
);
console.log(
  `| weight (default) | −50%: top ${TOP} changed | −50%: key in top k | +50%: top ${TOP} changed | +50%: key in top k |`,
);
console.log("| --- | --- | --- | --- | --- |");
for (const feature of TARGET_FEATURES) {
  const row = [0.5, 1.5].map((factor) => {
    const order = ranking({ ...base, [feature]: base[feature] * factor });
    return [changed(order), keyInTopK(order)];
  });
  console.log(
    `| ${feature} (${base[feature]}) | ${row[0]![0]} | ${row[0]![1]} | ${row[1]![0]} | ${row[1]![1]} |`,
  );
}
