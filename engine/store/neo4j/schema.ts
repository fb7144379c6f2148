/**
 * Constraints and indexes, created before anything is written (docs/PERFORMANCE.md:
 * MERGE without them scans every node). Idempotent: IF NOT EXISTS.
 */
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

export async function ensureSchema(executor: Executor): Promise<void> {
  // Schema commands cannot share a transaction with each other or with data writes.
  for (const statement of schemaStatements()) await executor.write((run) => run(statement));
  await executor.write((run) => run("CALL db.awaitIndexes(300)"));
}
