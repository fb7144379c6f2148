/**
 * Normalised mutual information between two labelings of the same items
 * (Danon, Díaz-Guilera, Duch & Arenas 2005, "Comparing community structure
 * identification", J. Stat. Mech. P09008), with the arithmetic-mean
 * normalisation NMI = I(A; B) / ((H(A) + H(B)) / 2): scikit-learn's default
 * `normalized_mutual_info_score` and igraph's `compare_communities(method="nmi")`.
 * 1 when the labelings are the same partition, 0 when they are independent.
 */

/** Labels may be any numbers or strings; only which items share a label matters. */
export function normalizedMutualInformation(
  a: ArrayLike<number | string>,
  b: ArrayLike<number | string>,
): number {
  if (a.length !== b.length) {
    throw new Error(`nmi: labelings differ in length (${a.length} and ${b.length})`);
  }
  const n = a.length;
  const left = denseLabels(a);
  const right = denseLabels(b);
  // Two trivial partitions (everything in one class, or nothing to compare) agree fully, as in scikit-learn.
  if (left.count <= 1 && right.count <= 1) return 1;
  const joint = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const cell = left.labels[i]! * right.count + right.labels[i]!;
    joint.set(cell, (joint.get(cell) ?? 0) + 1);
  }
  const leftSizes = sizes(left.labels, left.count);
  const rightSizes = sizes(right.labels, right.count);
  let mutual = 0;
  for (const [cell, count] of joint) {
    const l = Math.floor(cell / right.count);
    const r = cell - l * right.count;
    mutual += (count / n) * Math.log((count * n) / (leftSizes[l]! * rightSizes[r]!));
  }
  const normaliser = (entropy(leftSizes, n) + entropy(rightSizes, n)) / 2;
  // Clamp the rounding of identical partitions (mutual ≈ normaliser) to [0, 1].
  return Math.min(1, Math.max(0, mutual / normaliser));
}

function denseLabels(labels: ArrayLike<number | string>): { labels: Int32Array; count: number } {
  const index = new Map<number | string, number>();
  const dense = new Int32Array(labels.length);
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i]!;
    let value = index.get(label);
    if (value === undefined) {
      value = index.size;
      index.set(label, value);
    }
    dense[i] = value;
  }
  return { labels: dense, count: index.size };
}

function sizes(labels: Int32Array, count: number): Float64Array {
  const result = new Float64Array(count);
  for (let i = 0; i < labels.length; i++) result[labels[i]!]!++;
  return result;
}

function entropy(sizes: Float64Array, n: number): number {
  let sum = 0;
  for (const size of sizes) if (size > 0) sum -= (size / n) * Math.log(size / n);
  return sum;
}
