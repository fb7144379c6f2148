/**
 * The batched, idempotent import. What changes is decided first, as the
 * memory store decides it (merge-plan.ts, on the stored records the dataset
 * names, read back by stored-records.ts): conflicts refuse the import before
 * anything is written; otherwise withdrawn and moved links are removed, new
 * and changed records written, and withdrawn entities nothing links to any
 * more removed, so a re-import leaves the store equal to a fresh import and
 * a re-import of an unchanged dataset writes nothing. Writes are `UNWIND
 * $rows` batches, each its own transaction, MERGE on the entity id and on
 * the link key. A batch that fails commits nothing; a rerun after any
 * failure (or a crash) plans again from what is stored and finishes the work.
 *
 * Entities of every type share one statement (the label is a parameter, from
 * the whitelist), so a world needs one query plan and as few transactions as
 * its size asks for, not one plan and one short transaction per type. Links
 * stay one statement per relationship type: only a static type lets MERGE
 * seek the key's uniqueness index instead of expanding the relationships
 * between the two ends. While one batch runs on the server, the next is
 * built, but never sent before the previous one has committed.
 */
import neo4j from "neo4j-driver";
import type { EntityGraph, LinkAttributes } from "../../model/index.ts";
import type { ImportSummary, ProgressCallback } from "../types.ts";
import type { Executor, Run } from "./executor.ts";
import { Neo4jStoreError } from "./errors.ts";
import { ENTITY_ID, LINK_KEY, SEQUENCE, toProperties } from "./properties.ts";
import { entityQueryProperties, linkQueryProperties, updateTopRank } from "./query-properties.ts";
import {
  ENTITY_LABEL,
  LINK_PATTERN,
  META_ID,
  META_LABEL,
  labelOf,
  relationshipTypeOf,
} from "./vocabulary.ts";
import { readStoredRecords } from "./stored-records.ts";
import { planMerge } from "../merge-plan.ts";
import { summaryOf } from "../merge-summary.ts";
import { DatasetError } from "../../ingest/errors.ts";

export const DEFAULT_BATCH_SIZE = 10_000;

export interface ImportOptions {
  batchSize?: number;
  onProgress?: ProgressCallback;
}

const mergeEntities = `
UNWIND $rows AS row
MERGE (n:${ENTITY_LABEL} {${ENTITY_ID}: row.id})
  ON CREATE SET n.${SEQUENCE} = row.seq
SET n:$(row.label), n += row.props`;

const mergeLinks = (type: string) => `
UNWIND $rows AS row
MATCH (a:${ENTITY_LABEL} {${ENTITY_ID}: row.source})
MATCH (b:${ENTITY_LABEL} {${ENTITY_ID}: row.target})
MERGE (a)-[r:${type} {${LINK_KEY}: row.key}]->(b)
  ON CREATE SET r.${SEQUENCE} = row.seq
SET r += row.props
RETURN count(r) AS written`;

const deleteLinks = (type: string) => `
UNWIND $keys AS key
MATCH ()-[r:${type} {${LINK_KEY}: key}]->()
DELETE r`;

/** Community membership is the analysis write-back's, not a record: it goes with the entity. */
const deleteUnlinkedEntities = `
UNWIND $ids AS id
MATCH (n:${ENTITY_LABEL} {${ENTITY_ID}: id})
WHERE NOT (n)-[:${LINK_PATTERN}]-()
DETACH DELETE n`;

const readGraphAttributes = `MATCH (g:${META_LABEL} {${ENTITY_ID}: $id}) RETURN g.attributes AS attributes`;
const writeGraphAttributes = `MERGE (g:${META_LABEL} {${ENTITY_ID}: $id}) SET g.attributes = $attributes`;

export async function importEntityGraph(
  executor: Executor,
  graph: EntityGraph,
  options: ImportOptions = {},
): Promise<Required<ImportSummary>> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const stored = await readStoredRecords(executor, graph, batchSize);
  const plan = planMerge(stored, graph);
  if (plan.problems.length > 0) throw new DatasetError(plan.problems);

  const removedLinks = [...plan.withdrawnLinks, ...plan.moveLinks];
  const writtenEntities = [...plan.createEntities, ...plan.updateEntities];
  const added = new Set([...plan.createLinks, ...plan.moveLinks]);
  // Created and moved links take new sequence numbers in the incoming order, as a fresh import.
  const addedLinks = graph.filterEdges((edge) => added.has(edge));
  const writtenLinks = [...addedLinks, ...plan.updateLinks];
  const total =
    removedLinks.length +
    writtenEntities.length +
    writtenLinks.length +
    plan.withdrawnEntities.length;
  let done = 0;
  const progress = (rows: number) => options.onProgress?.((done += rows), total);
  const { nodeOffset, linkOffset } = await executor.read(nextSequences);

  const storedType = (key: string) => stored.link(key)!.attributes.type;
  const removalBatches = [...groupBy(removedLinks, storedType)].flatMap(([type, keys]) =>
    mapChunks(keys, batchSize, (start, end) => ({ type, keys: keys.slice(start, end) })),
  );
  await pipelined(removalBatches, async ({ type, keys }) => {
    await executor.write((run) => run(deleteLinks(relationshipTypeOf(type)), { keys }));
    progress(keys.length);
  });

  const entitySeq = indexOf(plan.createEntities);
  const entityBatches = mapChunks(writtenEntities, batchSize, (start, end) =>
    writtenEntities.slice(start, end).map((id) => {
      const attributes = graph.getNodeAttributes(id);
      return {
        id,
        label: labelOf(attributes.type),
        seq: neo4j.int(nodeOffset + (entitySeq.get(id) ?? 0)),
        props: {
          ...changedProperties(stored.entity(id), attributes),
          ...entityQueryProperties(attributes),
        },
      };
    }),
  );
  await pipelined(entityBatches, async (rows) => {
    await executor.write((run) => run(mergeEntities, { rows }));
    progress(rows.length);
  });

  const linkSeq = indexOf(addedLinks);
  const linksByType = groupBy(writtenLinks, (edge) => graph.getEdgeAttribute(edge, "type"));
  const linkBatches = [...linksByType].flatMap(([type, edges]) =>
    mapChunks(edges, batchSize, (start, end) => ({
      type,
      rows: edges.slice(start, end).map((key) => ({
        key,
        source: graph.source(key),
        target: graph.target(key),
        seq: neo4j.int(linkOffset + (linkSeq.get(key) ?? 0)),
        props: linkProperties(stored.link(key)?.attributes, graph.getEdgeAttributes(key)),
      })),
    })),
  );
  await pipelined(linkBatches, async ({ type, rows }) => {
    await executor.write(async (run) => {
      const result = await run(mergeLinks(relationshipTypeOf(type)), { rows });
      // Thrown inside the transaction, so the batch rolls back.
      if (result.records[0]?.get("written") !== rows.length) {
        throw new Neo4jStoreError(
          `neo4j store: a batch of ${type} links names entities missing from the store`,
          undefined,
        );
      }
    });
    progress(rows.length);
  });

  let entitiesRemoved = 0;
  const withdrawalBatches = mapChunks(plan.withdrawnEntities, batchSize, (start, end) =>
    plan.withdrawnEntities.slice(start, end),
  );
  await pipelined(withdrawalBatches, async (ids) => {
    const result = await executor.write((run) => run(deleteUnlinkedEntities, { ids }));
    entitiesRemoved += result.summary.counters.updates().nodesDeleted;
    progress(ids.length);
  });

  await executor.write(async (run) => {
    const stored = await run(readGraphAttributes, { id: META_ID });
    const before = stored.records[0]?.get("attributes") as string | undefined;
    // Merged as the memory store merges them: the newer import's values win.
    const attributes = { ...(before ? JSON.parse(before) : {}), ...graph.getAttributes() };
    await run(writeGraphAttributes, { id: META_ID, attributes: JSON.stringify(attributes) });
    await updateTopRank(run);
  });
  return summaryOf(plan, entitiesRemoved);
}

/** The new record's properties, with null for each one it no longer has (`SET +=` removes those). */
function changedProperties(before: object | undefined, after: object): Record<string, unknown> {
  const properties = toProperties(after as Record<string, unknown>);
  const stored = before ? toProperties(before as Record<string, unknown>) : {};
  for (const name of Object.keys(stored)) if (!(name in properties)) properties[name] = null;
  return properties;
}

function linkProperties(
  before: object | undefined,
  after: LinkAttributes,
): Record<string, unknown> {
  return {
    ...changedProperties(before, after),
    ...linkQueryProperties(after),
  };
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

/** Batches built on demand, `build(start, end)` for each slice of `size` items. */
function mapChunks<T, B>(
  items: T[],
  size: number,
  build: (start: number, end: number) => B,
): (() => B)[] {
  const batches: (() => B)[] = [];
  for (let start = 0; start < items.length; start += size) {
    const end = Math.min(start + size, items.length);
    batches.push(() => build(start, end));
  }
  return batches;
}

/**
 * Writes the batches one after another, building the next while the current
 * one is on the server: the server and the driver each keep a core busy, yet
 * a batch is sent only once the one before it has committed, so a failure
 * still leaves every later batch unsent.
 */
async function pipelined<B>(batches: (() => B)[], write: (batch: B) => Promise<void>) {
  let next = batches[0]?.();
  for (let index = 0; next !== undefined; index++) {
    const writing = write(next);
    // Built on the next turn of the event loop, once the driver has sent the query.
    const built = new Promise<B | undefined>((resolve, reject) =>
      setImmediate(() => {
        try {
          resolve(batches[index + 1]?.());
        } catch (error) {
          reject(error);
        }
      }),
    );
    // A failed write is the error to report; the build's own, if any, is then moot.
    built.catch(() => {});
    await writing;
    next = await built;
  }
}
