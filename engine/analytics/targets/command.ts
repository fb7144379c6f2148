/**
 * Command in the calls: who calls out, again and again, to a few people who
 * in turn call many, and on whom those people depend. An organiser phones
 * each lieutenant far more often than the lieutenant phones back, each
 * lieutenant phones a team, and the organiser is a large part of the
 * lieutenant's calls; a member spreads calls thinly and is called as often
 * as it calls; a customer's calls to a phone shop are a sliver of the
 * shop's.
 *
 * command(v) = Σ_u s(v→u)² · d⁺(u) · dominance(v, u) · dependence(u, v),
 * where s(v→u) is u's share of v's outgoing calls (squared, so a few strong
 * lines count more than many thin ones: a Herfindahl concentration), d⁺(u)
 * the number of distinct people u calls, dominance(v, u) = max(0, c(v→u) −
 * c(u→v)) / c(v→u) the part of v's calls to u that u does not return, and
 * dependence(u, v) = (c(v→u) + c(u→v)) / (all of u's calls, both ways) the
 * share of u's calls that are with v. This follows the command structure
 * read from directed communication in criminal networks (Natarajan 2006,
 * "Understanding the structure of a large heroin distribution network",
 * J. Quantitative Criminology 22(2); Morselli 2009, ch. 4: orders flow down,
 * reports up). Dependence is the other side of power: v has power over u as
 * far as u depends on v (R. Emerson, "Power-dependence relations", American
 * Sociological Review 27(1), 1962), and the share of u's contact invested
 * in v is Burt's proportional tie strength p(u, v) (R. Burt, *Structural
 * Holes*, 1992, the dyadic constraint). Without it, two unreturned calls to
 * a phone shop that calls 75 customers made their caller the strongest
 * commander of a world (targets/README.md).
 */
import type { PersonNetwork } from "../network/index.ts";
import { WAY_A_TO_B, WAY_BOTH } from "../network/evidence-items.ts";
import { TIE_KINDS } from "../network/options.ts";
import { EVERY, type WorkProgress } from "../progress.ts";

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
  /** Per actor: dependence(callee, actor) along that line, in [0, 1]. */
  dependence: Float64Array;
}

/** `progress`: ties read, then order lines scored (half each). */
export function commandScores(network: PersonNetwork, progress?: WorkProgress): Command {
  const n = network.csr.nodeCount;
  const { items, ties } = network;
  // Calls each way along each tie; each ordered pair with calls is placed at its first call's
  // item, so that the pairs are scored in the order of their first call, in typed arrays.
  const pairAt = new Int32Array(items.length).fill(-1);
  const pairs = { from: new Uint32Array(2 * ties.count), to: new Uint32Array(2 * ties.count) };
  const count = new Float64Array(2 * ties.count);
  const back = new Float64Array(2 * ties.count);
  const outCalls = new Float64Array(n);
  const callees = new Int32Array(n);
  // Each actor's calls both ways, over all its ties: what dependence is a share of.
  const allCalls = new Float64Array(n);
  let pairCount = 0;
  const place = (from: number, to: number, calls: number, returned: number, first: number) => {
    if (first < 0) return;
    pairs.from[pairCount] = from;
    pairs.to[pairCount] = to;
    count[pairCount] = calls;
    back[pairCount] = returned;
    pairAt[first] = pairCount++;
    outCalls[from]! += calls;
    callees[from]!++;
  };
  for (let t = 0; t < ties.count; t++) {
    if ((t & EVERY) === 0) progress?.(t, 2 * ties.count);
    let ab = 0;
    let ba = 0;
    let firstAB = -1;
    let firstBA = -1;
    for (let k = ties.itemOffsets[t]!; k < ties.itemOffsets[t + 1]!; k++) {
      const i = ties.itemOrder[k]!;
      if (items.kind[i] !== CALL || items.way[i] === WAY_BOTH) continue;
      if (items.way[i] === WAY_A_TO_B) {
        ab += items.strength[i]!;
        if (firstAB < 0) firstAB = i;
      } else {
        ba += items.strength[i]!;
        if (firstBA < 0) firstBA = i;
      }
    }
    allCalls[ties.a[t]!]! += ab + ba;
    allCalls[ties.b[t]!]! += ab + ba;
    place(ties.a[t]!, ties.b[t]!, ab, ba, firstAB);
    place(ties.b[t]!, ties.a[t]!, ba, ab, firstBA);
  }
  const result: Command = {
    score: new Float64Array(n),
    line: new Int32Array(n).fill(-1),
    calls: new Float64Array(n),
    back: new Float64Array(n),
    reach: new Int32Array(n),
    dependence: new Float64Array(n),
  };
  const best = new Float64Array(n);
  for (let i = 0; i < items.length; i++) {
    if ((i & EVERY) === 0) progress?.(items.length + i, 2 * items.length);
    const p = pairAt[i]!;
    if (p < 0) continue;
    const from = pairs.from[p]!;
    const to = pairs.to[p]!;
    const dominance = Math.max(0, count[p]! - back[p]!) / count[p]!;
    const share = count[p]! / outCalls[from]!;
    const dependence = (count[p]! + back[p]!) / allCalls[to]!;
    const term = share * share * callees[to]! * dominance * dependence;
    result.score[from]! += term;
    if (term > best[from]!) {
      best[from] = term;
      result.line[from] = to;
      result.calls[from] = count[p]!;
      result.back[from] = back[p]!;
      result.reach[from] = callees[to]!;
      result.dependence[from] = dependence;
    }
  }
  return result;
}
