import { describe, expect, it } from "vitest";
import { analyze } from "../analysis/analyze.ts";
import { upwardMoney } from "./upward-money.ts";
import { upwardStanding } from "./upward-standing.ts";
import { moneyWorld } from "./test/money-world.ts";

/**
 * A drug ring and a smuggling network, in round euros. Dealers X and Y pay
 * lieutenant D 10,000 each; D passes 18,000 up to boss B and pays courier U
 * 2,000. B pays supplier S 60,000 for goods (more than it took in) and its
 * runner W 1,000. Migrants M1 and M2 pay collector C 5,000 each; C passes
 * 9,000 to organiser O, who pays driver R 1,000.
 */
const WORLD = {
  "persons.csv": [
    "id,name,category",
    "X,Dealer One,",
    "Y,Dealer Two,",
    "D,Drug Lieutenant,",
    "U,Courier,",
    "B,Drug Boss,",
    "S,Supplier,",
    "W,Runner,",
    "M1,Migrant One,smuggled_person",
    "M2,Migrant Two,smuggled_person",
    "C,Collector,",
    "O,Organiser,",
    "R,Driver,",
  ].join("\n"),
  "transfers.csv": [
    "id,sender_id,receiver_id,amount,currency,date,channel",
    "T1,X,D,10000,EUR,2024-01-01,cash_courier",
    "T2,Y,D,10000,EUR,2024-01-01,cash_courier",
    "T3,D,B,18000,EUR,2024-01-05,crypto",
    "T4,D,U,2000,EUR,2024-01-06,cash_courier",
    "T5,B,S,60000,EUR,2024-01-10,crypto",
    "T6,B,W,1000,EUR,2024-01-11,cash_courier",
    "T7,M1,C,5000,EUR,2024-01-01,hawala",
    "T8,M2,C,5000,EUR,2024-01-01,hawala",
    "T9,C,O,9000,EUR,2024-01-05,hawala",
    "T10,O,R,1000,EUR,2024-01-06,cash_courier",
  ].join("\n"),
};

async function setUp() {
  const world = await moneyWorld(WORLD);
  return { ...world, paying: world.mask(["M1", "M2"]) };
}

describe("money concentrating upward, counted where it stops", () => {
  it("without a standing, takes the boss's purchase for money concentrating on the supplier", async () => {
    const { payments, money, paying, at } = await setUp();
    const first = upwardMoney(payments, money, paying);
    // B took in 18,000 and paid out 61,000: conduit 18/61, and S had 60/61 of it.
    expect(first.score[at("S")]).toBeCloseTo((18 / 61) * ((60_000 * 60_000) / 61_000), 6);
    expect(first.score[at("S")]!).toBeGreaterThan(first.score[at("B")]!);
    // What the migrants paid C counts for nothing: a fare, not money passed up.
    expect(first.score[at("C")]).toBe(0);
    expect(first.passedUp[at("D")]).toBe(0);
  });

  it("leaves out pay from above and keeps what stops, given who stands higher", async () => {
    const { payments, money, paying, at, network } = await setUp();
    // The boss and the organiser stand highest, then the lieutenant and the collector.
    const standing = new Float64Array(network.csr.nodeCount);
    for (const [id, height] of [
      ["B", 2],
      ["O", 2],
      ["D", 1],
      ["C", 1],
    ] as const)
      standing[at(id)] = height;
    const upward = upwardMoney(payments, money, paying, standing);
    expect(upward.score[at("S")]).toBe(0);
    expect(upward.fromAbove[at("S")]).toBeGreaterThan(0);
    expect(upward.topAbove[at("S")]).toBe(at("B"));
    expect(upward.score[at("W")]).toBe(0);
    // D passed 18,000 of its 20,000 out to B: most of it went up, so D is B's collector and
    // none of what the dealers sent stops at D (the 2,000 it kept would still rank).
    expect(upward.passedUp[at("D")]).toBeCloseTo(0.9, 6);
    expect(upward.score[at("D")]).toBe(0);
    // D is a perfect conduit (20,000 in and out) and sent 18/20 of it to B.
    expect(upward.score[at("B")]).toBeCloseTo((18_000 * 18_000) / 20_000, 6);
    expect(upward.topPayer[at("B")]).toBe(at("D"));
    // The organiser keeps what its collector passed up: nobody above it.
    expect(upward.score[at("O")]).toBeCloseTo((9 / 10) * ((9_000 * 9_000) / 9_000), 6);
    expect(upward.passedUp[at("O")]).toBe(0);
  });

  it("keeps the share that stops with someone who passes less than half of it up", async () => {
    const { payments, money, paying, at, network } = await moneyWorld({
      "persons.csv": [
        "id,name,category",
        "X,Dealer,",
        "D,Regional Boss,",
        "B,Boss,",
        "R,Runner,",
      ].join("\n"),
      "transfers.csv": [
        "id,sender_id,receiver_id,amount,currency,date,channel",
        "T1,X,D,10000,EUR,2024-01-01,cash_courier",
        "T2,D,B,3000,EUR,2024-01-05,crypto",
        "T3,D,R,7000,EUR,2024-01-06,cash_courier",
      ].join("\n"),
    }).then((world) => ({ ...world, paying: world.mask([]) }));
    const standing = new Float64Array(network.csr.nodeCount);
    standing[at("B")] = 2;
    standing[at("D")] = 1;
    const upward = upwardMoney(payments, money, paying, standing);
    // D paid 3,000 of its 10,000 up to B and 7,000 down to R: 70% of what X sent it stops at D.
    expect(upward.passedUp[at("D")]).toBeCloseTo(0.3, 6);
    expect(upward.score[at("D")]).toBeCloseTo(0.7 * 10_000, 6);
  });

  it("stands the boss who gives orders above the supplier it pays", async () => {
    const { payments, money, paying, at, network } = await setUp();
    // Strength here is the value itself; in the analysis it is the rank strength among the eligible.
    const identity = (values: Float64Array) => {
      const top = Math.max(...values);
      return Float64Array.from(values, (value) => (top > 0 ? value / top : 0));
    };
    const command = new Float64Array(network.csr.nodeCount);
    command[at("B")] = 1;
    const standing = upwardStanding(payments, money, paying, command, identity);
    expect(standing[at("B")]!).toBeGreaterThan(standing[at("S")]!);
    const upward = upwardMoney(payments, money, paying, standing);
    expect(upward.score[at("S")]).toBe(0);
    expect(upward.score[at("B")]!).toBeGreaterThan(0);
    // Without the orders the supplier would stand above the boss and keep the boss's payment.
    const moneyOnly = upwardStanding(
      payments,
      money,
      paying,
      new Float64Array(command.length),
      identity,
    );
    expect(moneyOnly[at("S")]!).toBeGreaterThan(moneyOnly[at("B")]!);
  });

  it("in an analysis, leaves the supplier no leadership and says it was paid by the boss who gives orders", async () => {
    // B phones D again and again, unreturned, and D phones the dealers: B gives the orders.
    const { graph } = await moneyWorld({
      ...WORLD,
      "phones.csv":
        "id,number\nPB,+39 333 100 0001\nPD,+39 333 100 0002\nPX,+39 333 100 0003\nPY,+39 333 100 0004\n",
      "phone_usage.csv": "person_id,phone_id\nB,PB\nD,PD\nX,PX\nY,PY\n",
      "calls.csv": [
        "caller_phone_id,callee_phone_id,start,duration_s",
        ...[1, 2, 3, 4, 5].map((day) => `PB,PD,2024-01-0${day}T10:00:00Z,60`),
        "PD,PX,2024-01-02T11:00:00Z,30",
        "PD,PY,2024-01-03T11:00:00Z,30",
      ].join("\n"),
    });
    const analysis = analyze(graph, { seed: 1, targets: { reasons: 20 } });
    const supplier = analysis.targets.find((t) => t.id === "S")!;
    expect(supplier.features.leadership).toBe(0);
    expect(supplier.reasons.join(" ")).toContain(
      "paid by Drug Boss (B), who stands above them by money and orders: pay for goods or work, not money passed up to them",
    );
    const boss = analysis.targets.find((t) => t.id === "B")!;
    expect(boss.features.leadership).toBeGreaterThan(0);
  });
});
