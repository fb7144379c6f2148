import { describe, expect, it } from "vitest";
import { loadDataset, toEntityGraph } from "../../ingest/index.ts";
import { writeDataset } from "../../ingest/test/write-dataset.ts";
import { personNetwork } from "../network/index.ts";
import { tinyWorld } from "../network/test/tiny-world.ts";
import { commandScores } from "./command.ts";
import { resolveTargetOptions, TARGET_FEATURES, type TargetFeature } from "./options.ts";
import { rankStrength } from "./rank-strength.ts";
import { scoreTargets } from "./target-score.ts";

describe("rank strength", () => {
  it("gives the first 1, the rest 1 − ln(rank)/ln(N), ties their best rank, zeros and the ineligible 0", () => {
    const values = Float64Array.from([5, 9, 0, 9, 1, 7]);
    const eligible = Uint8Array.from([1, 1, 1, 1, 1, 0]);
    const { strength, rank } = rankStrength(values, eligible);
    expect([...rank]).toEqual([3, 1, 0, 1, 4, 0]);
    const ln5 = Math.log(5);
    expect(strength[1]).toBe(1);
    expect(strength[3]).toBe(1);
    expect(strength[0]).toBeCloseTo(1 - Math.log(3) / ln5, 12);
    expect(strength[4]).toBeCloseTo(1 - Math.log(4) / ln5, 12);
    expect(strength[2]).toBe(0);
    expect(strength[5]).toBe(0);
  });
});

describe("the target score", () => {
  const n = 4;
  const eligible = Uint8Array.from([1, 1, 1, 0]);
  const features = (set: Partial<Record<TargetFeature, number[]>>) =>
    Object.fromEntries(
      TARGET_FEATURES.map((f) => [f, Float64Array.from(set[f] ?? new Array<number>(n).fill(0))]),
    ) as Record<TargetFeature, Float64Array>;

  it("follows the weights: a feature weighted alone decides the ranking", () => {
    const zero = Object.fromEntries(TARGET_FEATURES.map((f) => [f, 0]));
    const byMoney = resolveTargetOptions({ weights: { ...zero, money: 1 } });
    const byCommand = resolveTargetOptions({ weights: { ...zero, command: 2 } });
    const f = features({ money: [3, 2, 1, 9], command: [1, 2, 3, 9] });
    expect(scoreTargets(f, eligible, byMoney).ranking).toEqual([0, 1, 2]);
    expect(scoreTargets(f, eligible, byCommand).ranking).toEqual([2, 1, 0]);
    const both = resolveTargetOptions({ weights: { ...zero, money: 1, command: 3 } });
    const scores = scoreTargets(f, eligible, both);
    // Strength of rank r among 3: 1 − ln r / ln 3; money 1/4, command 3/4 of the score.
    const s = (r: number) => 1 - Math.log(r) / Math.log(3);
    expect(scores.scores[0]).toBeCloseTo(0.25 * s(1) + 0.75 * s(3), 12);
    expect(scores.scores[2]).toBeCloseTo(0.25 * s(3) + 0.75 * s(1), 12);
    expect(scores.scores[3]).toBeNaN();
  });

  it("discounts an everyday hub by hubDiscount × hubness", () => {
    const zero = Object.fromEntries(TARGET_FEATURES.map((f) => [f, 0]));
    const options = resolveTargetOptions({
      weights: { ...zero, betweenness: 1 },
      hubDiscount: 0.9,
    });
    const f = features({ betweenness: [3, 2, 1, 0] });
    const plain = scoreTargets(f, eligible, options);
    const discounted = scoreTargets(f, eligible, options, Float64Array.from([1, 0, 0, 0]));
    expect(discounted.scores[0]).toBeCloseTo(plain.scores[0]! * 0.1, 12);
    expect(discounted.ranking).toEqual([1, 0, 2]);
  });
});

describe("command in the calls", () => {
  it("credits the caller whose calls go unreturned to someone who calls others", async () => {
    const network = personNetwork(await tinyWorld());
    const at = (id: string) => network.csr.ids.indexOf(id);
    const command = commandScores(network);
    // P1 called P2 three times (once back) and P3/P4's shared phone once; P2 calls only P1.
    expect(command.line[at("P1")]).toBe(at("P2"));
    expect(command.calls[at("P1")]).toBe(3);
    expect(command.back[at("P1")]).toBe(1);
    expect(command.score[at("P1")]!).toBeGreaterThan(0);
    expect(command.score[at("P2")]).toBe(0);
  });

  it("credits orders only as far as the callee depends on the caller: a boss, not a phone shop's customer", async () => {
    // B phones its lieutenant L 4 times (once back), L phones a team of three; X phones the shop S
    // twice, unreturned, and S talks with six customers, 4 calls each.
    const people = ["B", "L", "T1", "T2", "T3", "X", "S", "C1", "C2", "C3", "C4", "C5", "C6"];
    const phone = (i: number) => `+39 333 100 ${String(1000 + i)}`;
    const calls: string[] = [];
    let minute = 0;
    const call = (from: string, to: string, times: number) => {
      for (let i = 0; i < times; i++)
        calls.push(
          `F${from},F${to},2024-01-01T${String(10 + Math.floor(minute / 60)).padStart(2, "0")}:${String(minute++ % 60).padStart(2, "0")}:00Z,60`,
        );
    };
    call("B", "L", 4);
    call("L", "B", 1);
    for (const member of ["T1", "T2", "T3"]) call("L", member, 1);
    call("X", "S", 2);
    for (const customer of ["C1", "C2", "C3", "C4", "C5", "C6"]) {
      call("S", customer, 2);
      call(customer, "S", 2);
    }
    const graph = toEntityGraph(
      await loadDataset(
        await writeDataset({
          "persons.csv": ["id,name,category", ...people.map((id) => `${id},Person ${id},`)].join(
            "\n",
          ),
          "phones.csv": ["id,number", ...people.map((id, i) => `F${id},${phone(i)}`)].join("\n"),
          "phone_usage.csv": ["person_id,phone_id", ...people.map((id) => `${id},F${id}`)].join(
            "\n",
          ),
          "calls.csv": ["caller_phone_id,callee_phone_id,start,duration_s", ...calls].join("\n"),
        }),
      ),
    );
    const network = personNetwork(graph);
    const at = (id: string) => network.csr.ids.indexOf(id);
    const command = commandScores(network);
    // L has 5 of its 8 calls with B; S has 2 of its 26 with X.
    expect(command.dependence[at("B")]).toBeCloseTo(5 / 8, 12);
    expect(command.dependence[at("X")]).toBeCloseTo(2 / 26, 12);
    // B: 1² × 4 callees × 3/4 unreturned × 5/8; X: 1² × 6 callees × 1 × 2/26.
    expect(command.score[at("B")]).toBeCloseTo(4 * 0.75 * (5 / 8), 12);
    expect(command.score[at("X")]).toBeCloseTo(6 * (2 / 26), 12);
    expect(command.score[at("B")]!).toBeGreaterThan(command.score[at("X")]!);
    // Without the dependence the shop's customer would out-command the boss.
    const undivided = (id: string) => command.score[at(id)]! / command.dependence[at(id)]!;
    expect(undivided("X")).toBeGreaterThan(undivided("B"));
  });
});
