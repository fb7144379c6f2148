import { describe, expect, it } from "vitest";
import { analyze } from "../analysis/analyze.ts";
import { collection } from "./collection.ts";
import { proceeds } from "./proceeds.ts";
import { moneyWorld } from "./test/money-world.ts";

/**
 * Migrants M1–M3 pay collector C EUR 6,000, who passes 5,400 (90%) to
 * organiser O and 600 to L. Victim V pays C2 2,000, who passes 500 to O. M3
 * also pays C3 1,000, who pays 1,500 (more than it collected: O paid it 800)
 * into company K, behind which O stands, and refunds M3 200. M1 buys a
 * document from forger F, who pays nobody; M2 sends money home through the
 * remittance counter H (an everyday hub) to R. Dealers X and Y pay drug
 * lieutenant D, who passes it all to boss B.
 */
const WORLD = {
  "persons.csv": [
    "id,name,category",
    "M1,Migrant One,smuggled_person",
    "M2,Migrant Two,smuggled_person",
    "M3,Migrant Three,smuggled_person",
    "V,Victim One,victim",
    "C,Collector One,",
    "C2,Collector Two,",
    "C3,Collector Three,",
    "O,Organiser,",
    "L,Lieutenant,",
    "F,Forger,",
    "H,Remittance Counter,",
    "R,Relative,",
    "X,Dealer One,",
    "Y,Dealer Two,",
    "D,Drug Lieutenant,",
    "B,Drug Boss,",
  ].join("\n"),
  "organisations.csv": "id,name,kind\nK,Baraka Trading,import_export\n",
  "associations.csv": "a_id,b_id,kind\nO,K,\n",
  "transfers.csv": [
    "id,sender_id,receiver_id,amount,currency,date,channel",
    "T1,M1,C,1000,EUR,2024-01-01,hawala",
    "T2,M2,C,3000,EUR,2024-01-01,hawala",
    "T3,M3,C,2000,EUR,2024-01-02,hawala",
    "T4,C,O,5400,EUR,2024-01-05,hawala",
    "T5,C,L,600,EUR,2024-01-05,cash_courier",
    "T6,V,C2,2000,EUR,2024-01-02,cash_courier",
    "T7,C2,O,500,EUR,2024-01-06,cash_courier",
    "T8,M3,C3,1000,EUR,2024-01-02,hawala",
    "T9,O,C3,800,EUR,2024-01-03,cash_courier",
    "T10,C3,K,1500,EUR,2024-01-06,bank",
    "T11,C3,M3,200,EUR,2024-01-07,cash_courier",
    "T12,M1,F,200,EUR,2024-01-03,cash_courier",
    "T13,M2,H,500,EUR,2024-01-03,money_transfer_operator",
    "T14,H,R,485,EUR,2024-01-04,money_transfer_operator",
    "T15,X,D,5000,EUR,2024-01-01,cash_courier",
    "T16,Y,D,5000,EUR,2024-01-01,cash_courier",
    "T17,D,B,10000,EUR,2024-01-04,bank",
  ].join("\n"),
};

async function setUp() {
  const { payments, money, at, mask } = await moneyWorld(WORLD);
  const paying = mask(["M1", "M2", "M3", "V"]);
  const open = mask(["H"]);
  const fees = proceeds(payments, money, paying, open);
  return { result: collection(payments, fees, paying, open), at };
}

describe("the collector's funnel", () => {
  it("counts the smuggled persons and victims who paid, times the share passed to one receiver", async () => {
    const { result, at } = await setUp();
    expect(result.score[at("C")]).toBeCloseTo(3 * 0.9, 12);
    expect(result.receiver[at("C")]).toBe(at("O"));
    expect(result.passed[at("C")]).toBe(5400);
    expect(result.score[at("C2")]).toBeCloseTo(0.25, 12);
    expect(result.receiver[at("C2")]).toBe(at("O"));
  });

  it("counts a company paid as the person behind it, and at most all that was collected", async () => {
    const { result, at } = await setUp();
    // C3 paid 1,500 into K: a payment to K and, at the full share, to O; the refund to M3 is
    // no passing on. 1,500 of 1,000 collected counts as all of it.
    expect([at("K"), at("O")]).toContain(result.receiver[at("C3")]);
    expect(result.passed[at("C3")]).toBe(1500);
    expect(result.score[at("C3")]).toBe(1);
  });

  it("gives nothing to those who keep what migrants pay, to everyday hubs, or to collectors of other money", async () => {
    const { result, at } = await setUp();
    // The forger pays nobody; the counter is an everyday hub; D collects from dealers.
    for (const id of ["F", "H", "D", "O", "B", "M1", "V"]) {
      expect(result.score[at(id)], id).toBe(0);
      expect(result.receiver[at(id)], id).toBe(-1);
    }
  });

  it("is a target feature whose reason says who paid how much and where it went", async () => {
    const { graph } = await moneyWorld(WORLD);
    const analysis = analyze(graph, { seed: 1, targets: { reasons: 20 } });
    const target = analysis.targets.find((t) => t.id === "C")!;
    expect(target.features.collection).toBe(1);
    expect(target.reasons).toContain(
      "collects for someone (top 9%): collected EUR 6,000 from 3 smuggled persons or victims and passed 90% of it to Organiser (O)",
    );
  });
});
