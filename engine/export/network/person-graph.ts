/**
 * The person network for Gephi: one node per person or organisation, one
 * undirected, weighted edge per tie of the analysis's person network, so no
 * reader has parallel edges to merge. A tie carries its weight (Gephi's edge
 * weight), its kinds with their evidence counts (a column per kind), how many
 * records show it, its first and last date, the transfers along it by
 * currency, and the marking of its evidence: the highest classification and
 * every handling code of its records and the entities they run through (a
 * shared phone, a case).
 */
import { UndirectedGraph } from "graphology";
import {
  roundMoney,
  tieEvidence,
  TIE_KINDS,
  type Analysis,
  type PersonNetwork,
} from "../../analytics/index.ts";
import type { EntityGraph } from "../../model/index.ts";
import { indexAnalysis } from "../analysis-view.ts";
import { graphMarking } from "../records.ts";
import { reported, type ExportProgress } from "./export-progress.ts";
import { nodeAttributes, type FlatAttributes } from "./flat-graph.ts";

const STAGE = "person graph";
/** Ties report every 256: a tie's marking reads every record behind it and the entities they run through. */
const TIES_EVERY = 255;

export type PersonGraph = UndirectedGraph<FlatAttributes, FlatAttributes>;

export interface PersonGraphInput {
  /** The graph the network was built from (the user's view): the ties' records are read in it. */
  graph: EntityGraph;
  analysis: Analysis;
  network: PersonNetwork;
  /** Only the actors in this part of the graph (a neighbourhood); all when absent. */
  scope?: EntityGraph;
}

/** `progress`: the stage "person graph", in actors and then ties. */
export function personGraph(
  { graph, analysis, network, scope }: PersonGraphInput,
  progress?: ExportProgress,
): PersonGraph {
  const index = indexAnalysis(analysis);
  const kept = (id: string) => (scope ? scope.hasNode(id) : true) && graph.hasNode(id);
  const people: PersonGraph = new UndirectedGraph();
  const { ids } = network.csr;
  const { ties } = network;
  const total = ids.length + ties.a.length;
  for (const id of reported(ids, total, STAGE, progress)) {
    if (kept(id)) people.addNode(id, nodeAttributes(graph, id, index));
  }
  const tieIndices = reported(
    indices(ties.a.length),
    total,
    STAGE,
    progress,
    ids.length,
    TIES_EVERY,
  );
  for (const t of tieIndices) {
    const tie = tieEvidence(network, t);
    if (!people.hasNode(tie.a) || !people.hasNode(tie.b)) continue;
    const through = tie.records.flatMap((record) =>
      graph.hasEdge(record) ? graph.extremities(record) : [],
    );
    const marking = graphMarking(graph, [tie.a, tie.b, ...through, ...tie.records]);
    const counts: FlatAttributes = {};
    for (const kind of TIE_KINDS) counts[kind] = tie.kinds[kind] ?? 0;
    const attributes: FlatAttributes = {
      weight: tie.weight,
      kinds: TIE_KINDS.filter((kind) => tie.kinds[kind]).join(";"),
      ...counts,
      evidence: Object.values(tie.kinds).reduce((sum, count) => sum + count, 0),
      records: tie.records.length,
      classification: marking.classification,
      handling_code: marking.handling_codes.join(";"),
    };
    if (tie.first) attributes.first = tie.first;
    if (tie.last) attributes.last = tie.last;
    const amounts = Object.entries(tie.amounts).map(
      ([currency, sum]) => `${currency} ${roundMoney(sum)}`,
    );
    if (amounts.length > 0) attributes.amounts = amounts.join(";");
    if (marking.handling_codes.length === 0) delete attributes.handling_code;
    people.addUndirectedEdgeWithKey(`${tie.a}~${tie.b}`, tie.a, tie.b, attributes);
  }
  return people;
}

function* indices(count: number): Generator<number> {
  for (let i = 0; i < count; i++) yield i;
}
