import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { csrFromEdges, type Csr } from "../csr.ts";
import { createRng } from "../random.ts";
import {
  gouldFernandez,
  gouldFernandezByGrouping,
  participationCoefficient,
  type BrokerageRoles,
} from "./brokerage.ts";
import { loadReferenceSet, REFERENCE_SETS } from "./reference-fixtures.ts";

const PYTHON = "/usr/bin/python3";
const haveNetworkx = spawnSync(PYTHON, ["-c", "import networkx"]).status === 0;

/** Builds the index and the group of each node from "name:group" labels. */
function labelled(edges: [string, string, number?][]): { csr: Csr; groups: Int32Array } {
  const csr = csrFromEdges(
    edges.map(([source, target, weight]) => ({ source, target, ...(weight ? { weight } : {}) })),
  );
  return { csr, groups: Int32Array.from(csr.ids, (id) => Number(id.split(":")[1])) };
}

function rolesOf(roles: BrokerageRoles, index: number): number[] {
  return [
    roles.coordinator[index]!,
    roles.itinerant[index]!,
    roles.gatekeeperRepresentative[index]!,
    roles.liaison[index]!,
    roles.total[index]!,
  ];
}

// Broker b in group 0 tied to a1, a2 (group 0), c1, c2 (group 1), d (group 2);
// a1 and c1 are also tied to each other.
const star = labelled([
  ["b:0", "a1:0"],
  ["b:0", "a2:0"],
  ["b:0", "c1:1"],
  ["b:0", "c2:1"],
  ["b:0", "d:2"],
  ["a1:0", "c1:1"],
]);
const at = (id: string) => star.csr.ids.indexOf(id);

describe("gouldFernandez", () => {
  it("counts the roles of a hand-worked star", () => {
    const roles = gouldFernandez(star.csr, star.groups);
    // b has 5 neighbours, 10 pairs, one closed (a1-c1), 9 open:
    //   coordinator  {a1,a2}                                  1
    //   itinerant    {c1,c2}                                  1
    //   gatekeeper/representative: one of a1,a2 with one of c1,c2,d = 6, minus closed a1-c1 = 5
    //   liaison      {c1,d}, {c2,d}                           2
    expect(rolesOf(roles, at("b:0"))).toEqual([1, 1, 5, 2, 9]);
    // a1's two neighbours b and c1 are tied: no open two-path. Leaves have one neighbour.
    for (const id of ["a1:0", "c1:1", "a2:0", "c2:1", "d:2"]) {
      expect(rolesOf(roles, at(id))).toEqual([0, 0, 0, 0, 0]);
    }
  });

  it("counts itinerant brokers and closed coordinator pairs", () => {
    // Triangle x-y-z (group 0) with w (group 0) on x, and broker m (group 1) between y and v (group 0).
    const { csr, groups } = labelled([
      ["x:0", "y:0"],
      ["y:0", "z:0"],
      ["z:0", "x:0"],
      ["x:0", "w:0"],
      ["y:0", "m:1"],
      ["m:1", "v:0"],
    ]);
    const roles = gouldFernandez(csr, groups);
    const index = (id: string) => csr.ids.indexOf(id);
    // x: pairs {y,z} closed, {y,w} and {z,w} open, all group 0: coordinator 2.
    expect(rolesOf(roles, index("x:0"))).toEqual([2, 0, 0, 0, 2]);
    // y (group 0): neighbours x, z (group 0, tied), m (group 1): {x,m}, {z,m} gatekeeper/representative.
    expect(rolesOf(roles, index("y:0"))).toEqual([0, 0, 2, 0, 2]);
    // m (group 1) between y and v, both group 0, not tied: itinerant 1.
    expect(rolesOf(roles, index("m:1"))).toEqual([0, 1, 0, 0, 1]);
  });

  it("agrees with enumerating every pair of neighbours on random graphs", () => {
    for (let seed = 1; seed <= 5; seed++) {
      const { csr, groups } = randomGrouped(seed);
      expect(gouldFernandez(csr, groups)).toEqual(enumerateRoles(csr, groups));
    }
  });

  it("lists the triangles once for several groupings, each with its own roles", () => {
    for (let seed = 1; seed <= 5; seed++) {
      const { csr, groups } = randomGrouped(seed);
      const rng = createRng(100 + seed);
      const other = Int32Array.from(groups, () => Math.floor(rng() * 3));
      expect(gouldFernandezByGrouping(csr, [groups, other])).toEqual([
        enumerateRoles(csr, groups),
        enumerateRoles(csr, other),
      ]);
    }
  });

  it.runIf(haveNetworkx)(
    "agrees with networkx on the reference networks, for two groupings at once",
    () => {
      for (const set of REFERENCE_SETS) {
        const { csr } = loadReferenceSet(set);
        const reference = networkxRoles(set.edges);
        const groupings = [0, 1].map((g) =>
          Int32Array.from(csr.ids, (id) => reference.groups[id]![g]!),
        );
        const roles = gouldFernandezByGrouping(csr, groupings);
        groupings.forEach((_, g) => {
          const expected = csr.ids.map((id) => reference.roles[id]![g]);
          const found = csr.ids.map((_id, v) => rolesOf(roles[g]!, v));
          expect(found, `${set.name}, grouping ${g}`).toEqual(expected);
        });
      }
    },
  );

  it("rejects negative or missing group labels, naming the module", () => {
    expect(() => gouldFernandez(star.csr, new Int32Array(star.csr.nodeCount).fill(-1))).toThrow(
      /^gouldFernandez: group label/,
    );
    expect(() => gouldFernandez(star.csr, new Int32Array(2))).toThrow(
      /^gouldFernandez: groups must/,
    );
  });
});

describe("participationCoefficient", () => {
  it("gives 1 - Σ (k_is / k_i)² on the hand-worked star", () => {
    const p = participationCoefficient(star.csr, star.groups);
    // b: 2, 2 and 1 of 5 ties in groups 0, 1, 2: 1 - (4 + 4 + 1) / 25.
    expect(p[at("b:0")]).toBeCloseTo(16 / 25, 15);
    // a1: one tie into group 0, one into group 1: 1 - 1/4 - 1/4.
    expect(p[at("a1:0")]).toBeCloseTo(0.5, 15);
    expect(p[at("a2:0")]).toBe(0);
  });

  it("uses tie weights when asked", () => {
    // h has weight 3 into group 0 and weight 1 into group 1: 1 - (3/4)² - (1/4)² = 6/16.
    const { csr, groups } = labelled([
      ["h:0", "p:0", 3],
      ["h:0", "q:1", 1],
    ]);
    const h = csr.ids.indexOf("h:0");
    expect(participationCoefficient(csr, groups)[h]).toBeCloseTo(0.5, 15);
    expect(participationCoefficient(csr, groups, { weighted: true })[h]).toBeCloseTo(6 / 16, 15);
  });
});

function randomGrouped(seed: number): { csr: Csr; groups: Int32Array } {
  const rng = createRng(seed);
  const n = 30;
  const edges = [];
  for (let e = 0; e < 90; e++) {
    edges.push({ source: `${Math.floor(rng() * n)}`, target: `${Math.floor(rng() * n)}` });
  }
  const csr = csrFromEdges(edges);
  return { csr, groups: Int32Array.from(csr.ids, () => Math.floor(rng() * 4)) };
}

/** The definition, pair by pair: an independent reference for the counting shortcut. */
function enumerateRoles(csr: Csr, groups: Int32Array): BrokerageRoles {
  const n = csr.nodeCount;
  const roles: BrokerageRoles = {
    coordinator: new Float64Array(n),
    itinerant: new Float64Array(n),
    gatekeeperRepresentative: new Float64Array(n),
    liaison: new Float64Array(n),
    total: new Float64Array(n),
  };
  const neighbours = (v: number) =>
    Array.from(csr.targets.subarray(csr.offsets[v]!, csr.offsets[v + 1]!));
  for (let b = 0; b < n; b++) {
    const around = neighbours(b);
    for (let i = 0; i < around.length; i++) {
      for (let j = i + 1; j < around.length; j++) {
        const a = around[i]!;
        const c = around[j]!;
        if (neighbours(a).includes(c)) continue;
        const [ga, gb, gc] = [groups[a], groups[b], groups[c]];
        if (ga === gb && gc === gb) roles.coordinator[b]!++;
        else if (ga === gc) roles.itinerant[b]!++;
        else if (ga === gb || gc === gb) roles.gatekeeperRepresentative[b]!++;
        else roles.liaison[b]!++;
        roles.total[b]!++;
      }
    }
  }
  return roles;
}

/**
 * networkx's view of a reference network (fixtures/reference): two groupings
 * (its greedy modularity communities, and the node's position in its sorted
 * node list modulo 3) and, per node and grouping, the Gould–Fernandez roles
 * counted pair by pair over networkx's neighbours and edges, with the total.
 */
function networkxRoles(edges: string): {
  groups: Record<string, [number, number]>;
  roles: Record<string, [number[], number[]]>;
} {
  const file = fileURLToPath(new URL(`../../../fixtures/reference/${edges}`, import.meta.url));
  const script = `import csv, json, sys, itertools, networkx as nx
from networkx.algorithms.community import greedy_modularity_communities
G = nx.Graph()
with open(sys.argv[1]) as f:
    for row in csv.DictReader(f):
        if row["source"] != row["target"]:
            G.add_edge(row["source"], row["target"])
community = {v: i for i, c in enumerate(greedy_modularity_communities(G)) for v in c}
position = {v: i % 3 for i, v in enumerate(sorted(G.nodes))}
groupings = [community, position]
roles = {}
for b in G.nodes:
    per = []
    for g in groupings:
        counts = [0, 0, 0, 0]
        for a, c in itertools.combinations(G[b], 2):
            if G.has_edge(a, c):
                continue
            ga, gb, gc = g[a], g[b], g[c]
            role = 0 if ga == gb == gc else 1 if ga == gc else 2 if gb in (ga, gc) else 3
            counts[role] += 1
        per.append(counts + [sum(counts)])
    roles[b] = per
print(json.dumps({"groups": {v: [community[v], position[v]] for v in G.nodes}, "roles": roles}))`;
  const result = spawnSync(PYTHON, ["-c", script, file], {
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout) as ReturnType<typeof networkxRoles>;
}
