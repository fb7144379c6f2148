/**
 * Write-back of an Analysis, for Neo4j Browser and Bloom users: scores on
 * the person and organisation nodes, the community on the phones, vehicles
 * and accounts they use, and one `:Community` node per community with
 * `MEMBER_OF` from its members. One transaction that first removes the
 * previous write-back, so a rerun replaces it and a failure leaves the old one.
 */
import neo4j from "neo4j-driver";
import type { Analysis } from "../../analytics/index.ts";
import type { Executor, Run } from "./executor.ts";
import { ENTITY_ID } from "./properties.ts";
import { COMMUNITY_LABEL, ENTITY_LABEL, MEMBER_OF } from "./vocabulary.ts";

/** Properties the write-back owns on entity nodes; never read back as record attributes. */
export const ANALYSIS_PROPERTIES = [
  "community",
  "degree",
  "weighted_degree",
  "betweenness",
  "pagerank",
  "removal_impact",
  "target_score",
  "target_rank",
  "crime_types",
] as const;

export interface WriteBackSummary {
  actors: number;
  attached: number;
  communities: number;
}

const WRITE_BATCH = 10_000;

const removePrevious = [
  `MATCH (c:${COMMUNITY_LABEL}) DETACH DELETE c`,
  `MATCH (n:${ENTITY_LABEL}) WHERE n.community IS NOT NULL
   REMOVE ${ANALYSIS_PROPERTIES.map((name) => `n.${name}`).join(", ")}`,
];

const setProperties = `
UNWIND $rows AS row
MATCH (n:${ENTITY_LABEL} {${ENTITY_ID}: row.id})
SET n += row.props
RETURN count(n) AS written`;

const createCommunities = `
UNWIND $rows AS row
CREATE (c:${COMMUNITY_LABEL} {${ENTITY_ID}: row.id})
SET c += row.props
WITH c, row
UNWIND row.members AS member
MATCH (n:${ENTITY_LABEL} {${ENTITY_ID}: member})
CREATE (n)-[:${MEMBER_OF}]->(c)`;

export async function writeAnalysis(
  executor: Executor,
  analysis: Analysis,
): Promise<WriteBackSummary> {
  const actors = [...analysis.persons, ...analysis.organisations].map((actor) => ({
    id: actor.id,
    props: {
      community: neo4j.int(actor.community),
      degree: neo4j.int(actor.degree),
      weighted_degree: actor.weightedDegree,
      betweenness: actor.betweenness,
      pagerank: actor.pagerank,
      removal_impact: actor.removalImpact,
      target_score: actor.score,
      target_rank: actor.targetRank === null ? null : neo4j.int(actor.targetRank),
      // No empty lists: a person without crime types has no such property.
      crime_types: actor.crimeTypes.length > 0 ? actor.crimeTypes : null,
    },
  }));
  const attached = analysis.attached.map((entity) => ({
    id: entity.id,
    props: { community: neo4j.int(entity.community) },
  }));
  const communities = analysis.communities.map((community) => {
    const crimes = Object.entries(community.crimeTypes);
    return {
      id: neo4j.int(community.id),
      members: community.members,
      props: {
        name: community.name,
        size: neo4j.int(community.size),
        dominant_crime: community.dominantCrime,
        // A property cannot hold a map: the per-type counts as two aligned lists.
        crime_types: crimes.length > 0 ? crimes.map(([type]) => type) : null,
        crime_type_members: crimes.length > 0 ? crimes.map(([, count]) => neo4j.int(count)) : null,
      },
    };
  });

  await executor.write(async (run) => {
    for (const statement of removePrevious) await run(statement);
    await inBatches(run, setProperties, [...actors, ...attached]);
    await inBatches(run, createCommunities, communities);
  });
  return { actors: actors.length, attached: attached.length, communities: communities.length };
}

async function inBatches(run: Run, query: string, rows: unknown[]): Promise<void> {
  for (let start = 0; start < rows.length; start += WRITE_BATCH) {
    await run(query, { rows: rows.slice(start, start + WRITE_BATCH) });
  }
}
