/**
 * Money between communities: the volume each community sends and receives
 * by currency (transfers inside it counted apart), and every flow from one
 * community to another by currency, largest in euros first, with the
 * channels it went by (bank, hawala, cash courier...).
 */
import { roundMoney } from "../network/index.ts";
import { CHANNELS, type Ledger } from "./ledger.ts";

export interface CommunityMoney {
  community: number;
  /** Received from other communities, by currency. */
  in: Record<string, number>;
  /** Sent to other communities, by currency. */
  out: Record<string, number>;
  /** Moved between its own members, by currency. */
  internal: Record<string, number>;
}

export interface CommunityFlow {
  from: number;
  to: number;
  currency: string;
  amount: number;
  transfers: number;
  /** The amount by the channel it went by ("unknown" where a transfer does not say). */
  channels: Record<string, number>;
}

export function communityFlows(
  ledger: Ledger,
  communities: Int32Array,
  count: number,
  eurRates: Readonly<Record<string, number>>,
): { communities: CommunityMoney[]; flows: CommunityFlow[] } {
  const perCommunity: CommunityMoney[] = Array.from({ length: count }, (_, community) => ({
    community,
    in: {},
    out: {},
    internal: {},
  }));
  const flows = new Map<string, CommunityFlow>();
  const add = (record: Record<string, number>, code: string, amount: number) => {
    record[code] = (record[code] ?? 0) + amount;
  };
  for (let i = 0; i < ledger.length; i++) {
    const from = communities[ledger.sender[i]!]!;
    const to = communities[ledger.receiver[i]!]!;
    const code = ledger.currencies[ledger.currency[i]!]!;
    const amount = ledger.amount[i]!;
    if (from === to) {
      add(perCommunity[from]!.internal, code, amount);
      continue;
    }
    add(perCommunity[from]!.out, code, amount);
    add(perCommunity[to]!.in, code, amount);
    const key = `${from} ${to} ${code}`;
    const flow = flows.get(key) ?? {
      from,
      to,
      currency: code,
      amount: 0,
      transfers: 0,
      channels: {},
    };
    flow.amount += amount;
    flow.transfers++;
    add(flow.channels, CHANNELS[ledger.channel[i]!]!, amount);
    flows.set(key, flow);
  }
  for (const community of perCommunity) {
    for (const record of [community.in, community.out, community.internal]) {
      for (const code of Object.keys(record)) record[code] = roundMoney(record[code]!);
    }
  }
  const eur = (flow: CommunityFlow) => flow.amount * (eurRates[flow.currency] ?? 0);
  const sorted = [...flows.values()]
    .map((flow) => ({
      ...flow,
      amount: roundMoney(flow.amount),
      channels: Object.fromEntries(
        Object.entries(flow.channels).map(([channel, sum]) => [channel, roundMoney(sum)]),
      ),
    }))
    .sort(
      (x, y) =>
        eur(y) - eur(x) ||
        x.from - y.from ||
        x.to - y.to ||
        (x.currency < y.currency ? -1 : x.currency > y.currency ? 1 : 0),
    );
  return { communities: perCommunity, flows: sorted };
}
