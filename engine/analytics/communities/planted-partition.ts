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
import { defaultsOf, OptionError, resolveOptions, type Parameters } from "../options.ts";

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

export const PLANTED_PARTITION_PARAMETERS: Parameters<Required<PlantedPartitionOptions>> = {
  nodes: { type: "integer", default: 1000, min: 2, description: "nodes" },
  averageDegree: { type: "number", default: 8, above: 0, description: "average degree" },
  mixing: {
    type: "number",
    default: 0.2,
    min: 0,
    max: 1,
    description: "share of edges between communities",
  },
  minSize: { type: "integer", default: 20, min: 2, description: "smallest community" },
  maxSize: { type: "integer", default: 100, min: 2, description: "largest community" },
  seed: { type: "integer", default: 1, description: "seed" },
};
export const PLANTED_PARTITION_DEFAULTS = defaultsOf(PLANTED_PARTITION_PARAMETERS);

export interface PlantedPartition {
  /** Node ids are "0", "1", ...; index i holds node "i". */
  csr: Csr;
  /** Planted community of each node index. */
  planted: Int32Array;
  communityCount: number;
}

export function plantedPartition(options: PlantedPartitionOptions = {}): PlantedPartition {
  const settings = resolveOptions("planted-partition", PLANTED_PARTITION_PARAMETERS, options);
  checkSizes(settings);
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

/** The cross-field rules the declared bounds cannot say. */
function checkSizes({ nodes, minSize, maxSize }: Required<PlantedPartitionOptions>): void {
  if (maxSize < minSize) {
    throw new OptionError(`planted-partition: option "maxSize" must be ≥ minSize, got ${maxSize}`);
  }
  if (nodes < minSize) {
    throw new OptionError(`planted-partition: option "nodes" must be ≥ minSize, got ${nodes}`);
  }
}
