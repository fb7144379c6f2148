/**
 * The batched, idempotent import: `UNWIND $rows` batches of one label or one
 * relationship type, each batch its own transaction, MERGE on the entity id
 * and on the link key. A batch that fails commits nothing; a rerun after any
 * failure (or a crash) creates exactly what is missing.
 */
import neo4j from "neo4j-driver";
import type { EntityGraph } from "../../model/index.ts";
import type { ImportSummary, ProgressCallback } from "../types.ts";
import type { Executor, Run } from "./executor.ts";
import { Neo4jStoreError } from "./errors.ts";
import { ENTITY_ID, LINK_KEY, SEQUENCE, toProperties } from "./properties.ts";
import { ENTITY_LABEL, META_ID, META_LABEL, labelOf, relationshipTypeOf } from "./vocabulary.ts";

export const DEFAULT_BATCH_SIZE = 10_000;

export interface ImportOptions {
  batchSize?: number;
  onProgress?: ProgressCallback;
}

const mergeEntities = (label: string) => `
UNWIND $rows AS row
MERGE (n:${ENTITY_LABEL} {${ENTITY_ID}: row.id})
  ON CREATE SET n.${SEQUENCE} = row.seq
SET n:${label}, n += row.props`;

const mergeLinks = (type: string) => `
UNWIND $rows AS row
MATCH (a:${ENTITY_LABEL} {${ENTITY_ID}: row.source})
MATCH (b:${ENTITY_LABEL} {${ENTITY_ID}: row.target})
MERGE (a)-[r:${type} {${LINK_KEY}: row.key}]->(b)
  ON CREATE SET r.${SEQUENCE} = row.seq
SET r += row.props
RETURN count(r) AS written`;

const readGraphAttributes = `MATCH (g:${META_LABEL} {${ENTITY_ID}: $id}) RETURN g.attributes AS attributes`;
const writeGraphAttributes = `MERGE (g:${META_LABEL} {${ENTITY_ID}: $id}) SET g.attributes = $attributes`;

export async function importEntityGraph(
  executor: Executor,
  graph: EntityGraph,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const total = graph.order + graph.size;
  let done = 0;
  const summary: ImportSummary = {
    entitiesCreated: 0,
    linksCreated: 0,
    entitiesMatched: 0,
    linksMatched: 0,
  };
  const { nodeOffset, linkOffset } = await executor.read(nextSequences);

  const nodesByType = groupBy(graph.nodes(), (node) => graph.getNodeAttribute(node, "type"));
  const nodeSeq = indexOf(graph.nodes());
  for (const [type, nodes] of nodesByType) {
    const query = mergeEntities(labelOf(type));
    for (const chunk of chunks(nodes, batchSize)) {
      const rows = chunk.map((id) => ({
        id,
        seq: neo4j.int(nodeOffset + nodeSeq.get(id)!),
        props: toProperties(graph.getNodeAttributes(id)),
      }));
      const result = await executor.write((run) => run(query, { rows }));
      const created = result.summary.counters.updates().nodesCreated;
      summary.entitiesCreated += created;
      summary.entitiesMatched += rows.length - created;
      options.onProgress?.((done += rows.length), total);
    }
  }

  const linksByType = groupBy(graph.edges(), (edge) => graph.getEdgeAttribute(edge, "type"));
  const linkSeq = indexOf(graph.edges());
  for (const [type, edges] of linksByType) {
    const query = mergeLinks(relationshipTypeOf(type));
    for (const chunk of chunks(edges, batchSize)) {
      const rows = chunk.map((key) => ({
        key,
        source: graph.source(key),
        target: graph.target(key),
        seq: neo4j.int(linkOffset + linkSeq.get(key)!),
        props: toProperties(graph.getEdgeAttributes(key)),
      }));
      const created = await executor.write(async (run) => {
        const result = await run(query, { rows });
        // Thrown inside the transaction, so the batch rolls back.
        if (result.records[0]?.get("written") !== rows.length) {
          throw new Neo4jStoreError(
            `neo4j store: a batch of ${type} links names entities missing from the store`,
            undefined,
          );
        }
        return result.summary.counters.updates().relationshipsCreated;
      });
      summary.linksCreated += created;
      summary.linksMatched += rows.length - created;
      options.onProgress?.((done += rows.length), total);
    }
  }

  await executor.write(async (run) => {
    const stored = await run(readGraphAttributes, { id: META_ID });
    const before = stored.records[0]?.get("attributes") as string | undefined;
    // Merged as the memory store merges them: the newer import's values win.
    const attributes = { ...(before ? JSON.parse(before) : {}), ...graph.getAttributes() };
    await run(writeGraphAttributes, { id: META_ID, attributes: JSON.stringify(attributes) });
  });
  return summary;
}

/** Sequence numbers continue after those already stored, as the memory store appends. */
async function nextSequences(run: Run): Promise<{ nodeOffset: number; linkOffset: number }> {
  const nodes = await run(
    `MATCH (n:${ENTITY_LABEL}) WHERE n.${SEQUENCE} IS NOT NULL
     RETURN n.${SEQUENCE} AS last ORDER BY last DESC LIMIT 1`,
  );
  const links = await run(`MATCH ()-[r]->() RETURN max(r.${SEQUENCE}) AS last`);
  const next = (value: unknown) => (typeof value === "number" ? value + 1 : 0);
  return {
    nodeOffset: next(nodes.records[0]?.get("last")),
    linkOffset: next(links.records[0]?.get("last")),
  };
}

function groupBy<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

function indexOf(keys: string[]): Map<string, number> {
  return new Map(keys.map((key, index) => [key, index]));
}

function* chunks<T>(items: T[], size: number): Generator<T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}
