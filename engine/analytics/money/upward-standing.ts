/**
 * How high each actor stands, for telling money passed up from money paid
 * down (upward-money.ts): the strength of its rank on money concentrating
 * upward (a first pass that does not yet tell up from down) plus the
 * strength of its rank on command by phone (calls out, unreturned, to a few
 * who call many and depend on the caller: targets/command.ts). Two signs of leadership from the
 * records' structure (issue 13, item 2) rather than one, so that neither a
 * supplier paid a fortune by the boss nor a collector who takes in more than
 * the organiser stands above the one it is paid by or pays: the boss both
 * receives the lieutenants' takings and gives the orders.
 */
import type { ActorMoney } from "./actor-money.ts";
import type { Payments } from "./payments.ts";
import { upwardMoney } from "./upward-money.ts";

/** `strength`: a feature's rank strength among the eligible (targets/rank-strength.ts). */
export function upwardStanding(
  payments: Payments,
  money: readonly (ActorMoney | null)[],
  paying: Uint8Array,
  command: Float64Array,
  strength: (values: Float64Array) => Float64Array,
): Float64Array {
  const standing = strength(upwardMoney(payments, money, paying).score);
  const ordering = strength(command);
  for (let v = 0; v < standing.length; v++) standing[v]! += ordering[v]!;
  return standing;
}
