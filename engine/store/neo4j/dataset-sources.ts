/**
 * An unchanged re-import nearly free, as the embedded store has it: the
 * graph's own node keeps, per dataset name, the digest of the files last
 * imported under it (ingest/source-digest.ts: every byte of the files, read
 * once, no row parsed) and how many entities and links they held. The same
 * files again are only hashed and reported already present; no record is
 * read from or written to Neo4j.
 *
 * A digest stands only for what the store holds: an import that changes
 * anything removes its dataset's entry before it writes (`forgetSource`; it
 * never changes another dataset's records, merge-plan.ts) and sets it again
 * only when it has finished (`rememberSource`). A failed import leaves
 * no digest for the files it did not finish, so the rerun goes the whole
 * way (record digests, idempotent MERGE).
 */
import { unchangedImportOf, type DatasetSources } from "../unchanged-import.ts";
import type { ImportSummary } from "../types.ts";
import type { Executor, Run } from "./executor.ts";
import { ENTITY_ID } from "./properties.ts";
import { META_ID, META_LABEL } from "./vocabulary.ts";

/** On the graph's own node: DatasetSources as JSON. */
export const SOURCES = "_sources";

const readQuery = `MATCH (g:${META_LABEL} {${ENTITY_ID}: $id}) RETURN g.${SOURCES} AS sources`;
const writeQuery = `MERGE (g:${META_LABEL} {${ENTITY_ID}: $id}) SET g.${SOURCES} = $sources`;

export async function readSources(run: Run): Promise<DatasetSources> {
  const text = (await run(readQuery, { id: META_ID })).records[0]?.get("sources");
  return typeof text === "string" ? (JSON.parse(text) as DatasetSources) : {};
}

/**
 * The summary of an import of files whose digest is the one last imported
 * under `name`: every record already present. Undefined otherwise.
 */
export async function unchangedImport(
  executor: Executor,
  name: string,
  digest: string,
): Promise<Required<ImportSummary> | undefined> {
  return unchangedImportOf(await executor.read(readSources), name, digest);
}

/** Removes the entry of one dataset (written only when there was one). */
export async function forgetSource(executor: Executor, name: string): Promise<void> {
  await executor.write(async (run) => {
    const sources = await readSources(run);
    if (!(name in sources)) return;
    delete sources[name];
    await run(writeQuery, { id: META_ID, sources: JSON.stringify(sources) });
  });
}

/** Sets the entry of one dataset, inside the import's last transaction (written only when it changed). */
export async function rememberSource(
  run: Run,
  name: string,
  source: DatasetSources[string],
): Promise<void> {
  const sources = await readSources(run);
  if (JSON.stringify(sources[name]) === JSON.stringify(source)) return;
  sources[name] = source;
  await run(writeQuery, { id: META_ID, sources: JSON.stringify(sources) });
}
