/**
 * Constraints and indexes, created before anything is written (docs/PERFORMANCE.md:
 * MERGE without them scans every node). Idempotent: IF NOT EXISTS.
 *
 * A uniqueness constraint is online when its CREATE returns (Neo4j builds
 * its index in the statement), so MERGE is always exact. The other indexes
 * populate in the background: over a database the offline importer built
 * (scripts/neo4j/offline-import.ts) the full-text indexes take most of the
 * store's first start, and nothing needs them at once. A query on a
 * full-text index that is still populating waits for it to come online
 * (Neo4j's `db.index.fulltext.queryNodes` does, for up to 30 s, then fails:
 * it never answers from part of the index); the store's own search waits for
 * its index first (search.ts), the planner uses a range index only once it is
 * online.
 */
import { concurrently } from "./batches.ts";
import type { Executor } from "./executor.ts";
import {
  COMMUNITY_LABEL,
  ENTITY_LABEL,
  ENTITY_LABELS,
  MATCH_DECISION_LABEL,
  META_LABEL,
  RELATIONSHIP_TYPES,
} from "./vocabulary.ts";
import { ENTITY_ID, LINK_KEY, SEARCH_TERMS, SEQUENCE } from "./properties.ts";

/** The full-text index of search-terms.ts: whitespace tokens, taken as they are. */
export const SEARCH_INDEX = "entity_search";

/**
 * Full-text indexes for Browser and Bloom users, on the fields as the
 * records hold them (Lucene's standard analyzer: words, lower case), queried
 * with `db.index.fulltext.queryNodes(name, "petrova~")` — the store's own
 * search uses SEARCH_INDEX instead.
 */
export const USER_INDEXES = {
  names: { labels: ["Person", "Organisation", "Location", "Route"], fields: ["name", "aliases"] },
  phone_numbers: { labels: ["Phone"], fields: ["number", "imei"] },
  vehicle_plates: { labels: ["Vehicle"], fields: ["plate"] },
  account_handles: { labels: ["OnlineAccount"], fields: ["handle", "url"] },
  case_titles: { labels: ["Case"], fields: ["title"] },
} as const;

const userIndexStatements = () =>
  Object.entries(USER_INDEXES).map(([name, { labels, fields }]) => {
    for (const label of labels) {
      if (![...ENTITY_LABELS.values()].includes(label)) {
        throw new Error(`neo4j store: index ${name} names unknown label ${label}`);
      }
    }
    return `CREATE FULLTEXT INDEX ${name} IF NOT EXISTS FOR (n:${labels.join("|")})
     ON EACH [${fields.map((field) => `n.${field}`).join(", ")}]`;
  });

const snake = (name: string) => name.replace(/([a-z])([A-Z])/g, "$1_$2").toLowerCase();

export function schemaStatements(): string[] {
  const nodeLabels = [ENTITY_LABEL, ...ENTITY_LABELS.values(), COMMUNITY_LABEL, META_LABEL];
  return [
    ...nodeLabels.map(
      (label) =>
        `CREATE CONSTRAINT ${snake(label)}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.${ENTITY_ID} IS UNIQUE`,
    ),
    ...[...RELATIONSHIP_TYPES.values()].map(
      (type) =>
        `CREATE CONSTRAINT ${type.toLowerCase()}_key IF NOT EXISTS FOR ()-[r:${type}]-() REQUIRE r.${LINK_KEY} IS UNIQUE`,
    ),
    `CREATE CONSTRAINT match_decision_key IF NOT EXISTS FOR (d:${MATCH_DECISION_LABEL}) REQUIRE d.key IS UNIQUE`,
    `CREATE INDEX entity_seq IF NOT EXISTS FOR (n:${ENTITY_LABEL}) ON (n.${SEQUENCE})`,
    `CREATE FULLTEXT INDEX ${SEARCH_INDEX} IF NOT EXISTS FOR (n:${ENTITY_LABEL}) ON EACH [n.${SEARCH_TERMS}]
     OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'whitespace' } }`,
    ...userIndexStatements(),
  ];
}

/** How long the store's search waits for its index to come online (a 1M-link world's takes a minute or two). */
export const SEARCH_INDEX_WAIT_SECONDS = 600;

/**
 * Constraints built at once: each holds its own label's or type's schema
 * lock while it builds its index, so several overlap their scans (on the
 * 100k-link world's new store at load 16–22, one run each: 6.6 s with four
 * against 11.2 s one by one, and less server CPU, 3.7 s against 4.8 s).
 */
const CONSTRAINT_WRITERS = 4;

export async function ensureSchema(executor: Executor): Promise<void> {
  // Schema commands cannot share a transaction with each other or with data writes.
  const write = (statement: string) => executor.write((run) => run(statement)).then(() => {});
  const statements = schemaStatements();
  const constraints = statements.filter((statement) => statement.startsWith("CREATE CONSTRAINT"));
  // Entity's first and alone: its label then has the lowest id of the labels, so every entity
  // lists it first (labels(n) follows the ids), as the importer's files and one by one leave it.
  const [entity, ...others] = constraints;
  await write(entity!);
  await concurrently(
    others.map((statement) => () => statement),
    CONSTRAINT_WRITERS,
    write,
  );
  for (const statement of statements.filter((each) => !constraints.includes(each))) {
    await write(statement);
  }
}
