/**
 * The board log in Neo4j, beside the graph: one `:BoardEvent` node per
 * change (notes also `:Note`), never linked to the records, so re-imports
 * leave them alone and members meet the new records by person id. The
 * change's own fields stay one JSON text (`change`); what queries and Bloom
 * users filter on is a property: `seq`, `time`, `user`, `kind`, `board`,
 * `person`, `subject`, `about`, `classification`, `handling_code` and `_rank`,
 * the classification's rank, which every read compares with the reader's as
 * the record queries do (`_rank <= $rank`). Numbers come from one
 * `:BoardLogHead` node, incremented in the change's own transaction, so two
 * writers never take the same number.
 */
import neo4j from "neo4j-driver";
import type { BoardEvent, BoardLog, NewBoardEvent } from "../../boards/types.ts";
import { CLASSIFICATIONS, classificationRank, type Classification } from "../../model/index.ts";
import type { Executor } from "./executor.ts";
import { RANK } from "./properties.ts";

export const BOARD_EVENT_LABEL = "BoardEvent";
const NOTE_LABEL = "Note";
const HEAD_LABEL = "BoardLogHead";

const appendQuery = (label: string) => `
MERGE (head:${HEAD_LABEL} {id: 'boards'})
ON CREATE SET head.seq = 0
SET head.seq = head.seq + 1
CREATE (e:${label} {seq: head.seq, time: $time})
SET e += $props
RETURN e.seq AS seq`;

const readQuery = `
MATCH (e:${BOARD_EVENT_LABEL}) WHERE e.${RANK} <= $rank
RETURN e.seq AS seq, e.time AS time, e.change AS change
ORDER BY e.seq`;

/** Fields of the change kept as properties besides the JSON text. */
const FILTER_FIELDS = ["kind", "board", "person", "subject", "about"] as const;

export class Neo4jBoardLog implements BoardLog {
  readonly kind = "neo4j" as const;

  private constructor(private readonly executor: Executor) {}

  static async open(executor: Executor): Promise<Neo4jBoardLog> {
    await executor.write((run) =>
      run(
        `CREATE CONSTRAINT board_event_seq IF NOT EXISTS FOR (e:${BOARD_EVENT_LABEL}) REQUIRE e.seq IS UNIQUE`,
      ),
    );
    return new Neo4jBoardLog(executor);
  }

  async append(event: NewBoardEvent): Promise<BoardEvent> {
    const time = new Date().toISOString();
    const props: Record<string, unknown> = {
      change: JSON.stringify(event),
      user: event.user,
      classification: event.classification,
      [RANK]: neo4j.int(classificationRank(event.classification)),
      handling_code: event.handling_code ?? null,
    };
    for (const field of FILTER_FIELDS) {
      props[field] = (event as unknown as Record<string, unknown>)[field] ?? null;
    }
    const label = event.kind === "note" ? `${BOARD_EVENT_LABEL}:${NOTE_LABEL}` : BOARD_EVENT_LABEL;
    const seq = await this.executor.write(async (run) => {
      const result = await run(appendQuery(label), { time, props });
      return result.records[0]!.get("seq") as number;
    });
    return { seq, time, ...event } as BoardEvent;
  }

  async read(clearance?: Classification): Promise<BoardEvent[]> {
    const rank = neo4j.int(classificationRank(clearance ?? CLASSIFICATIONS.at(-1)!));
    return this.executor.read(async (run) => {
      const result = await run(readQuery, { rank });
      return result.records.map(
        (record) =>
          ({
            seq: record.get("seq") as number,
            time: record.get("time") as string,
            ...(JSON.parse(record.get("change") as string) as NewBoardEvent),
          }) as BoardEvent,
      );
    });
  }

  /** The store owns the connection. */
  async close(): Promise<void> {}
}
