/**
 * The batched import, in two ways that leave the same database.
 *
 * Into a database that holds no records yet, the bulk path: nothing to read
 * back or compare, every record a CREATE, entities and then links sent in
 * `UNWIND $rows` batches by several writers at once (Neo4j takes a new
 * relationship's locks in a sorted order at commit, so concurrent batches
 * that share an end wait for each other instead of deadlocking). A failure
 * leaves the batches that committed, and the rerun, finding records, takes
 * the MERGE path and creates the rest.
 *
 * Otherwise the idempotent path. What changes is decided first, as the
 * memory store decides it (merge-plan.ts), on what the store holds of the
 * records the dataset names: their type, provenance and content digest
 * (stored-records.ts, ../record-digest.ts). Conflicts refuse the import before
 * anything is written; otherwise withdrawn and moved links are removed, new
 * and changed records written (only the changed ones read whole first), and
 * withdrawn entities nothing links to any more removed, so a re-import
 * leaves the store equal to a fresh import and a re-import of an unchanged
 * dataset writes nothing. Writes are batches, each its own transaction,
 * MERGE on the entity id and on the link key, one writer: a batch that fails
 * commits nothing and later batches are never sent; a rerun after any
 * failure (or a crash) plans again from what is stored and finishes the work.
 *
 * Entities of every type share one statement (the label is a parameter, from
 * the whitelist), so a world needs one query plan and as few transactions as
 * its size asks for, not one plan and one short transaction per type. Links
 * stay one statement per relationship type: only a static type lets MERGE
 * seek the key's uniqueness index instead of expanding the relationships
 * between the two ends.
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
import { readStoredRecords, readWholeRecords, type WholeRecords } from "./stored-records.ts";
import { planMerge, type MergePlan, type StoredRecords } from "../merge-plan.ts";
import { compareDigests } from "../record-digest.ts";
import { FIRST_IMPORT, noteFirstImport, orderDigest, storeState } from "./first-import.ts";
import { concurrently, groupBy, indexOf, mapChunks, pipelined } from "./batches.ts";
import { summaryOf } from "../merge-summary.ts";
import { forgetSource, rememberSource } from "./dataset-sources.ts";
import { DatasetError } from "../../ingest/errors.ts";

export const DEFAULT_BATCH_SIZE = 10_000;
/** Bulk writers at once: one keeps the server's commit waiting on the driver, more gain little on few cores. */
export const DEFAULT_WRITERS = 3;

export interface ImportOptions {
  batchSize?: number;
  /** Whether a first import into an empty database takes the bulk path (default true). */
  bulk?: boolean;
  writers?: number;
  onProgress?: ProgressCallback;
  /** The digest of the dataset's files (ingest/source-digest.ts), kept for the next import of them (dataset-sources.ts). */
  source?: string;
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

/** A static label: a dynamic one costs the server about a fifth more per node. */
const createEntities = (label: string) => `
UNWIND $rows AS row
CREATE (n:${ENTITY_LABEL}:${label} {${ENTITY_ID}: row.id, ${SEQUENCE}: row.seq})
SET n += row.props`;

const createLinks = (type: string) => `
UNWIND $rows AS row
MATCH (a:${ENTITY_LABEL} {${ENTITY_ID}: row.source})
MATCH (b:${ENTITY_LABEL} {${ENTITY_ID}: row.target})
CREATE (a)-[r:${type} {${LINK_KEY}: row.key, ${SEQUENCE}: row.seq}]->(b)
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

const nothingStored: StoredRecords = {
  entity: () => undefined,
  link: () => undefined,
  datasetEntities: () => [],
  datasetLinks: () => [],
};

const readGraphAttributes = `
MATCH (g:${META_LABEL} {${ENTITY_ID}: $id}) RETURN g.attributes AS attributes, g.${FIRST_IMPORT} AS unfinished`;
const writeGraphAttributes = `
MERGE (g:${META_LABEL} {${ENTITY_ID}: $id}) SET g.attributes = $attributes, g.${FIRST_IMPORT} = null`;

export async function importEntityGraph(
  executor: Executor,
  graph: EntityGraph,
  options: ImportOptions = {},
): Promise<Required<ImportSummary>> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const order = orderDigest(graph);
  const { empty, unfinished } = await storeState(executor);
  const bulk = empty && options.bulk !== false;
  if (empty) await noteFirstImport(executor, order);
  // Numbered by their place in the dataset: a first import, or the rerun of one that failed.
  const byPlace = empty || unfinished === order;
  const stored = empty ? nothingStored : await readStoredRecords(executor, graph, batchSize);
  const plan = planMerge(stored, graph, compareDigests);
  if (plan.problems.length > 0) throw new DatasetError(plan.problems);
  if (writesAny(plan)) await forgetSource(executor, graph.getAttribute("dataset") ?? "");
  const whole = await readWholeRecords(
    executor,
    graph,
    plan.updateEntities,
    plan.updateLinks,
    batchSize,
  );
  return write(executor, graph, { stored, plan, whole, bulk, byPlace }, options);
}

/** What the import found stored and decided to do, and how to write it. */
interface Writes {
  stored: StoredRecords;
  plan: MergePlan;
  whole: WholeRecords;
  bulk: boolean;
  /** Sequence numbers from each record's place in the graph (first-import.ts). */
  byPlace: boolean;
}

async function write(
  executor: Executor,
  graph: EntityGraph,
  { stored, plan, whole, bulk, byPlace }: Writes,
  options: ImportOptions,
): Promise<Required<ImportSummary>> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const send = bulk
    ? <B>(batches: (() => B)[], write: (batch: B) => Promise<void>) =>
        concurrently(batches, options.writers ?? DEFAULT_WRITERS, write)
    : pipelined;

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
  const { nodeOffset, linkOffset } = byPlace
    ? { nodeOffset: 0, linkOffset: 0 }
    : await executor.read(nextSequences);

  const storedType = (key: string) => stored.link(key)!.attributes.type;
  const removalBatches = [...groupBy(removedLinks, storedType)].flatMap(([type, keys]) =>
    mapChunks(keys, batchSize, (start, end) => ({ type, keys: keys.slice(start, end) })),
  );
  await pipelined(removalBatches, async ({ type, keys }) => {
    await executor.write((run) => run(deleteLinks(relationshipTypeOf(type)), { keys }));
    progress(keys.length);
  });

  const entitySeq = indexOf(byPlace ? graph.nodes() : plan.createEntities);
  const entityRow = (id: string) => {
    const attributes = graph.getNodeAttributes(id);
    return {
      id,
      label: labelOf(attributes.type),
      seq: neo4j.int(nodeOffset + (entitySeq.get(id) ?? 0)),
      props: {
        ...changedProperties(whole.entities.get(id), attributes),
        ...entityQueryProperties(attributes),
      },
    };
  };
  // The bulk path writes one label per batch; MERGE takes every label in one statement.
  const entityGroups = bulk
    ? groupBy(writtenEntities, (id) => labelOf(graph.getNodeAttribute(id, "type")))
    : new Map([["", writtenEntities]]);
  const entityBatches = [...entityGroups].flatMap(([label, ids]) =>
    mapChunks(ids, batchSize, (start, end) => ({
      statement: bulk ? createEntities(label) : mergeEntities,
      rows: ids.slice(start, end).map(entityRow),
    })),
  );
  await send(entityBatches, async ({ statement, rows }) => {
    await executor.write((run) => run(statement, { rows }));
    progress(rows.length);
  });

  const linkSeq = indexOf(byPlace ? graph.edges() : addedLinks);
  const linksByType = groupBy(writtenLinks, (edge) => graph.getEdgeAttribute(edge, "type"));
  const linkBatches = [...linksByType].flatMap(([type, edges]) =>
    mapChunks(edges, batchSize, (start, end) => ({
      type,
      rows: edges.slice(start, end).map((key) => ({
        key,
        source: graph.source(key),
        target: graph.target(key),
        seq: neo4j.int(linkOffset + (linkSeq.get(key) ?? 0)),
        props: linkProperties(whole.links.get(key), graph.getEdgeAttributes(key)),
      })),
    })),
  );
  await send(linkBatches, async ({ type, rows }) => {
    const statement = (bulk ? createLinks : mergeLinks)(relationshipTypeOf(type));
    await executor.write(async (run) => {
      const result = await run(statement, { rows });
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
    const stored = (await run(readGraphAttributes, { id: META_ID })).records[0];
    const before = stored?.get("attributes") as string | undefined;
    // Merged as the memory store merges them: the newer import's values win.
    const attributes = JSON.stringify({
      ...(before ? JSON.parse(before) : {}),
      ...graph.getAttributes(),
    });
    // Nothing written when nothing changed.
    if (attributes !== before || stored?.get("unfinished") != null) {
      await run(writeGraphAttributes, { id: META_ID, attributes });
    }
    const name = graph.getAttribute("dataset");
    if (options.source !== undefined && name !== undefined) {
      await rememberSource(run, name, {
        digest: options.source,
        entities: graph.order,
        links: graph.size,
      });
    }
    await updateTopRank(run);
  });
  return summaryOf(plan, entitiesRemoved);
}

/** Whether the plan changes anything: records of the imported dataset only (merge-plan.ts never changes another's). */
const writesAny = (plan: MergePlan) =>
  [
    plan.withdrawnLinks,
    plan.withdrawnEntities,
    plan.createEntities,
    plan.updateEntities,
    plan.createLinks,
    plan.updateLinks,
    plan.moveLinks,
  ].some((records) => records.length > 0);

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
