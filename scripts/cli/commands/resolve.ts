/**
 * `crosslink resolve`: entity resolution an analyst can act on. `list` shows
 * the likely duplicate persons of what the user may see (with the evidence
 * for and against, and the pairs already decided), as
 * `GET /api/resolution/candidates` gives them; `accept`, `reject` and `undo`
 * record or withdraw a decision in the store, beside the data (the records
 * are never merged), as `POST /api/resolution/decisions` does. Every listing
 * and decision is an audit line. Decisions need a user of role analyst or
 * above (`--as`).
 */
import {
  matchDecision,
  MatchRequestError,
  decidablePair,
  resolutionSummary,
  type DecidedMatch,
  type DuplicateCandidate,
} from "../../../engine/analytics/index.ts";
import { roleAllows, UserFile, usersFileOf } from "../../../engine/access/index.ts";
import type { MatchVerdict } from "../../../engine/model/index.ts";
import { auditAppend } from "../audit-append.ts";
import { DataError, UsageError } from "../errors.ts";
import { openStore } from "../open-store.ts";
import { printTable } from "../print-table.ts";
import { withProgress } from "../progress.ts";
import { visibleGraph, whoAsks, type AsOptions } from "../visible-world.ts";

export const RESOLVE_FORMATS = ["table", "json"] as const;

export async function list(
  options: AsOptions & { format: (typeof RESOLVE_FORMATS)[number] },
): Promise<void> {
  const asker = await whoAsks(options);
  const graph = await withProgress("resolve", (shown) =>
    visibleGraph(options, asker.clearance, shown),
  );
  const summary = resolutionSummary(graph);
  const pairs = [...summary.candidates, ...summary.accepted, ...summary.rejected];
  await auditAppend(options.dataDir, {
    user: asker.user,
    action: "view",
    route: "cli resolve list",
    status: 200,
    query: { clearance: asker.clearance ?? "all", format: options.format },
    ids: [...new Set(pairs.flatMap((pair) => [pair.a, pair.b]))],
  });
  if (options.format === "json") {
    console.log(JSON.stringify(summary, null, 2));
    return;
  }
  const row = (status: string, pair: DuplicateCandidate | DecidedMatch) => [
    status,
    pair.a,
    pair.aName,
    pair.b,
    pair.bName,
    String(pair.score),
    `for: ${pair.for.join("; ")}${pair.against.length > 0 ? ` | against: ${pair.against.join("; ")}` : ""}`,
  ];
  const decided = (pair: DecidedMatch) => ` by ${pair.by}`;
  printTable(
    ["status", "a", "name", "b", "name", "score", "evidence"],
    [
      ...summary.candidates.map((pair) => row("candidate", pair)),
      ...summary.accepted.map((pair) => row(`accepted${decided(pair)}`, pair)),
      ...summary.rejected.map((pair) => row(`rejected${decided(pair)}`, pair)),
    ],
  );
}

/** `accept` and `reject`: the decision kept in the store, replacing any earlier one on the pair. */
export async function decide(
  verdict: MatchVerdict,
  first: string,
  second: string,
  options: AsOptions & { note?: string },
): Promise<void> {
  const { user, clearance } = await decider(options);
  const graph = await visibleGraph(options, clearance);
  const decision = checked(() =>
    matchDecision(graph, { a: first, b: second, decision: verdict, by: user, note: options.note }),
  );
  const store = await openStore(options);
  try {
    await store.decideMatch(decision);
  } finally {
    await store.close();
  }
  await auditAppend(options.dataDir, {
    user,
    action: "decide",
    route: `cli resolve ${verdict === "accepted" ? "accept" : "reject"}`,
    status: 200,
    query: { a: decision.a, b: decision.b, decision: verdict, note: decision.note ?? null },
    ids: [decision.a, decision.b],
  });
  console.log(`${decision.a} and ${decision.b}: ${verdict} by ${user}.`);
  console.error("note: run `crosslink analyze` again for the stored analysis to use it");
}

/** `undo`: the decision on the pair withdrawn; the pair is a candidate again if the evidence says so. */
export async function undo(first: string, second: string, options: AsOptions): Promise<void> {
  const { user, clearance } = await decider(options);
  const graph = await visibleGraph(options, clearance);
  const [a, b] = checked(() => decidablePair(graph, first, second));
  const store = await openStore(options);
  const removed = await store.undoMatch(a, b).finally(() => store.close());
  await auditAppend(options.dataDir, {
    user,
    action: "decide",
    route: "cli resolve undo",
    status: removed ? 200 : 404,
    query: { a, b, decision: "undo" },
    ids: removed ? [a, b] : [],
  });
  if (!removed) throw new DataError(`no decision on ${a} and ${b} to undo`);
  console.log(`${a} and ${b}: the ${removed.decision} decision by ${removed.by} is withdrawn.`);
}

/** The --as user, who must be an analyst or above. */
async function decider(options: AsOptions) {
  if (!options.as) throw new UsageError("a decision needs --as USER (role analyst or above)");
  const asker = await whoAsks(options);
  const role = (await UserFile.open(usersFileOf(options.dataDir)))
    .list()
    .find((entry) => entry.name === asker.user)!.role;
  if (!roleAllows(role, "analyst")) {
    throw new UsageError(`${asker.user} is a ${role}: deciding on matches needs role analyst`);
  }
  return { user: asker.user, clearance: asker.clearance };
}

function checked<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof MatchRequestError)
      throw error.status === 400 ? new UsageError(error.message) : new DataError(error.message);
    throw error;
  }
}
