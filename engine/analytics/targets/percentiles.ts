/**
 * Percentile of each eligible node's value among the eligible: the fraction
 * of the others with a strictly lower value, so the lowest (and every node
 * tied with it) gets 0 and a unique maximum gets 1. Ineligible nodes get 0.
 */
export function percentiles(values: Float64Array, eligible: Uint8Array): Float64Array {
  const members: number[] = [];
  for (let v = 0; v < values.length; v++) if (eligible[v]) members.push(v);
  members.sort((x, y) => values[x]! - values[y]! || x - y);
  const result = new Float64Array(values.length);
  const denominator = Math.max(1, members.length - 1);
  let below = 0;
  for (let i = 0; i < members.length; i++) {
    if (i > 0 && values[members[i]!]! > values[members[i - 1]!]!) below = i;
    result[members[i]!] = below / denominator;
  }
  return result;
}
