/**
 * Nodes and links read back from Neo4j as the memory store holds them: the
 * store's bookkeeping and the analysis write-back left out of the
 * attributes, links added in first-import order.
 */
import type { EntityGraph } from "../../model/index.ts";
import { ENTITY_ID, LINK_KEY, RANK, SEARCH_TERMS, SEQUENCE, fromProperties } from "./properties.ts";
import { ANALYSIS_PROPERTIES } from "./write-analysis.ts";
import { DIGEST } from "../record-digest.ts";

const NODE_BOOKKEEPING = new Set([
  ENTITY_ID,
  SEQUENCE,
  RANK,
  SEARCH_TERMS,
  DIGEST,
  ...ANALYSIS_PROPERTIES,
]);
export const LINK_BOOKKEEPING = new Set([LINK_KEY, SEQUENCE, RANK, DIGEST]);

export interface StoredLink {
  key: string;
  seq: number;
  source: string;
  target: string;
  properties: Record<string, unknown>;
}

export function linkAttributes(properties: Record<string, unknown>): Record<string, unknown> {
  return fromProperties(properties, LINK_BOOKKEEPING);
}

export function nodeAttributes(properties: Record<string, unknown>): Record<string, unknown> {
  return fromProperties(properties, NODE_BOOKKEEPING);
}

/** Adds `links` (sorted in place) in first-import order, as the memory store's graph iterates its edges. */
export function addLinksInImportOrder(graph: EntityGraph, links: StoredLink[]): void {
  links.sort((a, b) => a.seq - b.seq);
  for (const link of links) {
    graph.addDirectedEdgeWithKey(
      link.key,
      link.source,
      link.target,
      linkAttributes(link.properties) as never,
    );
  }
}
