/**
 * Money-broker hubs: actors through whom money passes. A broker both
 * receives and sends, and deals with many parties, so the hub score is
 * √(in € · out €) · log2(1 + counterparties): the geometric mean keeps a
 * pure collector or a pure payer at 0, and the logarithm rewards breadth
 * without letting a crowd of small payers outweigh the volume.
 */
import type { ActorMoney } from "./actor-money.ts";

export interface MoneyHub {
  actor: number;
  score: number;
  inEur: number;
  outEur: number;
  counterparties: number;
}

const hubScore = (m: ActorMoney) => Math.sqrt(m.inEur * m.outEur) * Math.log2(1 + m.counterparties);

export function moneyHubs(
  money: readonly (ActorMoney | null)[],
  options: { hubCount: number; hubMinCounterparties: number },
): MoneyHub[] {
  const hubs: MoneyHub[] = [];
  money.forEach((m, actor) => {
    if (!m || m.counterparties < options.hubMinCounterparties) return;
    const score = hubScore(m);
    if (score > 0) {
      hubs.push({
        actor,
        score,
        inEur: m.inEur,
        outEur: m.outEur,
        counterparties: m.counterparties,
      });
    }
  });
  return hubs.sort((x, y) => y.score - x.score || x.actor - y.actor).slice(0, options.hubCount);
}
