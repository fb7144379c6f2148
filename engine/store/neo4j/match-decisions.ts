/**
 * Analysts' decisions on likely duplicate persons, kept in the database
 * beside the data: one `:MatchDecision` node per pair (`key` unique, the two
 * person ids, the verdict, who, when, the note) with `DECIDES` to each person
 * node. They are no entities: the import, the read-back of the graph and the
 * store's queries never meet them, and a re-import leaves them as they are;
 * the person nodes keep their ids and provenance.
 */
import { pairKey, sortDecisions, type MatchDecision } from "../../model/index.ts";
import type { Executor } from "./executor.ts";
import { ENTITY_ID } from "./properties.ts";
import { DECIDES, ENTITY_LABEL, MATCH_DECISION_LABEL } from "./vocabulary.ts";

const FIELDS = ["a", "b", "decision", "by", "at", "note"] as const;

export async function readMatchDecisions(executor: Executor): Promise<MatchDecision[]> {
  const result = await executor.read((run) =>
    run(
      `MATCH (d:${MATCH_DECISION_LABEL}) RETURN ${FIELDS.map((f) => `d.${f} AS ${f}`).join(", ")}`,
    ),
  );
  return sortDecisions(
    result.records.map((record) => {
      const note = record.get("note") as string | null;
      return {
        a: record.get("a"),
        b: record.get("b"),
        decision: record.get("decision"),
        by: record.get("by"),
        at: record.get("at"),
        ...(note !== null && { note }),
      };
    }),
  );
}

/** Replaces any decision on the pair, in one transaction. */
export async function writeMatchDecision(
  executor: Executor,
  decision: MatchDecision,
): Promise<void> {
  await executor.write(async (run) => {
    await run(
      `MERGE (d:${MATCH_DECISION_LABEL} {key: $key})
       SET d.a = $a, d.b = $b, d.decision = $decision, d.by = $by, d.at = $at, d.note = $note
       WITH d
       OPTIONAL MATCH (d)-[old:${DECIDES}]->() DELETE old
       WITH DISTINCT d
       MATCH (p:${ENTITY_LABEL}) WHERE p.${ENTITY_ID} IN [$a, $b]
       MERGE (d)-[:${DECIDES}]->(p)`,
      { key: pairKey(decision.a, decision.b), note: null, ...decision },
    );
  });
}

/** The decision removed, or null when the pair had none. */
export async function deleteMatchDecision(
  executor: Executor,
  a: string,
  b: string,
): Promise<MatchDecision | null> {
  const before = (await readMatchDecisions(executor)).find(
    (d) => pairKey(d.a, d.b) === pairKey(a, b),
  );
  if (!before) return null;
  await executor.write((run) =>
    run(`MATCH (d:${MATCH_DECISION_LABEL} {key: $key}) DETACH DELETE d`, { key: pairKey(a, b) }),
  );
  return before;
}
