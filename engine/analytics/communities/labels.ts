/**
 * Checking and relabelling of community labels. Louvain's working labels are
 * node indices of the current level; aggregation needs them dense (0..k-1), and
 * the caller needs a numbering that does not depend on those working indices.
 */

/** Makes labels dense in place, numbered in order of first appearance; returns the count. */
export function compactLabels(labels: Int32Array): number {
  const map = new Int32Array(checkLabels(labels, labels.length, "communities")).fill(-1);
  let count = 0;
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i]!;
    if (map[label] === -1) map[label] = count++;
    labels[i] = map[label]!;
  }
  return count;
}

/**
 * Renumbers in place so that community 0 is the largest; ties go to the
 * community holding the smallest node index. The result then depends only on
 * the partition, not on how it was found.
 */
export function renumberBySize(labels: Int32Array): number {
  const count = compactLabels(labels);
  // After compactLabels, label order is the order of each community's smallest node index.
  const sizes = new Uint32Array(count);
  for (let i = 0; i < labels.length; i++) sizes[labels[i]!]!++;
  const order = Array.from({ length: count }, (_, label) => label);
  order.sort((a, b) => sizes[b]! - sizes[a]! || a - b);
  const rank = new Int32Array(count);
  order.forEach((label, position) => (rank[label] = position));
  for (let i = 0; i < labels.length; i++) labels[i] = rank[labels[i]!]!;
  return count;
}

/**
 * Checks that there are `nodeCount` labels, each an integer in 0..nodeCount-1
 * (enough for any partition, and it keeps per-label arrays small), naming
 * `module` in errors; returns one more than the largest label.
 */
export function checkLabels(labels: ArrayLike<number>, nodeCount: number, module: string): number {
  if (labels.length !== nodeCount) {
    throw new Error(`${module}: ${labels.length} labels for ${nodeCount} nodes`);
  }
  let max = -1;
  for (let i = 0; i < nodeCount; i++) {
    const label = labels[i]!;
    if (!Number.isInteger(label) || label < 0 || label >= nodeCount) {
      throw new Error(
        `${module}: label of node ${i} is ${label}; labels must be integers in 0..${nodeCount - 1}`,
      );
    }
    if (label > max) max = label;
  }
  return max + 1;
}

/** Every node in a community of its own: labels 0..n-1 (a plain loop, far faster than Int32Array.from with a callback). */
export function singletons(n: number): Int32Array {
  const labels = new Int32Array(n);
  for (let i = 0; i < n; i++) labels[i] = i;
  return labels;
}

/** labels[index[i]] for each i: the labels of `index`'s entries. */
export function labelsAt(labels: Int32Array, index: Int32Array): Int32Array {
  const result = new Int32Array(index.length);
  for (let i = 0; i < index.length; i++) result[i] = labels[index[i]!]!;
  return result;
}
