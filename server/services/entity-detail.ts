/**
 * Everything about one entity a user may see: its fields, provenance,
 * classification and handling code, its scores and crime links, its ties in
 * the person network with the records that evidence them, who it calls and
 * pays and who calls and pays it (the directed network), and its links.
 */
import { RECORD_HEADER_FIELDS } from "../../engine/export/index.ts";
import { handling, linkDate, nodeSummary, type NodeSummary } from "./describe.ts";
import type { Arc } from "./person-ties.ts";
import type { LevelView } from "./world.ts";

const SHOWN_APART = new Set([...RECORD_HEADER_FIELDS, "merged_ids"]);
const LINK_LIMIT = 200;
const DIRECTED_LIMIT = 100;

export interface EvidenceRecord {
  id: string;
  kind: "link" | "entity";
  type: string;
  label?: string;
  classification: string;
  handling_code?: string;
  date?: string;
}

export function entityDetail(view: LevelView, id: string) {
  const { graph } = view;
  const attributes = graph.getNodeAttributes(id);
  const properties: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(attributes))
    if (!SHOWN_APART.has(name)) properties[name] = value;
  const scores = view.person.get(id);
  const target = view.target.get(id);
  const links: Array<{
    id: string;
    type: string;
    direction: "out" | "in";
    other: NodeSummary;
    classification: string;
    handling_code?: string;
    date?: string;
  }> = [];
  graph.forEachEdge(id, (edge, link, source, to) => {
    if (links.length >= LINK_LIMIT) return;
    const date = linkDate(link);
    links.push({
      id: edge,
      type: link.type,
      direction: source === id ? "out" : "in",
      other: nodeSummary(view, source === id ? to : source),
      classification: link.classification,
      ...handling(link),
      ...(date !== undefined && { date }),
    });
  });
  return {
    ...nodeSummary(view, id),
    ...(attributes.source !== undefined && { source: attributes.source }),
    provenance: { file: attributes.provenance_file, line: attributes.provenance_line },
    properties,
    ...(scores && {
      scores: {
        community: scores.community,
        degree: scores.degree,
        betweenness: scores.betweenness,
        pagerank: scores.pagerank,
        ...(target && { targetRank: target.rank, targetScore: target.score }),
        directed: scores.directed,
      },
      crimeTypes: scores.crimeTypes,
      crimeLinks: scores.crimeLinks.map(({ type, hops, via, cases }) => ({
        type,
        hops,
        via,
        evidence: cases,
      })),
    }),
    ...(target && { reasons: target.reasons }),
    ties: (view.ties.get(id) ?? []).map((tie) => ({
      other: nodeSummary(view, tie.source === id ? tie.target : tie.source),
      weight: tie.weight,
      kinds: tie.kinds,
      evidence: tie.evidence.map((record) => evidenceRecord(view, record)),
    })),
    calls: {
      out: directional(view, view.arcs.out.get(id), (arc) => arc.target),
      in: directional(view, view.arcs.in.get(id), (arc) => arc.source),
    },
    links,
    linkCount: graph.degree(id),
  };
}

/** Who the entity calls and pays (or who calls and pays it): arcs with calls or transfers, most first. */
function directional(view: LevelView, arcs: Arc[] | undefined, other: (arc: Arc) => string) {
  return (arcs ?? [])
    .filter((arc) => arc.calls + arc.transfers > 0)
    .sort((x, y) => y.calls + y.transfers - (x.calls + x.transfers) || y.weight - x.weight)
    .slice(0, DIRECTED_LIMIT)
    .map((arc) => ({
      other: nodeSummary(view, other(arc)),
      calls: arc.calls,
      transfers: arc.transfers,
      amounts: arc.amounts,
    }));
}

function evidenceRecord(view: LevelView, id: string): EvidenceRecord {
  if (view.graph.hasEdge(id)) {
    const link = view.graph.getEdgeAttributes(id);
    const date = linkDate(link);
    return {
      id,
      kind: "link",
      type: link.type,
      classification: link.classification,
      ...handling(link),
      ...(date !== undefined && { date }),
    };
  }
  const { type, label, classification, handling_code } = nodeSummary(view, id);
  return {
    id,
    kind: "entity",
    type,
    label,
    classification,
    ...(handling_code !== undefined && { handling_code }),
  };
}
