/**
 * Command in the calls: who calls out, again and again, to a few people who
 * in turn call many. An organiser phones each lieutenant far more often than
 * the lieutenant phones back, and each lieutenant phones a team; a member
 * spreads calls thinly and is called as often as it calls.
 *
 * command(v) = Σ_u s(v→u)² · d⁺(u) · dominance(v, u), where s(v→u) is u's
 * share of v's outgoing calls (squared, so a few strong lines count more
 * than many thin ones: a Herfindahl concentration), d⁺(u) the number of
 * distinct people u calls, and dominance(v, u) = max(0, c(v→u) − c(u→v)) /
 * c(v→u) the part of v's calls to u that u does not return. This follows
 * the command structure read from directed communication in criminal
 * networks (Natarajan 2006, "Understanding the structure of a large heroin
 * distribution network", J. Quantitative Criminology 22(2); Morselli 2009,
 * ch. 4: orders flow down, reports up).
 */
import type { PersonNetwork } from "../network/index.ts";
import { WAY_A_TO_B, WAY_BOTH } from "../network/evidence-items.ts";
import { TIE_KINDS } from "../network/options.ts";

const CALL = TIE_KINDS.indexOf("call");

export interface Command {
  /** Per actor: command(v) above. */
  score: Float64Array;
  /** Per actor: the callee of its strongest order line (largest term), or -1. */
  line: Int32Array;
  /** Per actor: calls along that line, calls back, and how many people the callee calls. */
  calls: Float64Array;
  back: Float64Array;
  reach: Int32Array;
}

export function commandScores(network: PersonNetwork): Command {
  const n = network.csr.nodeCount;
  const { items } = network;
  // Calls per ordered pair, keyed by from · n + to.
  const calls = new Map<number, number>();
  const outCalls = new Float64Array(n);
  const callees: Set<number>[] = Array.from({ length: n }, () => new Set());
  for (let i = 0; i < items.length; i++) {
    if (items.kind[i] !== CALL || items.way[i] === WAY_BOTH) continue;
    const [from, to] =
      items.way[i] === WAY_A_TO_B ? [items.a[i]!, items.b[i]!] : [items.b[i]!, items.a[i]!];
    const key = from * n + to;
    calls.set(key, (calls.get(key) ?? 0) + items.strength[i]!);
    outCalls[from]! += items.strength[i]!;
    callees[from]!.add(to);
  }
  const result: Command = {
    score: new Float64Array(n),
    line: new Int32Array(n).fill(-1),
    calls: new Float64Array(n),
    back: new Float64Array(n),
    reach: new Int32Array(n),
  };
  const best = new Float64Array(n);
  for (const [key, count] of calls) {
    const from = Math.floor(key / n);
    const to = key - from * n;
    const back = calls.get(to * n + from) ?? 0;
    const dominance = Math.max(0, count - back) / count;
    const share = count / outCalls[from]!;
    const term = share * share * callees[to]!.size * dominance;
    result.score[from]! += term;
    if (term > best[from]!) {
      best[from] = term;
      result.line[from] = to;
      result.calls[from] = count;
      result.back[from] = back;
      result.reach[from] = callees[to]!.size;
    }
  }
  return result;
}
