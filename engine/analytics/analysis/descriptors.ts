/**
 * The analytics described once (id, title, parameters with defaults,
 * outputs, run), so that the CLI, the server and the viewer list and run
 * them alike (STYLE.md, after Gephi Lite's metric descriptors). Every `run`
 * takes the same input, an entity graph or a person edge list, and
 * parameters merged over the defaults listed here.
 */
import type { EntityGraph } from "../../model/index.ts";
import { louvain, DEFAULT_COMMUNITY_OPTIONS } from "../communities/index.ts";
import { betweenness, degree, pagerank } from "../centrality/index.ts";
import {
  DIRECTED_RANKER_DEFAULTS,
  DIRECTED_RANKINGS,
  DISRUPTION_DEFAULTS,
  DISRUPTION_RANKINGS,
  degreeRanker,
  directedRanker,
  rankOnInduced,
  simulateDirectedDisruption,
  simulateDisruption,
  type DirectedRanking,
  type DisruptionMode,
  type Ranker,
} from "../disruption/index.ts";
import { directedNetwork } from "../directed/index.ts";
import {
  PERSON_NETWORK_DEFAULTS,
  personNetwork,
  personNetworkFromEdgeList,
  type EdgeListRow,
  type PersonNetwork,
} from "../network/index.ts";
import { TARGET_DEFAULTS } from "../targets/index.ts";
import { analyze, analyzeEdgeList } from "./analyze.ts";
import { ANALYSIS_DEFAULTS, type AnalysisOptions } from "./options.ts";
import type { Analysis } from "./types.ts";

export type AnalyticInput = { graph: EntityGraph } | { edges: readonly EdgeListRow[] };

export interface ParameterDescriptor {
  name: string;
  type: "number" | "integer" | "string" | "boolean" | "object";
  default: unknown;
  description: string;
  choices?: readonly string[];
}

export interface AnalyticDescriptor<Result = unknown> {
  id: string;
  title: string;
  description: string;
  parameters: readonly ParameterDescriptor[];
  /** Names of the fields of the result. */
  outputs: readonly string[];
  run(input: AnalyticInput, parameters?: Record<string, unknown>): Result;
}

const networkOf = (input: AnalyticInput): PersonNetwork =>
  "graph" in input ? personNetwork(input.graph) : personNetworkFromEdgeList(input.edges);

const fullAnalysis = (input: AnalyticInput, parameters: Record<string, unknown> = {}): Analysis =>
  "graph" in input
    ? analyze(input.graph, parameters as AnalysisOptions)
    : analyzeEdgeList(input.edges, parameters as AnalysisOptions);

const seed: ParameterDescriptor = {
  name: "seed",
  type: "integer",
  default: ANALYSIS_DEFAULTS.seed,
  description: "seed of every random choice",
};

const perNode = (network: PersonNetwork, values: Float64Array) =>
  Object.fromEntries(network.csr.ids.map((id, i) => [id, values[i]!]));

export const RANKERS: Record<string, Ranker> = {
  degree: degreeRanker,
  betweenness: rankOnInduced((csr) => betweenness(csr)),
  pagerank: rankOnInduced((csr) => pagerank(csr).scores),
};

export const ANALYTICS: readonly AnalyticDescriptor[] = [
  {
    id: "person-network",
    title: "Person network",
    description:
      "Persons and organisations tied by shared phones, calls, transfers, shared vehicles, the same route on the same day, the same case and declared associations.",
    parameters: [
      {
        name: "weights",
        type: "object",
        default: PERSON_NETWORK_DEFAULTS.weights,
        description: "weight per kind of evidence",
      },
      {
        name: "groupCliqueLimit",
        type: "integer",
        default: PERSON_NETWORK_DEFAULTS.groupCliqueLimit,
        description: "largest group expanded into every pair",
      },
      {
        name: "groupHubs",
        type: "integer",
        default: PERSON_NETWORK_DEFAULTS.groupHubs,
        description: "hubs of a larger group",
      },
    ],
    outputs: ["nodes", "ties"],
    run: (input, parameters = {}) => {
      const network =
        "graph" in input
          ? personNetwork(input.graph, parameters)
          : personNetworkFromEdgeList(input.edges, parameters);
      return { nodes: network.csr.nodeCount, ties: network.csr.edgeCount };
    },
  },
  {
    id: "communities",
    title: "Communities (Louvain with Leiden refinement)",
    description: "Groups of densely tied persons; every community is connected.",
    parameters: [
      seed,
      {
        name: "resolution",
        type: "number",
        default: DEFAULT_COMMUNITY_OPTIONS.resolution,
        description: "modularity resolution",
      },
    ],
    outputs: ["communities", "count", "modularity"],
    run: (input, parameters = {}) => {
      const network = networkOf(input);
      const result = louvain(network.csr, parameters);
      return {
        communities: Object.fromEntries(
          network.csr.ids.map((id, i) => [id, result.communities[i]!]),
        ),
        count: result.count,
        modularity: result.modularity,
      };
    },
  },
  {
    id: "centrality",
    title: "Centrality",
    description: "Degree, normalised betweenness (exact) and PageRank (weighted by tie weight).",
    parameters: [
      {
        name: "pagerankAlpha",
        type: "number",
        default: ANALYSIS_DEFAULTS.pagerankAlpha,
        description: "PageRank damping",
      },
    ],
    outputs: ["degree", "betweenness", "pagerank"],
    run: (input, parameters = {}) => {
      const network = networkOf(input);
      const alpha =
        (parameters.pagerankAlpha as number | undefined) ?? ANALYSIS_DEFAULTS.pagerankAlpha;
      return {
        degree: perNode(network, degree(network.csr)),
        betweenness: perNode(network, betweenness(network.csr)),
        pagerank: perNode(network, pagerank(network.csr, { alpha }).scores),
      };
    },
  },
  {
    id: "disruption",
    title: "Disruption simulation",
    description:
      "Remove persons by a ranking, one at a time or in blocks, and follow the largest component and fragmentation.",
    parameters: [
      {
        name: "by",
        type: "string",
        default: "degree",
        description:
          "ranking that chooses whom to remove (directed: in-degree, out-degree, in-strength, out-strength, betweenness, pagerank or score)",
        choices: DISRUPTION_RANKINGS,
      },
      {
        name: "directed",
        type: "boolean",
        default: false,
        description:
          "on the directed network (calls caller to callee, transfers sender to receiver), followed by strongly and weakly connected components",
      },
      {
        name: "weighted",
        type: "boolean",
        default: DIRECTED_RANKER_DEFAULTS.weighted,
        description:
          "directed betweenness by distance 1/weight and PageRank by weight; false treats arcs alike",
      },
      {
        name: "mode",
        type: "string",
        default: DISRUPTION_DEFAULTS.mode,
        description: "sequential or block",
        choices: ["sequential", "block"],
      },
      {
        name: "blockSize",
        type: "integer",
        default: DISRUPTION_DEFAULTS.blockSize,
        description: "persons removed per block",
      },
      {
        name: "steps",
        type: "integer",
        default: DISRUPTION_DEFAULTS.rankingSteps,
        description: "removal steps",
      },
      seed,
    ],
    outputs: ["strategy", "mode", "perStep", "lcc0", "steps"],
    run: (input, parameters = {}) => {
      const by = (parameters.by as string | undefined) ?? "degree";
      const mode = (parameters.mode as DisruptionMode | undefined) ?? DISRUPTION_DEFAULTS.mode;
      const blockSize =
        (parameters.blockSize as number | undefined) ?? DISRUPTION_DEFAULTS.blockSize;
      const steps = (parameters.steps as number | undefined) ?? DISRUPTION_DEFAULTS.rankingSteps;
      // Target scores are not recomputed as persons go: the ranking of the whole analysis is followed.
      const byScore = () => ({
        kind: "ids" as const,
        ids: fullAnalysis(input, {
          seed: parameters.seed,
          targets: { top: steps * (mode === "block" ? blockSize : 1) },
        }).targets.map((target) => target.id),
      });
      if (parameters.directed === true) {
        if (by !== "score" && !(DIRECTED_RANKINGS as readonly string[]).includes(by)) {
          throw new Error(`disruption: unknown directed ranking "${by}"`);
        }
        const weighted = parameters.weighted as boolean | undefined;
        return simulateDirectedDisruption(directedNetwork(networkOf(input)).csr, {
          strategy:
            by === "score"
              ? byScore()
              : {
                  kind: "ranking",
                  rank: directedRanker(by as DirectedRanking, { weighted }),
                  label: by,
                },
          mode,
          blockSize,
          steps,
        });
      }
      if (by === "score") {
        return simulateDisruption(networkOf(input).csr, {
          strategy: byScore(),
          mode,
          blockSize,
          steps,
        });
      }
      const rank = RANKERS[by];
      if (!rank) throw new Error(`disruption: unknown ranking "${by}"`);
      return simulateDisruption(networkOf(input).csr, {
        strategy: { kind: "ranking", rank, label: by },
        mode,
        blockSize,
        steps,
      });
    },
  },
  {
    id: "analysis",
    title: "Full analysis",
    description:
      "Person network, communities, centrality, brokerage, crime overlaps, money flows, explainable targets and a disruption summary.",
    parameters: [
      seed,
      {
        name: "resolution",
        type: "number",
        default: ANALYSIS_DEFAULTS.resolution,
        description: "modularity resolution",
      },
      {
        name: "betweennessExactLimit",
        type: "number",
        default: ANALYSIS_DEFAULTS.betweennessExactLimit,
        description: "exact betweenness up to nodes × ties",
      },
      {
        name: "betweennessSamples",
        type: "integer",
        default: ANALYSIS_DEFAULTS.betweennessSamples,
        description: "pivots of sampled betweenness",
      },
      {
        name: "targets",
        type: "object",
        default: TARGET_DEFAULTS,
        description: "target score weights, top, reasons",
      },
    ],
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
  },
];

export function analyticById(id: string): AnalyticDescriptor {
  const found = ANALYTICS.find((analytic) => analytic.id === id);
  if (!found) throw new Error(`analytics: unknown analytic "${id}"`);
  return found;
}
