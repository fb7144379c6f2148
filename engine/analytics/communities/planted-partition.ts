/**
 * Seeded random graphs with planted communities, to check that community
 * detection recovers a known partition and to benchmark it at any size. A
 * planted-partition model in the spirit of Condon & Karp (2001) with the
 * mixing parameter μ of Lancichinetti, Fortunato & Radicchi (2008): each edge
 * picks a random endpoint, then with probability 1 − μ a second endpoint in the
 * same community, otherwise one anywhere. Community sizes are uniform in
 * [minSize, maxSize] and members are scattered over the node indices, so node
 * order gives an algorithm no hint.
 */
import type { Csr } from "../csr.ts";
import { csrFromEdges } from "../csr.ts";
import type { WeightedEdge } from "../csr.ts";
import { createRng, shuffleInPlace } from "../random.ts";
import type { Rng } from "../random.ts";

export interface PlantedPartitionOptions {
  nodes?: number;
  /** Edges drawn = nodes × averageDegree / 2; repeated pairs merge into heavier edges. */
  averageDegree?: number;
  /** μ: the share of edges drawn between communities. */
  mixing?: number;
  minSize?: number;
  maxSize?: number;
  seed?: number;
}

export const DEFAULT_PLANTED_PARTITION_OPTIONS: Readonly<Required<PlantedPartitionOptions>> = {
  nodes: 1000,
  averageDegree: 8,
  mixing: 0.2,
  minSize: 20,
  maxSize: 100,
  seed: 1,
};

export interface PlantedPartition {
  /** Node ids are "0", "1", ...; index i holds node "i". */
  csr: Csr;
  /** Planted community of each node index. */
  planted: Int32Array;
  communityCount: number;
}

export function plantedPartition(options: PlantedPartitionOptions = {}): PlantedPartition {
  const settings = resolveOptions(options);
  const rng = createRng(settings.seed);
  const { planted, members } = plantCommunities(settings, rng);
  const edgeCount = Math.round((settings.nodes * settings.averageDegree) / 2);
  const pick = (count: number): number => Math.floor(rng() * count);
  function* edges(): Generator<WeightedEdge> {
    for (let drawn = 0; drawn < edgeCount;) {
      const u = pick(settings.nodes);
      const pool = rng() < settings.mixing ? null : members[planted[u]!]!;
      const v = pool === null ? pick(settings.nodes) : pool[pick(pool.length)]!;
      if (u === v) continue;
      drawn++;
      yield { source: String(u), target: String(v) };
    }
  }
  const ids = Array.from({ length: settings.nodes }, (_, i) => String(i));
  return { csr: csrFromEdges(edges(), ids), planted, communityCount: members.length };
}

function plantCommunities(
  settings: Required<PlantedPartitionOptions>,
  rng: Rng,
): { planted: Int32Array; members: number[][] } {
  const sizes: number[] = [];
  let placed = 0;
  while (placed < settings.nodes) {
    const size = settings.minSize + Math.floor(rng() * (settings.maxSize - settings.minSize + 1));
    const room = settings.nodes - placed;
    // A remainder too small to be a community joins the last one.
    if (room - size < settings.minSize && sizes.length > 0) {
      sizes[sizes.length - 1]! += room;
      placed = settings.nodes;
    } else {
      sizes.push(Math.min(size, room));
      placed += Math.min(size, room);
    }
  }
  const order = shuffleInPlace(
    Array.from({ length: settings.nodes }, (_, i) => i),
    rng,
  );
  const planted = new Int32Array(settings.nodes);
  const members: number[][] = [];
  let next = 0;
  sizes.forEach((size, community) => {
    const group = order.slice(next, next + size);
    next += size;
    for (const node of group) planted[node] = community;
    members.push(group);
  });
  return { planted, members };
}

function resolveOptions(options: PlantedPartitionOptions): Required<PlantedPartitionOptions> {
  const defaults = DEFAULT_PLANTED_PARTITION_OPTIONS;
  const settings = {
    nodes: options.nodes ?? defaults.nodes,
    averageDegree: options.averageDegree ?? defaults.averageDegree,
    mixing: options.mixing ?? defaults.mixing,
    minSize: options.minSize ?? defaults.minSize,
    maxSize: options.maxSize ?? defaults.maxSize,
    seed: options.seed ?? defaults.seed,
  };
  if (!Number.isInteger(settings.minSize) || settings.minSize < 2) {
    throw new Error(`planted-partition: minSize must be an integer >= 2, got ${settings.minSize}`);
  }
  if (!Number.isInteger(settings.maxSize) || settings.maxSize < settings.minSize) {
    throw new Error(
      `planted-partition: maxSize must be an integer >= minSize, got ${settings.maxSize}`,
    );
  }
  if (!Number.isInteger(settings.nodes) || settings.nodes < settings.minSize) {
    throw new Error(
      `planted-partition: nodes must be an integer >= minSize, got ${settings.nodes}`,
    );
  }
  if (!(settings.averageDegree > 0) || !Number.isFinite(settings.averageDegree)) {
    throw new Error(
      `planted-partition: averageDegree must be positive, got ${settings.averageDegree}`,
    );
  }
  if (!(settings.mixing >= 0 && settings.mixing <= 1)) {
    throw new Error(`planted-partition: mixing must be in [0, 1], got ${settings.mixing}`);
  }
  if (!Number.isInteger(settings.seed)) {
    throw new Error(`planted-partition: seed must be an integer, got ${settings.seed}`);
  }
  return settings;
}
