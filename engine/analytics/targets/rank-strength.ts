/**
 * The strength of each eligible node's value, from its rank among the
 * eligible: 1 − ln(rank) / ln(N), so the first gets 1, the tenth of a
 * thousand 0.67, the hundredth 0.33, and a value of 0 (no calls, no money)
 * gets 0 however many share it. Ties share the best rank of their group;
 * ineligible nodes get 0.
 *
 * Ranks rather than raw values keep features on different scales weighing
 * as the weights say and stop one outlier from flattening everyone else
 * (as percentiles would); the logarithm keeps the top apart, where plain
 * percentiles crowd everyone of the top 2% into 0.98–1.0 and a person in
 * the top 2% of four features would beat one who is first in two. This is
 * the reciprocal-rank idea of rank fusion (Cormack, Clarke & Büttcher,
 * SIGIR 2009) on a logarithmic scale.
 */
export interface RankStrength {
  strength: Float64Array;
  /** 1 for the largest value, 0 for a value of 0 or an ineligible node. */
  rank: Int32Array;
}

export function rankStrength(values: Float64Array, eligible: Uint8Array): RankStrength {
  // Only the values above 0 are sorted: every eligible node ahead of one of them is above 0
  // too, so its rank is the same, and most features are 0 for most persons.
  const members: number[] = [];
  let eligibleCount = 0;
  for (let v = 0; v < values.length; v++) {
    if (!eligible[v]) continue;
    eligibleCount++;
    if (!(values[v]! <= 0)) members.push(v);
  }
  members.sort((x, y) => values[y]! - values[x]! || x - y);
  const strength = new Float64Array(values.length);
  const rank = new Int32Array(values.length);
  const logN = Math.log(Math.max(2, eligibleCount));
  let current = 1;
  for (let i = 0; i < members.length; i++) {
    const v = members[i]!;
    if (i > 0 && values[v]! < values[members[i - 1]!]!) current = i + 1;
    rank[v] = current;
    strength[v] = 1 - Math.log(current) / logN;
  }
  return { strength, rank };
}
