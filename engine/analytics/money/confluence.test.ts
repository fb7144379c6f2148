import { describe, expect, it } from "vitest";
import { loadDataset, toEntityGraph } from "../../ingest/index.ts";
import { writeDataset } from "../../ingest/test/write-dataset.ts";
import { ACTOR_PERSON, personNetwork } from "../network/index.ts";
import { beneficialOwnership } from "./beneficial-ownership.ts";
import { confluence } from "./confluence.ts";
import { crossMoney } from "./cross-money.ts";
import { transferLedger } from "./ledger.ts";
import { paymentsWithOwners } from "./payments.ts";

/**
 * X stands behind companies S1 and S2 (declared tied, kind not stated).
 * A, B and G, each of another community, pay EUR 100,000 into them; S1
 * passes EUR 50,000 on to S2 (layering). K pays A, of A's own community; B
 * pays W, of A's community. Communities are set by hand: A, K and W in 0,
 * B in 1, G in 2, X and the companies in 3.
 */
const WORLD = {
  "persons.csv":
    "id,name\nX,Xavier Holt\nA,Aziz Rahimi\nB,Bora Kaya\nG,Goran Ilic\nK,Karim Saleh\nW,Wael Nasser\n",
  "organisations.csv":
    "id,name,kind\nS1,Orion Capital Ltd,shell_company\nS2,Atlas Trade LLC,shell_company\n",
  "associations.csv": "a_id,b_id,kind\nX,S1,\nX,S2,\n",
  "transfers.csv": [
    "id,sender_id,receiver_id,amount,currency,date,channel",
    "T1,A,S1,100000,EUR,2024-01-10,bank",
    "T2,B,S2,100000,EUR,2024-01-11,bank",
    "T3,G,S1,100000,EUR,2024-01-12,bank",
    "T4,S1,S2,50000,EUR,2024-01-13,bank",
    "T5,K,A,10000,EUR,2024-01-01,cash_courier",
    "T6,B,W,30000,EUR,2024-01-02,cash_courier",
  ].join("\n"),
};
const COMMUNITY: Record<string, number> = { A: 0, K: 0, W: 0, B: 1, G: 2, X: 3, S1: 3, S2: 3 };

async function setUp(openIds: string[] = []) {
  const graph = toEntityGraph(await loadDataset(await writeDataset(WORLD)));
  const network = personNetwork(graph);
  const ledger = transferLedger(graph, network);
  const rates = { EUR: 1 };
  const ownership = beneficialOwnership(graph, network, ledger, rates);
  const payments = paymentsWithOwners(ledger, ownership, rates);
  const ids = network.csr.ids;
  const open = Uint8Array.from(ids, (id) => (openIds.includes(id) ? 1 : 0));
  const input = {
    communities: Int32Array.from(ids, (id) => COMMUNITY[id]!),
    origins: Uint8Array.from(network.actorKind, (kind, v) =>
      kind === ACTOR_PERSON && !open[v] ? 1 : 0,
    ),
    open,
  };
  return { payments, input, at: (id: string) => ids.indexOf(id) };
}

describe("money paid where several networks' money meets", () => {
  it("counts the effective number of communities paying a receiver, companies as the person behind them", async () => {
    const { payments, input, at } = await setUp();
    const meeting = confluence(payments, input);
    // X receives EUR 100,000 from each of three communities through its companies; S1's
    // layering is a company's payment, not an origin of money.
    expect(meeting.sources[at("X")]).toBeCloseTo(3, 12);
    // S1: A and G, equal: two communities; S2: B alone.
    expect(meeting.sources[at("S1")]).toBeCloseTo(2, 12);
    expect(meeting.sources[at("S2")]).toBeCloseTo(1, 12);
    // A receives from K alone.
    expect(meeting.sources[at("A")]).toBeCloseTo(1, 12);
  });

  it("credits each payer with its euros times the communities meeting beyond one, at pools of three or more", async () => {
    const { payments, input, at } = await setUp();
    const meeting = confluence(payments, input);
    // Into X's pool (3 communities): 100,000 × (3 − 1); S1 (2 communities) is no pool.
    for (const payer of ["A", "B", "G"]) {
      expect(meeting.score[at(payer)]).toBeCloseTo(200_000, 6);
      expect(meeting.topReceiver[at(payer)]).toBe(at("X"));
    }
    // K pays A, whom only K pays; nobody pays into a pool from W or X.
    for (const payer of ["K", "W", "X"]) expect(meeting.score[at(payer)]).toBe(0);
    expect(meeting.topReceiver[at("K")]).toBe(-1);
  });

  it("gives weight by euros: a community sending a sliver adds a sliver", async () => {
    const { input, at } = await setUp();
    // Hand-built: W receives 300 from community 0 and 100 from each of communities 1 and 2.
    const payments = new Map([
      [at("A"), new Map([[at("W"), 300]])],
      [at("B"), new Map([[at("W"), 100]])],
      [at("G"), new Map([[at("W"), 100]])],
    ]);
    const meeting = confluence(payments, input);
    // (300 + 100 + 100)² / (300² + 100² + 100²) = 250,000 / 110,000 ≈ 2.27: under 3, no pool.
    expect(meeting.sources[at("W")]).toBeCloseTo(250_000 / 110_000, 12);
    expect(meeting.score[at("A")]).toBe(0);
  });

  it("does not make a pool of an everyday hub, however many pay it", async () => {
    const { payments, input, at } = await setUp(["X"]);
    const meeting = confluence(payments, input);
    expect(meeting.sources[at("X")]).toBeCloseTo(3, 12);
    for (const payer of ["A", "B", "G"]) expect(meeting.score[at(payer)]).toBe(0);
  });
});

describe("money from other networks", () => {
  /** Nobody's payments are fares. */
  const noFares = (communities: Int32Array) => new Uint8Array(communities.length);

  it("sums the euros received from people of other communities, companies counting as the person behind them", async () => {
    const { payments, input, at } = await setUp();
    const crossing = crossMoney(payments, input, noFares(input.communities));
    expect(crossing.score[at("X")]).toBeCloseTo(300_000, 6);
    expect(crossing.communities[at("X")]).toBe(3);
    expect(crossing.score[at("W")]).toBeCloseTo(30_000, 6);
    expect(crossing.communities[at("W")]).toBe(1);
    expect(crossing.topPayer[at("W")]).toBe(at("B"));
    // K is of A's own community; nobody pays B, G or K.
    for (const id of ["A", "B", "G", "K"]) expect(crossing.score[at(id)]).toBe(0);
    expect(crossing.topPayer[at("A")]).toBe(-1);
  });

  it("leaves out everyday hubs, as payers and as receivers", async () => {
    const { payments, input, at } = await setUp(["B", "X"]);
    const crossing = crossMoney(payments, input, noFares(input.communities));
    // B's money to W is a hub's; X's receipts say nothing.
    expect(crossing.score[at("W")]).toBe(0);
    expect(crossing.score[at("X")]).toBe(0);
    // The companies still received A's and G's money from other communities.
    expect(crossing.score[at("S1")]).toBeCloseTo(200_000, 6);
  });

  it("leaves out fares: what smuggled persons and victims pay is no network's money", async () => {
    const { payments, input, at } = await setUp();
    // Were B a smuggled person, its EUR 30,000 to W and 100,000 into S2 would be fares.
    const paying = Uint8Array.from(input.communities, (_, v) => (v === at("B") ? 1 : 0));
    const crossing = crossMoney(payments, input, paying);
    expect(crossing.score[at("W")]).toBe(0);
    expect(crossing.topPayer[at("W")]).toBe(-1);
    expect(crossing.score[at("X")]).toBeCloseTo(200_000, 6);
    expect(crossing.communities[at("X")]).toBe(2);
  });
});
