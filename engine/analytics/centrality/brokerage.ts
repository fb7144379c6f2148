/**
 * Brokerage with respect to a grouping of the nodes (communities, crime
 * types): who ties groups together.
 *
 * Participation coefficient (R. Guimerà & L. A. N. Amaral, "Functional
 * cartography of complex metabolic networks", Nature 433:895–900, 2005):
 *   P_i = 1 - Σ_s (k_is / k_i)²
 * with k_is the ties of i into group s; 0 when all ties stay in one group,
 * near 1 when they spread evenly over many. Isolates get 0.
 *
 * Gould–Fernandez brokerage roles (R. V. Gould & R. M. Fernandez,
 * "Structures of mediation: a formal approach to brokerage in transaction
 * networks", Sociological Methodology 19:89–126, 1989). G–F count directed
 * two-paths a→b→c with a and c not tied, classified by the groups of a, b, c.
 * Our person network is undirected, so this module counts each open two-path
 * a–b–c once per unordered pair {a, c} of b's neighbours that are not tied
 * to each other, and the two directed roles that differ only by direction
 * merge into one:
 *   coordinator               a, b, c all in one group
 *   itinerant (consultant)    a and c in one group, b in another
 *   gatekeeperRepresentative  exactly one of a, c in b's group (G–F gatekeeper
 *                             a≠b=c and representative a=b≠c; counting both
 *                             orientations instead would double every role and
 *                             give gatekeeper = representative = this count)
 *   liaison                   a, b, c in three different groups
 * Counts come from the group sizes among b's neighbours (all pairs, by
 * combinatorics) minus the closed pairs, found by listing each triangle once
 * over degree-ordered ties (M. Latapy, "Main-memory triangle computations for
 * very large (sparse (power-law)) graphs", Theor. Comp. Sci. 407:458–473,
 * 2008): O(m·√m) instead of enumerating every pair of neighbours, once for
 * every grouping asked for at the same time (`gouldFernandezByGrouping`).
 */
import { EVERY, span, type WorkProgress } from "../progress.ts";
import { weightedDegree, type Csr } from "../csr.ts";
import { defaultsOf, resolveOptions, type Parameters } from "../options.ts";

export interface ParticipationOptions {
  /** Use tie weights (k_is as strength into group s) instead of tie counts. */
  weighted?: boolean;
}

export const PARTICIPATION_PARAMETERS: Parameters<Required<ParticipationOptions>> = {
  weighted: {
    type: "boolean",
    default: false,
    description: "tie weights instead of tie counts",
  },
};
export const PARTICIPATION_DEFAULTS = defaultsOf(PARTICIPATION_PARAMETERS);

export function participationCoefficient(
  csr: Csr,
  groups: Int32Array,
  options?: ParticipationOptions,
): Float64Array {
  const module = "participationCoefficient";
  const { weighted } = resolveOptions(module, PARTICIPATION_PARAMETERS, options);
  const groupCount = checkGroups(module, csr, groups);
  const { offsets, targets, weights } = csr;
  const n = csr.nodeCount;
  const result = new Float64Array(n);
  const into = new Float64Array(groupCount);
  const touched: number[] = [];
  for (let i = 0; i < n; i++) {
    const total = weighted ? weightedDegree(csr, i) : offsets[i + 1]! - offsets[i]!;
    if (total === 0) continue;
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
      const s = groups[targets[k]!]!;
      if (into[s] === 0) touched.push(s);
      into[s]! += weighted ? weights[k]! : 1;
    }
    let concentration = 0;
    for (const s of touched) {
      const fraction = into[s]! / total;
      concentration += fraction * fraction;
      into[s] = 0;
    }
    touched.length = 0;
    result[i] = 1 - concentration;
  }
  return result;
}

export interface BrokerageRoles {
  coordinator: Float64Array;
  itinerant: Float64Array;
  gatekeeperRepresentative: Float64Array;
  liaison: Float64Array;
  /** All open two-paths through the node, whatever the groups. */
  total: Float64Array;
}

/** `progress`: nodes counted, then triangles' lowest nodes listed (progress.ts). */
export function gouldFernandez(
  csr: Csr,
  groups: Int32Array,
  progress?: WorkProgress,
): BrokerageRoles {
  return rolesByGrouping("gouldFernandez", csr, [groups], progress)[0]!;
}

/**
 * The roles with respect to each of several groupings of the same nodes
 * (the analysis's communities and crime types), listing the triangles once
 * for all of them: the listing is the costly part (O(m·√m)), the pairs
 * counted per grouping are O(m).
 */
export function gouldFernandezByGrouping(
  csr: Csr,
  groupings: readonly Int32Array[],
  progress?: WorkProgress,
): BrokerageRoles[] {
  return rolesByGrouping("gouldFernandezByGrouping", csr, groupings, progress);
}

function rolesByGrouping(
  module: string,
  csr: Csr,
  groupings: readonly Int32Array[],
  progress?: WorkProgress,
): BrokerageRoles[] {
  const counted = groupings.map((groups) => {
    const groupCount = checkGroups(module, csr, groups);
    const roles = emptyRoles(csr.nodeCount);
    return { groups, groupCount, roles };
  });
  const share = 0.2 / counted.length;
  counted.forEach(({ groups, groupCount, roles }, g) =>
    countAllPairs(csr, groups, groupCount, roles, span(progress, g * share, (g + 1) * share)),
  );
  subtractClosedPairs(csr, counted, span(progress, 0.2, 1));
  for (const { roles } of counted) {
    for (let b = 0; b < csr.nodeCount; b++) {
      roles.total[b] =
        roles.coordinator[b]! +
        roles.itinerant[b]! +
        roles.gatekeeperRepresentative[b]! +
        roles.liaison[b]!;
    }
  }
  return counted.map(({ roles }) => roles);
}

function emptyRoles(n: number): BrokerageRoles {
  return {
    coordinator: new Float64Array(n),
    itinerant: new Float64Array(n),
    gatekeeperRepresentative: new Float64Array(n),
    liaison: new Float64Array(n),
    total: new Float64Array(n),
  };
}

/** Every pair of b's neighbours, open or not, classified from the group sizes among them. */
function countAllPairs(
  csr: Csr,
  groups: Int32Array,
  groupCount: number,
  roles: BrokerageRoles,
  progress?: WorkProgress,
): void {
  const { offsets, targets } = csr;
  const size = new Float64Array(groupCount);
  const touched: number[] = [];
  for (let b = 0; b < csr.nodeCount; b++) {
    if ((b & EVERY) === 0) progress?.(b, csr.nodeCount);
    const degree = offsets[b + 1]! - offsets[b]!;
    for (let k = offsets[b]!; k < offsets[b + 1]!; k++) {
      const s = groups[targets[k]!]!;
      if (size[s] === 0) touched.push(s);
      size[s]!++;
    }
    const own = size[groups[b]!]!;
    const outside = degree - own;
    let sameOutside = 0;
    let squaresOutside = 0;
    for (const s of touched) {
      const count = size[s]!;
      size[s] = 0;
      if (s === groups[b]) continue;
      sameOutside += pairsAmong(count);
      squaresOutside += count * count;
    }
    touched.length = 0;
    roles.coordinator[b] = pairsAmong(own);
    roles.itinerant[b] = sameOutside;
    roles.gatekeeperRepresentative[b] = own * outside;
    roles.liaison[b] = (outside * outside - squaresOutside) / 2;
  }
}

/** Unordered pairs among `count` nodes (never -0, which would differ from 0 in deep equality). */
function pairsAmong(count: number): number {
  return count < 2 ? 0 : (count * (count - 1)) / 2;
}

/**
 * Lists each triangle once and removes its three closed pairs from the
 * counts of their brokers, in every grouping.
 */
function subtractClosedPairs(
  csr: Csr,
  groupings: readonly { groups: Int32Array; roles: BrokerageRoles }[],
  progress?: WorkProgress,
): void {
  const n = csr.nodeCount;
  const { offsets, targets } = csr;
  // Orient each tie from lower to higher (degree, index): every triangle is then found
  // exactly once, from its lowest node, and no node has more than O(√m) ties out.
  const ranksBelow = (u: number, v: number): boolean => {
    const du = offsets[u + 1]! - offsets[u]!;
    const dv = offsets[v + 1]! - offsets[v]!;
    return du < dv || (du === dv && u < v);
  };
  const outOffsets = new Uint32Array(n + 1);
  for (let u = 0; u < n; u++) {
    let out = 0;
    for (let k = offsets[u]!; k < offsets[u + 1]!; k++) if (ranksBelow(u, targets[k]!)) out++;
    outOffsets[u + 1] = outOffsets[u]! + out;
  }
  const outTargets = new Uint32Array(outOffsets[n]!);
  for (let u = 0, at = 0; u < n; u++) {
    for (let k = offsets[u]!; k < offsets[u + 1]!; k++) {
      if (ranksBelow(u, targets[k]!)) outTargets[at++] = targets[k]!;
    }
  }
  const markedBy = new Int32Array(n).fill(-1);
  for (let u = 0; u < n; u++) {
    if ((u & EVERY) === 0) progress?.(u, n);
    const end = outOffsets[u + 1]!;
    for (let k = outOffsets[u]!; k < end; k++) markedBy[outTargets[k]!] = u;
    for (let k = outOffsets[u]!; k < end; k++) {
      const v = outTargets[k]!;
      for (let j = outOffsets[v]!; j < outOffsets[v + 1]!; j++) {
        const w = outTargets[j]!;
        if (markedBy[w] !== u) continue;
        for (const { roles, groups } of groupings) {
          removeClosedPair(roles, groups, u, v, w);
          removeClosedPair(roles, groups, v, u, w);
          removeClosedPair(roles, groups, w, u, v);
        }
      }
    }
  }
}

/** Broker b's neighbours a and c are tied: the pair is no brokerage opportunity. */
function removeClosedPair(
  roles: BrokerageRoles,
  groups: Int32Array,
  b: number,
  a: number,
  c: number,
): void {
  const gb = groups[b]!;
  const ga = groups[a]!;
  const gc = groups[c]!;
  if (ga === gb && gc === gb) roles.coordinator[b]!--;
  else if (ga === gc) roles.itinerant[b]!--;
  else if (ga === gb || gc === gb) roles.gatekeeperRepresentative[b]!--;
  else roles.liaison[b]!--;
}

/** Checks one non-negative integer label per node; returns the number of label values. */
function checkGroups(module: string, csr: Csr, groups: Int32Array): number {
  if (!(groups instanceof Int32Array) || groups.length !== csr.nodeCount) {
    throw new Error(
      `${module}: groups must be an Int32Array with one label per node (${csr.nodeCount})`,
    );
  }
  let max = -1;
  for (let i = 0; i < groups.length; i++) {
    const label = groups[i]!;
    if (label < 0)
      throw new Error(`${module}: group label of node ${i} is ${label}; labels must be >= 0`);
    if (label > max) max = label;
  }
  return max + 1;
}
