import { describe, expect, it } from "vitest";
import { personNetwork } from "../network/index.ts";
import { tinyWorld } from "../network/test/tiny-world.ts";
import { actorFlows } from "./actor-flows.ts";
import { actorMoney } from "./actor-money.ts";
import { communityFlows } from "./community-flows.ts";
import { transferLedger } from "./ledger.ts";
import { moneyHubs } from "./money-hubs.ts";
import { MONEY_DEFAULTS, resolveMoneyOptions } from "./options.ts";

async function setUp() {
  const graph = await tinyWorld();
  const network = personNetwork(graph);
  const ledger = transferLedger(graph, network);
  const money = actorMoney(ledger, network.csr.nodeCount, MONEY_DEFAULTS.eurRates);
  return { network, ledger, money, at: (id: string) => network.csr.ids.indexOf(id) };
}

describe("money flows", () => {
  it("sums each actor's money in and out by currency and channel, as in transfers.csv", async () => {
    const { money, at } = await setUp();
    const p1 = money[at("P1")]!;
    expect(p1.in).toEqual({ EUR: 50, USD: 1000 });
    expect(p1.out).toEqual({ EUR: 100 });
    expect(p1.byChannel).toEqual({ bank: { EUR: 150, USD: 1000 } });
    expect(p1.counterparties).toBe(2);
    expect(p1.handledEur).toBeCloseTo(150 + 1000 * 0.92, 9);
    const p2 = money[at("P2")]!;
    expect(p2.in).toEqual({ EUR: 2600 });
    expect(p2.byChannel).toEqual({ bank: { EUR: 150 }, hawala: { EUR: 2500 } });
    expect(money[at("P3")]).toBeNull();
  });

  it("splits flows between communities from those inside one", async () => {
    const { network, ledger } = await setUp();
    const communities = Int32Array.from(network.csr.ids, (id) =>
      ["P1", "P2", "P5"].includes(id) ? 0 : 1,
    );
    const result = communityFlows(ledger, communities, 2, MONEY_DEFAULTS.eurRates);
    expect(result.communities[0]!.internal).toEqual({ EUR: 2650 });
    expect(result.communities[0]!.in).toEqual({ USD: 1000 });
    expect(result.flows).toEqual([
      { from: 1, to: 0, currency: "USD", amount: 1000, transfers: 1, channels: { bank: 1000 } },
    ]);
  });

  it("sums money between each pair of actors by currency, largest in euros first, citing the transfers", async () => {
    const { network, ledger } = await setUp();
    const flows = actorFlows(ledger, network.csr.ids, MONEY_DEFAULTS.eurRates);
    // transfers.csv: T4 P5→P2 EUR 2,500; T3 O1→P1 USD 1,000 (EUR 920); T1 P1→P2 EUR 100; T2 P2→P1 EUR 50.
    expect(flows).toEqual([
      {
        from: "P5",
        to: "P2",
        currency: "EUR",
        amount: 2500,
        transfers: 1,
        first: "2024-01-01",
        last: "2024-01-01",
        records: ["T4"],
      },
      {
        from: "O1",
        to: "P1",
        currency: "USD",
        amount: 1000,
        transfers: 1,
        first: "2024-02-15",
        last: "2024-02-15",
        records: ["T3"],
      },
      {
        from: "P1",
        to: "P2",
        currency: "EUR",
        amount: 100,
        transfers: 1,
        first: "2024-01-10",
        last: "2024-01-10",
        records: ["T1"],
      },
      {
        from: "P2",
        to: "P1",
        currency: "EUR",
        amount: 50,
        transfers: 1,
        first: "2024-01-20",
        last: "2024-01-20",
        records: ["T2"],
      },
    ]);
  });

  it("a hub must both receive and send, with enough counterparties", async () => {
    const { money, at } = await setUp();
    // P2 received from P1 and P5 and sent to P1: 2 counterparties.
    expect(moneyHubs(money, { hubCount: 5, hubMinCounterparties: 3 })).toEqual([]);
    const hubs = moneyHubs(money, { hubCount: 5, hubMinCounterparties: 2 });
    expect(hubs.map((hub) => hub.actor)).toEqual([at("P2"), at("P1")]);
    expect(hubs[0]!.score).toBeCloseTo(Math.sqrt(2600 * 50) * Math.log2(3), 9);
  });

  it("rejects unknown options", () => {
    expect(() => resolveMoneyOptions({ hubs: 3 } as never)).toThrow(/unknown option "hubs"/);
  });
});
