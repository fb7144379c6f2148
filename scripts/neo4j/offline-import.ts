/**
 * A first import at bulk speed (issue 14, item 4): Neo4j's offline importer
 * (`neo4j-admin database import full`, from the launcher's own jars) builds
 * the database of a store folder the server is not running on, from the
 * files engine/store/neo4j/import-files.ts writes; no transactions, no
 * indexes maintained row by row. The server then starts on that folder
 * (`startNeo4j({ storeDir })`) and `Neo4jStore.connect` creates the
 * constraints and full-text indexes over what is there, in one pass each.
 * Later imports take the transactional path (MERGE), as into any database.
 *
 * A folder that already holds the database (a server has run on it, or an
 * import built it) is refused before any file is written, and the importer
 * itself refuses it too: this never overwrites data.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  ARRAY_DELIMITER_OPTION,
  writeImportFiles,
  type ImportInput,
} from "../../engine/store/neo4j/import-files.ts";

const NEO4J_DIR = dirname(fileURLToPath(import.meta.url));
const LIB_DIR = join(NEO4J_DIR, "target", "lib");
/** start.sh's store folder when NEO4J_STORE is not set. */
export const DEFAULT_STORE_DIR = join(NEO4J_DIR, "store");
const TAIL_LINES = 20;

export interface OfflineImportOptions {
  /** The store folder the server will run on (NEO4J_STORE); created if missing. */
  storeDir: string;
  /** The importer's JVM heap; its caches live off heap, bounded by offHeap. */
  heap?: string;
  offHeap?: string;
  /** The digest of the dataset's files, so the next import of them is nearly free (engine/store/neo4j/dataset-sources.ts). */
  source?: string;
}

export interface OfflineImportTimes {
  /** Writing the importer's files. */
  filesSeconds: number;
  /** The importer's run, JVM start included. */
  importSeconds: number;
}

/** Where the launcher's server (and the importer) keep the one database of a store folder. */
export const databaseDir = (storeDir: string) => join(storeDir, "data", "databases", "neo4j");

/** Throws unless the folder holds no database yet (no server has run on it, no import built it). */
export function refuseExistingDatabase(storeDir: string): void {
  if (existsSync(databaseDir(storeDir))) {
    throw new Error(
      `neo4j offline import: ${storeDir} already holds a database (a server created it on start, or an import built it); ` +
        "the offline importer only builds a new one: stop the server and give a folder without a database, " +
        "or import without --offline into the running server",
    );
  }
}

export async function importOffline(
  input: ImportInput,
  { storeDir, heap = "1g", offHeap = "2G", source }: OfflineImportOptions,
): Promise<OfflineImportTimes> {
  refuseExistingDatabase(storeDir);
  await mkdir(storeDir, { recursive: true });
  const work = await mkdtemp(join(storeDir, "import-"));
  try {
    let start = performance.now();
    const files = writeImportFiles(input, work, { source });
    const filesSeconds = (performance.now() - start) / 1000;
    // The importer reads NEO4J_HOME/conf; an empty one keeps every default but the folders.
    const conf = join(work, "conf");
    await mkdir(conf);
    await writeFile(join(conf, "neo4j.conf"), "");
    start = performance.now();
    await runImporter(
      [
        "database",
        "import",
        "full",
        "neo4j",
        ...files.nodes.map((pair) => `--nodes=${pair.join(",")}`),
        ...files.relationships.map((pair) => `--relationships=${pair.join(",")}`),
        `--array-delimiter=${ARRAY_DELIMITER_OPTION}`,
        `--multiline-fields=${files.multiline}`,
        `--max-off-heap-memory=${offHeap}`,
        // Its list of bad entries (none are skipped, so it stays empty) would land in the working folder.
        `--report-file=${join(work, "import.report")}`,
      ],
      { heap, home: storeDir, conf },
    );
    return { filesSeconds, importSeconds: (performance.now() - start) / 1000 };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

function runImporter(
  args: string[],
  { heap, home, conf }: { heap: string; home: string; conf: string },
): Promise<void> {
  const child = spawn(
    "java",
    [`-Xmx${heap}`, "-cp", `${LIB_DIR}/*`, "org.neo4j.cli.AdminTool", ...args],
    {
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: conf },
    },
  );
  const tail: string[] = [];
  const keep = (chunk: Buffer) => {
    tail.push(...chunk.toString().split("\n").filter(Boolean));
    tail.splice(0, Math.max(0, tail.length - TAIL_LINES));
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  return new Promise((resolve, reject) => {
    child.once("error", (error) => reject(new Error(`neo4j offline import: ${error.message}`)));
    child.once("close", (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`neo4j offline import failed (exit ${code}):\n${tail.join("\n")}`)),
    );
  });
}
