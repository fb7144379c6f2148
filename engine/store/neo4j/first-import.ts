/**
 * A first import that failed midway is finished by the rerun as if it had
 * never failed. Records take their sequence number (`_seq`, the read-back
 * order the analytics depend on) from their place in the dataset; a rerun
 * into a database that holds records gives its new ones numbers after the
 * stored ones, which would put the records of a broken first import in
 * another order than an unbroken one. So the first import notes the order
 * it writes (a digest of its ids and keys) on the graph's own node, the
 * import that completes removes the note, and a rerun of the same dataset
 * that finds it numbers its records by their place again.
 */
import { createHash } from "node:crypto";
import type { EntityGraph } from "../../model/index.ts";
import type { Executor } from "./executor.ts";
import { ENTITY_ID } from "./properties.ts";
import { ENTITY_LABEL, META_ID, META_LABEL } from "./vocabulary.ts";

/** On the graph's own node while a first import is unfinished. */
export const FIRST_IMPORT = "_first_import";

/** The ids and keys of the graph, in its order. */
export function orderDigest(graph: EntityGraph): string {
  const hash = createHash("md5");
  graph.forEachNode((id) => hash.update(`${id}\n`));
  hash.update("\n");
  graph.forEachEdge((key) => hash.update(`${key}\n`));
  return hash.digest("base64");
}

export interface StoreState {
  /** No entity is stored. */
  empty: boolean;
  /** The order digest of an unfinished first import, if any. */
  unfinished?: string;
}

export async function storeState(executor: Executor): Promise<StoreState> {
  return executor.read(async (run) => {
    const count = await run(`MATCH (n:${ENTITY_LABEL}) RETURN count(n) AS n`);
    const note = await run(
      `MATCH (g:${META_LABEL} {${ENTITY_ID}: $id}) RETURN g.${FIRST_IMPORT} AS unfinished`,
      { id: META_ID },
    );
    return {
      empty: count.records[0]!.get("n") === 0,
      unfinished: note.records[0]?.get("unfinished") ?? undefined,
    };
  });
}

export async function noteFirstImport(executor: Executor, order: string): Promise<void> {
  await executor.write((run) =>
    run(`MERGE (g:${META_LABEL} {${ENTITY_ID}: $id}) SET g.${FIRST_IMPORT} = $order`, {
      id: META_ID,
      order,
    }),
  );
}
