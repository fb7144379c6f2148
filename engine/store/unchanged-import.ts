/**
 * What both stores keep to answer an unchanged re-import without reading a
 * record: per dataset name, the digest of the files last imported under it
 * (ingest/source-digest.ts) and how many entities and links they held. The
 * embedded store keeps it in its store file's header (memory/persist.ts), the
 * Neo4j store on the graph's own node (neo4j/dataset-sources.ts).
 */
import type { ImportSummary } from "./types.ts";

export type DatasetSources = Record<string, { digest: string; entities: number; links: number }>;

/**
 * The summary of an import of files whose digest is the one `sources` names
 * for `name`: every record already present. Undefined when the files are not those.
 */
export function unchangedImportOf(
  sources: DatasetSources,
  name: string,
  source: string,
): Required<ImportSummary> | undefined {
  const last = sources[name];
  if (last?.digest !== source) return undefined;
  return {
    entitiesCreated: 0,
    linksCreated: 0,
    entitiesMatched: last.entities,
    linksMatched: last.links,
    entitiesUpdated: 0,
    linksUpdated: 0,
    entitiesRemoved: 0,
    linksRemoved: 0,
  };
}
