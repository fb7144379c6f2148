/**
 * A dataset folder's files as they are on disk, digested: SHA-256 over each
 * record file's name, size and bytes, in the order the import reads them, and
 * the version of the ingest's rules. Equal digests mean the same records
 * (the ingest is deterministic), so a store can tell an unchanged re-import
 * at the cost of reading the files once, without parsing a row.
 */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { discoverDataset } from "./discover.ts";

/**
 * Raise whenever the same files would give other records (validation,
 * normalisation, keys, attributes): digests of an older version then never
 * match, and the next import goes the whole way.
 */
const INGEST_RULES_VERSION = 1;

export async function sourceDigest(
  folder: string,
  onBytes?: (done: number, total: number) => void,
): Promise<string> {
  const { files } = await discoverDataset(folder);
  const total = files.reduce((sum, file) => sum + file.bytes, 0);
  const hash = createHash("sha256").update(`crosslink ingest ${INGEST_RULES_VERSION}\n`);
  let done = 0;
  for (const file of files) {
    hash.update(`${file.fileName} ${file.bytes}\n`);
    for await (const chunk of createReadStream(file.path) as AsyncIterable<Buffer>) {
      hash.update(chunk);
      onBytes?.((done += chunk.length), total);
    }
  }
  onBytes?.(total, total);
  return hash.digest("hex");
}
