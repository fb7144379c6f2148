/**
 * The analytics described once (id, title, parameters with their defaults,
 * outputs, run), so that the CLI (`crosslink analyze --help`, `--set`), the
 * API (`GET /api/analytics`, `POST /api/analytics/:id`) and the viewer list
 * and run them alike (docs/STYLE.md, after Gephi Lite's metric descriptors).
 * Every `run` takes the same input, an entity graph or a person edge list,
 * and resolves its parameters with the one resolver (../options.ts): an
 * unknown or invalid parameter is an error naming it.
 */
import type { EntityRecords } from "../../model/index.ts";
import { COMMUNITY_PARAMETERS, louvain } from "../communities/index.ts";
import { betweenness, degree, pagerank } from "../centrality/index.ts";
import {
  DIRECTED_RANKER_PARAMETERS,
  DIRECTED_RANKINGS,
  DISRUPTION_PARAMETERS,
  DISRUPTION_RANKINGS,
  degreeRanker,
  directedRanker,
  rankOnInduced,
  simulateDirectedDisruption,
  simulateDisruption,
  type DirectedRanking,
  type DisruptionStrategy,
  type Ranker,
} from "../disruption/index.ts";
import { directedNetwork } from "../directed/index.ts";
import {
  PERSON_NETWORK_PARAMETERS,
  personNetwork,
  personNetworkFromEdgeList,
  type EdgeListRow,
  type PersonNetwork,
} from "../network/index.ts";
import { OptionError, resolveOptions, type Parameter } from "../options.ts";
import { analyze, analyzeEdgeList } from "./analyze.ts";
import { actorBetweenness } from "./measures.ts";
import { ANALYSIS_PARAMETERS, type AnalysisOptions } from "./options.ts";

export type AnalyticInput = { graph: EntityRecords } | { edges: readonly EdgeListRow[] };

export interface AnalyticDescriptor<Result = unknown> {
  id: string;
  title: string;
  description: string;
  /** Declared once; `run` resolves what it is given against them. */
  parameters: Readonly<Record<string, Parameter>>;
  /** Names of the fields of the result. */
  outputs: readonly string[];
  run(input: AnalyticInput, parameters?: Record<string, unknown>): Result;
}

/** The values a run receives for declared parameters: their defaults' types. */
type Resolved<Ps extends Readonly<Record<string, Parameter>>> = {
  [K in keyof Ps]: Ps[K]["default"];
};

/** A descriptor whose run receives its parameters resolved (defaults filled in, all checked). */
function describe<Ps extends Readonly<Record<string, Parameter>>, Result>(
  descriptor: Omit<AnalyticDescriptor<Result>, "run" | "parameters"> & {
    parameters: Ps;
    run(input: AnalyticInput, parameters: Resolved<Ps>): Result;
  },
): AnalyticDescriptor<Result> {
  return {
    ...descriptor,
    run: (input, given) =>
      descriptor.run(
        input,
        resolveOptions(`analytics/${descriptor.id}`, descriptor.parameters as never, given),
      ),
  };
}

const networkOf = (input: AnalyticInput): PersonNetwork =>
  "graph" in input ? personNetwork(input.graph) : personNetworkFromEdgeList(input.edges);

const fullAnalysis = (input: AnalyticInput, options: AnalysisOptions) =>
  "graph" in input ? analyze(input.graph, options) : analyzeEdgeList(input.edges, options);

const perNode = (network: PersonNetwork, values: Float64Array) =>
  Object.fromEntries(network.csr.ids.map((id, i) => [id, values[i]!]));

export const RANKERS: Record<string, Ranker> = {
  degree: degreeRanker,
  betweenness: rankOnInduced((csr) => betweenness(csr)),
  pagerank: rankOnInduced((csr) => pagerank(csr).scores),
};

const { seed, pagerankAlpha, betweennessExactLimit, betweennessSamples, betweennessWork } =
  ANALYSIS_PARAMETERS;

const personNetworkAnalytic = describe({
  id: "person-network",
  title: "Person network",
  description:
    "Persons and organisations tied by shared phones, calls, transfers, shared vehicles, the same route on the same day, the same case and declared associations.",
  parameters: PERSON_NETWORK_PARAMETERS,
  outputs: ["nodes", "ties"],
  run: (input, parameters) => {
    const network =
      "graph" in input
        ? personNetwork(input.graph, parameters)
        : personNetworkFromEdgeList(input.edges, parameters);
    return { nodes: network.csr.nodeCount, ties: network.csr.edgeCount };
  },
});

const communities = describe({
  id: "communities",
  title: "Communities (Louvain with Leiden refinement)",
  description: "Groups of densely tied persons; every community is connected.",
  parameters: COMMUNITY_PARAMETERS,
  outputs: ["communities", "count", "modularity"],
  run: (input, parameters) => {
    const network = networkOf(input);
    const result = louvain(network.csr, parameters);
    return {
      communities: Object.fromEntries(network.csr.ids.map((id, i) => [id, result.communities[i]!])),
      count: result.count,
      modularity: result.modularity,
    };
  },
});

const centrality = describe({
  id: "centrality",
  title: "Centrality",
  description:
    "Degree, normalised betweenness (exact up to a size, sampled above it) and PageRank, weighted by tie weight.",
  parameters: { seed, pagerankAlpha, betweennessExactLimit, betweennessSamples, betweennessWork },
  outputs: ["degree", "betweenness", "betweennessMethod", "pagerank"],
  run: (input, parameters) => {
    const network = networkOf(input);
    const between = actorBetweenness(network.csr, parameters);
    return {
      degree: perNode(network, degree(network.csr)),
      betweenness: perNode(network, between.scores),
      betweennessMethod: between.method,
      pagerank: perNode(network, pagerank(network.csr, { alpha: parameters.pagerankAlpha }).scores),
    };
  },
});

const disruption = describe({
  id: "disruption",
  title: "Disruption simulation",
  description:
    "Remove persons by a ranking, one at a time or in blocks, and follow the largest component and fragmentation.",
  parameters: {
    by: {
      type: "string",
      default: "degree",
      choices: [...new Set([...DISRUPTION_RANKINGS, ...DIRECTED_RANKINGS])],
      description:
        "ranking that chooses whom to remove (directed: in-degree, out-degree, in-strength, out-strength, betweenness, pagerank or score)",
    },
    directed: {
      type: "boolean",
      default: false,
      description:
        "on the directed network (calls caller to callee, transfers sender to receiver), followed by strongly and weakly connected components",
    },
    ...DIRECTED_RANKER_PARAMETERS,
    ...DISRUPTION_PARAMETERS,
    seed,
  },
  outputs: ["strategy", "mode", "perStep", "lcc0", "steps"],
  run: (input, { by, directed, weighted, mode, blockSize, steps, seed }) => {
    // Target scores are not recomputed as persons go: the ranking of the whole analysis is followed.
    const byScore = () => ({
      kind: "ids" as const,
      ids: fullAnalysis(input, {
        seed,
        targets: { top: steps * (mode === "block" ? blockSize : 1) },
      }).targets.map((target) => target.id),
    });
    const settings = { mode, blockSize, steps };
    if (directed) {
      if (by !== "score" && !(DIRECTED_RANKINGS as readonly string[]).includes(by)) {
        throw new OptionError(
          `analytics/disruption: "${by}" is no ranking of the directed network`,
        );
      }
      const strategy: DisruptionStrategy<ReturnType<typeof directedRanker>> =
        by === "score"
          ? byScore()
          : {
              kind: "ranking",
              rank: directedRanker(by as DirectedRanking, { weighted }),
              label: by,
            };
      return simulateDirectedDisruption(directedNetwork(networkOf(input)).csr, {
        strategy,
        ...settings,
      });
    }
    const rank = RANKERS[by];
    if (by !== "score" && !rank) {
      throw new OptionError(
        `analytics/disruption: "${by}" is a ranking of the directed network only`,
      );
    }
    return simulateDisruption(networkOf(input).csr, {
      strategy: by === "score" ? byScore() : { kind: "ranking", rank: rank!, label: by },
      ...settings,
    });
  },
});

const fullAnalysisAnalytic = describe({
  id: "analysis",
  title: "Full analysis",
  description:
    "Person network, communities, centrality, brokerage, crime overlaps, money flows, explainable targets and a disruption summary.",
  parameters: ANALYSIS_PARAMETERS,
  outputs: [
    "parameters",
    "summary",
    "communities",
    "persons",
    "organisations",
    "attached",
    "targets",
    "crimeOverlap",
    "flows",
    "disruption",
  ],
  run: fullAnalysis,
});

export const ANALYTICS: readonly AnalyticDescriptor[] = [
  personNetworkAnalytic,
  communities,
  centrality,
  disruption,
  fullAnalysisAnalytic,
];

export function analyticById(id: string): AnalyticDescriptor {
  const found = ANALYTICS.find((analytic) => analytic.id === id);
  if (!found) throw new Error(`analytics: unknown analytic "${id}"`);
  return found;
}
