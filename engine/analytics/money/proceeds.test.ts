import { describe, expect, it } from "vitest";
import { proceeds } from "./proceeds.ts";
import { moneyWorld } from "./test/money-world.ts";

/**
 * Migrants M1 and M2 pay collector C (1,000 and 3,000), who passes all of it
 * on: 3,000 to organiser O and 1,000 to lieutenant L. Victim V pays C2
 * 2,000, who passes only 500 to O. M1 buys a document from forger F, who
 * pays nobody; M2 sends money home through the remittance counter H (an
 * everyday hub). L pays W from what C passed on.
 */
const WORLD = {
  "persons.csv": [
    "id,name,category",
    "M1,Migrant One,smuggled_person",
    "M2,Migrant Two,smuggled_person",
    "V,Victim One,victim",
    "C,Collector One,",
    "C2,Collector Two,",
    "O,Organiser,",
    "L,Lieutenant,",
    "F,Forger,",
    "H,Remittance Counter,",
    "W,Worker,",
  ].join("\n"),
  "transfers.csv": [
    "id,sender_id,receiver_id,amount,currency,date,channel",
    "T1,M1,C,1000,EUR,2024-01-01,hawala",
    "T2,M2,C,3000,EUR,2024-01-01,hawala",
    "T3,C,O,3000,EUR,2024-01-05,hawala",
    "T4,C,L,1000,EUR,2024-01-05,cash_courier",
    "T5,V,C2,2000,EUR,2024-01-02,cash_courier",
    "T6,C2,O,500,EUR,2024-01-06,cash_courier",
    "T7,M1,F,200,EUR,2024-01-03,cash_courier",
    "T8,M2,H,500,EUR,2024-01-03,money_transfer_operator",
    "T9,L,W,700,EUR,2024-01-07,cash_courier",
  ].join("\n"),
};

async function setUp() {
  const { payments, money, at, mask } = await moneyWorld(WORLD);
  return { result: proceeds(payments, money, mask(["M1", "M2", "V"]), mask(["H"])), at };
}

describe("the proceeds of smuggling, followed one step", () => {
  it("counts what smuggled persons and victims paid each collector, and how many paid", async () => {
    const { result, at } = await setUp();
    expect(result.collected[at("C")]).toBe(4000);
    expect(result.payers[at("C")]).toBe(2);
    expect(result.collected[at("C2")]).toBe(2000);
    expect(result.collected[at("F")]).toBe(200);
    // Money sent home through an everyday hub is no fee.
    expect(result.collected[at("H")]).toBe(0);
    expect(result.score[at("H")]).toBe(0);
  });

  it("follows what the collectors passed on, at most what they collected and what they paid out", async () => {
    const { result, at } = await setUp();
    // C passes all 4,000 on, by its shares of its outgoing money; C2 passes 500 of its 2,000.
    expect(result.score[at("O")]).toBeCloseTo(3000 + 500, 9);
    expect(result.topCollector[at("O")]).toBe(at("C"));
    expect(result.score[at("L")]).toBeCloseTo(1000, 9);
    // The collectors keep their own collection in their score.
    expect(result.score[at("C")]).toBe(4000);
    expect(result.score[at("C2")]).toBe(2000);
  });

  it("goes one step only: what a receiver of proceeds pays on is not followed", async () => {
    const { result, at } = await setUp();
    expect(result.score[at("W")]).toBe(0);
    expect(result.topCollector[at("W")]).toBe(-1);
    // The forger pays nobody; the migrants are paid nothing.
    for (const id of ["M1", "M2", "V"]) expect(result.score[at(id)]).toBe(0);
  });
});
