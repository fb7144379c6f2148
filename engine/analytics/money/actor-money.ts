/**
 * Money per actor: what each person or organisation received and sent, by
 * currency and by channel, from how many counterparties, and the total
 * handled (in + out) in euros for ranking.
 */
import { roundMoney } from "../network/index.ts";
import { CHANNELS, type Channel, type Ledger } from "./ledger.ts";

export interface ActorMoney {
  /** Received, by currency. */
  in: Record<string, number>;
  /** Sent, by currency. */
  out: Record<string, number>;
  /** In and out together, by channel then currency. */
  byChannel: Partial<Record<Channel, Record<string, number>>>;
  transfersIn: number;
  transfersOut: number;
  /** Distinct actors sent to or received from. */
  counterparties: number;
  /** In + out in euros (MoneyOptions.eurRates), for ranking only. */
  handledEur: number;
  inEur: number;
  outEur: number;
}

/** One entry per actor; null for an actor with no transfer. */
export function actorMoney(
  ledger: Ledger,
  actorCount: number,
  eurRates: Readonly<Record<string, number>>,
): (ActorMoney | null)[] {
  const money: (ActorMoney | null)[] = new Array<ActorMoney | null>(actorCount).fill(null);
  const partners = new Map<number, Set<number>>();
  const rate = ledger.currencies.map((code) => eurRates[code] ?? 0);
  const entry = (actor: number): ActorMoney =>
    (money[actor] ??= {
      in: {},
      out: {},
      byChannel: {},
      transfersIn: 0,
      transfersOut: 0,
      counterparties: 0,
      handledEur: 0,
      inEur: 0,
      outEur: 0,
    });
  const add = (record: Record<string, number>, code: string, amount: number) => {
    record[code] = (record[code] ?? 0) + amount;
  };
  for (let i = 0; i < ledger.length; i++) {
    const code = ledger.currencies[ledger.currency[i]!]!;
    const amount = ledger.amount[i]!;
    const channel = CHANNELS[ledger.channel[i]!]!;
    const eur = amount * rate[ledger.currency[i]!]!;
    const sender = entry(ledger.sender[i]!);
    const receiver = entry(ledger.receiver[i]!);
    add(sender.out, code, amount);
    add(receiver.in, code, amount);
    sender.transfersOut++;
    receiver.transfersIn++;
    sender.outEur += eur;
    receiver.inEur += eur;
    for (const side of [sender, receiver]) add((side.byChannel[channel] ??= {}), code, amount);
    for (const [x, y] of [
      [ledger.sender[i]!, ledger.receiver[i]!],
      [ledger.receiver[i]!, ledger.sender[i]!],
    ] as const) {
      let set = partners.get(x);
      if (!set) partners.set(x, (set = new Set()));
      set.add(y);
    }
  }
  money.forEach((m, actor) => {
    if (!m) return;
    m.counterparties = partners.get(actor)!.size;
    m.handledEur = roundMoney(m.inEur + m.outEur);
    m.inEur = roundMoney(m.inEur);
    m.outEur = roundMoney(m.outEur);
    for (const record of [m.in, m.out, ...Object.values(m.byChannel)]) {
      for (const code of Object.keys(record)) record[code] = roundMoney(record[code]!);
    }
  });
  return money;
}
