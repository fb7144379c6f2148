/** A validated dataset: typed records with provenance, ready to become an entity graph. */
import type { EntityFileName, LinkFileName } from "../model/index.ts";
import type { RecordValues } from "./validate-record.ts";

export interface LoadedRecord {
  /** 1-based position among the file's records; stable across CSV and NDJSON. */
  ordinal: number;
  fileName: string;
  line: number;
  values: RecordValues;
  extra?: Record<string, string>;
}

export interface EntityRecordOf extends LoadedRecord {
  file: EntityFileName;
  /** Ids of duplicates of this entity merged into it (one phone number under several ids). */
  mergedIds?: string[];
}

export interface LinkRecordOf extends LoadedRecord {
  file: LinkFileName;
  /** The link's identity across imports (check-references.ts linkKey); set once references are checked. */
  key?: string;
}

/** Where the records go, in order: every entity, then every link. */
export interface RecordSink {
  entity(record: EntityRecordOf): void;
  link(record: LinkRecordOf): void;
}

/** What a dataset is besides its records. */
export interface DatasetSummary {
  /** Which dataset this is: a re-import under the same name replaces it, another name adds to the store. */
  name: string;
  notices: string[];
  /** SHA-256 over the normalised records in order, the same for CSV and NDJSON of the same data. */
  hash: string;
  /** Valid rows read per file name (before duplicate links were merged). */
  rows: Record<string, number>;
}

/** A dataset held whole: its records in order, with its summary. */
export interface Dataset extends DatasetSummary {
  entities: EntityRecordOf[];
  links: LinkRecordOf[];
}
