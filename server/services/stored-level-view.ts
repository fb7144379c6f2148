/**
 * One level's view as the server on Neo4j holds it: from the level's file
 * (level-file.ts) only the tables that are not per actor (the Analysis
 * without its persons, organisations and attached objects; counts, map,
 * community overview) and the file's index of ids. A person's record, card,
 * ties and arcs are read by a few positioned reads when a route asks; the
 * target list, the networks and the whole Analysis are read for the request
 * that needs them and not kept. So the memory it holds grows with the
 * communities (their member lists hold one id per person) and the money
 * flows, not with the persons' records, ties and evidence.
 */
import { summaryLookups, type Lookup } from "../../engine/export/index.ts";
import { LevelFile } from "./level-file.ts";
import {
  communityMembers,
  HELD_FIELDS,
  UNHELD_TABLES,
  type LevelAnalysis,
  type LevelView,
} from "./level-analysis.ts";

type Held = Pick<LevelView, (typeof HELD_FIELDS)[number]>;

/** A held section: a held field, but none of the Analysis's per-actor tables. */
const isHeld = (section: string) =>
  (HELD_FIELDS as readonly string[]).includes(section.split(".")[0]!) &&
  !UNHELD_TABLES.some((table) => section === `analysis.${table}`);

/** The sections of these fields, or (`field.part`) of these parts of a field. */
const within = (fields: readonly string[]) => (section: string) =>
  fields.some((field) => section === field || section.startsWith(`${field}.`));

export async function storedLevelView(path: string): Promise<LevelView> {
  const file = await LevelFile.open(path);
  const held = (await file.read(isHeld)) as unknown as Held;
  const lookup = <T>(get: (id: string) => T | undefined): Lookup<string, T> => ({
    get,
    has: (id) => get(id) !== undefined,
  });
  return {
    ...held,
    ...summaryLookups(held.analysis),
    person: lookup((id) => file.entry(id)?.actor),
    cards: lookup((id) => file.entry(id)?.card),
    ties: lookup((id) => file.ties(id)),
    arcs: { out: lookup((id) => file.arcs(id, "out")), in: lookup((id) => file.arcs(id, "in")) },
    community: communityMembers(held.analysis),
    actorCount: file.actors,
    actorIds: () => file.actorIds(),
    read: async <K extends keyof LevelAnalysis>(...fields: K[]) =>
      (await file.read(within(fields))) as unknown as Pick<LevelAnalysis, K>,
    networks: async () => {
      const read = (await file.read(within(["network.csr", "directed.csr", "targetScores"]))) as {
        network: LevelAnalysis["network"];
        directed: LevelAnalysis["directed"];
        targetScores: Float64Array;
      };
      return {
        network: read.network.csr,
        directed: read.directed.csr,
        targetScores: read.targetScores,
      };
    },
  };
}
