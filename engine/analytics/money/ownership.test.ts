import { describe, expect, it } from "vitest";
import { loadDataset, toEntityGraph } from "../../ingest/index.ts";
import { writeDataset } from "../../ingest/test/write-dataset.ts";
import { personNetwork } from "../network/index.ts";
import { actorMoney } from "./actor-money.ts";
import { beneficialOwnership } from "./beneficial-ownership.ts";
import { moneyFedUp } from "./feeding.ts";
import { transferLedger } from "./ledger.ts";
import { paymentsWithOwners } from "./payments.ts";
import { upwardMoney } from "./upward-money.ts";

/**
 * X stands behind shell S1 (no kind stated) and, through S1's tie to S2,
 * behind S2; E is S2's employee. Organisers A and B pay S1; S1 pays S2
 * (layering between X's own companies); S2 pays supplier Z. Clients C1–C3
 * pay broker K, who passes nearly all on to boss A; A pays wages to W.
 */
const WORLD = {
  "persons.csv":
    "id,name\nX,Xavier Holt\nE,Edda Lang\nA,Aziz Rahimi\nB,Bora Kaya\nZ,Zeno Pappas\nK,Karim Saleh\nW,Wael Nasser\nC1,Client One\nC2,Client Two\nC3,Client Three\n",
  "organisations.csv":
    "id,name,kind\nS1,Orion Capital Ltd,shell_company\nS2,Atlas Trade LLC,shell_company\n",
  "associations.csv": "a_id,b_id,kind\nX,S1,\nS1,S2,\nE,S2,employee\n",
  "transfers.csv": [
    "id,sender_id,receiver_id,amount,currency,date,channel",
    "T1,A,S1,100000,EUR,2024-01-10,bank",
    "T2,B,S1,50000,EUR,2024-01-11,bank",
    "T3,S1,S2,120000,EUR,2024-01-12,bank",
    "T4,S2,Z,20000,EUR,2024-01-13,bank",
    "T5,C1,K,3000,EUR,2024-01-01,hawala",
    "T6,C2,K,3000,EUR,2024-01-01,hawala",
    "T7,C3,K,3000,EUR,2024-01-01,hawala",
    "T8,K,A,8000,EUR,2024-01-05,hawala",
    "T9,A,W,1000,EUR,2024-01-06,cash_courier",
  ].join("\n"),
};

async function setUp() {
  const graph = toEntityGraph(await loadDataset(await writeDataset(WORLD)));
  const network = personNetwork(graph);
  const ledger = transferLedger(graph, network);
  const rates = { EUR: 1 };
  const money = actorMoney(ledger, network.csr.nodeCount, rates);
  const ownership = beneficialOwnership(graph, network, ledger, rates);
  const at = (id: string) => network.csr.ids.indexOf(id);
  return { network, ledger, money, ownership, rates, at };
}

describe("beneficial ownership", () => {
  it("puts a person behind the companies they are declared tied to, and those tied to them, with the path", async () => {
    const { ownership, at } = await setUp();
    const held = ownership.holdings[at("X")]!.map((h) => ({
      organisation: h.organisation,
      share: h.share,
      path: h.path,
      kind: h.kind,
    }));
    // X weighs 1 on S1 and, through S1, on S2; the employee E weighs 0.25 on S2 and through it on S1.
    expect(held).toEqual([
      { organisation: at("S1"), share: 0.8, path: [at("S1")], kind: "unspecified" },
      { organisation: at("S2"), share: 0.8, path: [at("S1"), at("S2")], kind: "unspecified" },
    ]);
    expect(ownership.holdings[at("E")]!.map((h) => [h.organisation, h.share])).toEqual([
      [at("S1"), 0.2],
      [at("S2"), 0.2],
    ]);
    expect(ownership.holdings[at("A")]).toEqual([]);
  });

  it("attributes what the companies received from outside, not the layering between them", async () => {
    const { ownership, at } = await setUp();
    // A's 100,000 and B's 50,000 into S1 at X's 0.8; S1 → S2 is money moving inside X's holdings.
    expect(ownership.inEur[at("X")]).toBeCloseTo(120_000, 6);
    expect(ownership.outEur[at("X")]).toBeCloseTo(16_000, 6);
    expect([...ownership.payers[at("X")]!.keys()].sort()).toEqual([at("A"), at("B")].sort());
    expect(ownership.inEur[at("E")]).toBeCloseTo(30_000, 6);
  });
});

describe("money concentrating upward", () => {
  it("grows from clients to broker to boss and not down along wages", async () => {
    const { ledger, money, ownership, rates, at } = await setUp();
    // The first pass: nobody's payments left out, no standing yet (upward-money.test.ts has the rest).
    const upward = upwardMoney(
      paymentsWithOwners(ledger, ownership, rates),
      money,
      new Uint8Array(money.length),
    );
    // K passes 8,000 of the 9,000 it collected: conduit 8/9, all of it to A.
    expect(upward.score[at("A")]).toBeCloseTo((8 / 9) * 8000, 6);
    // Clients pay their own money (no inflow): each counts in full.
    expect(upward.score[at("K")]).toBeCloseTo(9000, 6);
    expect(upward.payers[at("K")]).toBe(3);
    // A keeps most of what it collects: the wage to W is a sliver.
    expect(upward.score[at("W")]!).toBeLessThan(upward.score[at("A")]! / 100);
    // X receives through its companies what A and B sent them.
    expect(upward.score[at("X")]!).toBeGreaterThan(upward.score[at("A")]!);
    expect(upward.topPayer[at("A")]).toBe(at("K"));
  });

  it("counts a broker's money fed up to the boss by the boss's standing", async () => {
    const { ledger, money, ownership, rates, network, at } = await setUp();
    const payments = paymentsWithOwners(ledger, ownership, rates);
    const standing = new Float64Array(network.csr.nodeCount);
    standing[at("A")] = 0.5;
    const fed = moneyFedUp(payments, money, standing);
    expect(fed.score[at("K")]).toBeCloseTo(8000 * 0.5, 6);
    expect(fed.topReceiver[at("K")]).toBe(at("A"));
    expect(fed.score[at("C1")]).toBe(0);
  });
});
