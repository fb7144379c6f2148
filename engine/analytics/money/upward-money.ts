/**
 * Money concentrating upward: how much of their payers' outgoing money
 * reaches an actor. Each payer u contributes c(u) · a(u→v) · a(u→v) / out(u):
 * the euros it sent v, weighted by the share of all it sent that went to v,
 * and by how much of a conduit u is, c(u) = min(out/in, in/out) (1 for a
 * payer with nothing coming in). A money broker passing nearly all it
 * collects to one boss gives that boss almost everything; a boss paying
 * wages keeps most of what comes in and gives each only a sliver. So the
 * measure grows along the chain collectors → organiser, which a plain
 * in-flow cannot tell.
 *
 * Only money that flows up counts, and it counts where it stops. In a
 * criminal enterprise money moves up as the takings of those below and
 * comes down or goes out as wages and as the price of goods and services:
 * the leader of the drug-selling gang of S. Levitt & S. Venkatesh ("An
 * economic analysis of a drug-selling gang's finances", Quarterly Journal
 * of Economics 115(3), 2000) receives the officers' takings and pays the
 * wholesale supplier and the foot soldiers. So, given each actor's standing
 * (upward-standing.ts):
 * - a payment from someone standing above the receiver is pay, however
 *   large: it is left out (`fromAbove`), as the boss's payments to a supplier;
 * - what an actor passes up to someone standing above it did not stop
 *   there: its score keeps only the share of its outgoing money that did
 *   not go up (`passedUp`), and nothing when most of it went up
 *   (`SUBORDINATE_SHARE`): a lieutenant handing the dealers' takings to the
 *   boss is the boss's collector, and what it keeps is its wage (the
 *   officers of Levitt & Venkatesh hand the takings up and are paid), not
 *   money that stops with a leader. A sliver kept would otherwise still
 *   rank: few persons have any money concentrating on them, so on the rank
 *   scale (targets/rank-strength.ts) a lieutenant's 3% ranked next to the
 *   organisers, whose sums are thirty times as large;
 * - what smuggled persons and victims pay is the price of the journey, not
 *   money passed up a hierarchy: it makes the receiver a collector
 *   (collection.ts), not a leader, and is left out (`paying`).
 *
 * Money into the companies a person stands behind counts as received by the
 * person, at their share (payments.ts). The weighting by the payer's share
 * is a Herfindahl-style concentration (Herfindahl 1950) of each payer's
 * outflows, applied to the hierarchy of criminal money flows that Morselli
 * (*Inside Criminal Networks*, 2009) and Malm & Bichler ("Using friends for
 * money", Trends in Organized Crime 16(4), 2013) describe: money
 * moves up to those who direct.
 */
import type { ActorMoney } from "./actor-money.ts";
import type { Payments } from "./payments.ts";

/**
 * Above this share of its outgoing money passed up to those standing above
 * it, an actor is a subordinate conduit and keeps no leadership: "most of
 * what it pays out", the plain reading of passing the money on.
 */
export const SUBORDINATE_SHARE = 0.5;

export interface UpwardMoney {
  /** Per actor, in euros (a ranking figure). */
  score: Float64Array;
  /** Per actor: payers contributing to it. */
  payers: Int32Array;
  /** Per actor: the payer contributing most, or -1. */
  topPayer: Int32Array;
  /** Per actor: what payers standing above it contributed, left out as pay (0 without standing). */
  fromAbove: Float64Array;
  /** Per actor: the payer standing above it who contributed most, or -1. */
  topAbove: Int32Array;
  /** Per actor: the share of its outgoing money paid to those standing above it (0 without standing). */
  passedUp: Float64Array;
}

/**
 * `paying`: 1 for smuggled persons and victims, whose payments are left out.
 * `standing`: per actor, how high it stands (upward-standing.ts); null for
 * the first pass that the standing is computed from.
 */
export function upwardMoney(
  payments: Payments,
  money: readonly (ActorMoney | null)[],
  paying: Uint8Array,
  standing: Float64Array | null = null,
): UpwardMoney {
  const n = money.length;
  const result: UpwardMoney = {
    score: new Float64Array(n),
    payers: new Int32Array(n),
    topPayer: new Int32Array(n).fill(-1),
    fromAbove: new Float64Array(n),
    topAbove: new Int32Array(n).fill(-1),
    passedUp: new Float64Array(n),
  };
  const best = new Float64Array(n);
  const bestAbove = new Float64Array(n);
  const above = (x: number, y: number) => standing !== null && standing[x]! > standing[y]!;
  for (const [payer, row] of payments) {
    const m = money[payer];
    const out = m?.outEur ?? 0;
    if (!m || out <= 0 || paying[payer]) continue;
    const conduit = m.inEur > 0 ? Math.min(out / m.inEur, m.inEur / out) : 1;
    for (const [receiver, eur] of row) {
      if (above(receiver, payer)) result.passedUp[payer]! += eur / out;
      const part = (conduit * eur * Math.min(eur, out)) / out;
      if (part <= 0) continue;
      if (above(payer, receiver)) {
        result.fromAbove[receiver]! += part;
        if (part > bestAbove[receiver]!) {
          bestAbove[receiver] = part;
          result.topAbove[receiver] = payer;
        }
        continue;
      }
      result.score[receiver]! += part;
      result.payers[receiver]!++;
      if (part > best[receiver]!) {
        best[receiver] = part;
        result.topPayer[receiver] = payer;
      }
    }
  }
  for (let v = 0; v < n; v++) {
    // A payment into a company and to the person behind it are the same money: at most all of it.
    result.passedUp[v] = Math.min(1, result.passedUp[v]!);
    result.score[v]! *= result.passedUp[v]! > SUBORDINATE_SHARE ? 0 : 1 - result.passedUp[v]!;
  }
  return result;
}
