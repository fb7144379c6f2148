/**
 * `crosslink entity ID`: one entity in detail as JSON, the same detail
 * `GET /api/entities/:id` gives a user of the same clearance: its records
 * through the store's query layer (the clearance applied inside the query),
 * its scores, ties and calls from the analysis of what that clearance may
 * see (engine/export/entity-detail.ts serves both). Each detail is an audit
 * line, as the API's is.
 */
import { analysisLookups, entityDetail } from "../../../engine/export/index.ts";
import { auditAppend } from "../audit-append.ts";
import { DataError } from "../errors.ts";
import { withProgress } from "../progress.ts";
import { withVisibleWorld, type AsOptions } from "../visible-world.ts";

export async function run(id: string, options: AsOptions): Promise<void> {
  const { world, detail } = await withProgress("entity", (shown) =>
    withVisibleWorld(options, shown, async (world, store) => {
      const detail = await entityDetail(
        // Without --as or --clearance, the whole store.
        { store, caller: { clearance: world.clearance ?? "secret" }, ...analysisLookups(world) },
        id,
      );
      return { world, detail };
    }),
  );
  // A `view` line in the audit log, as the API writes for the same detail (a refusal discloses nothing).
  await auditAppend(options.dataDir, {
    user: world.user,
    action: "view",
    route: "cli entity",
    status: detail ? 200 : 404,
    query: { id, clearance: world.clearance ?? "all" },
    ids: detail ? [detail.id, ...detail.ties.map((tie) => tie.other.id)] : [],
  });
  if (!detail)
    throw new DataError(`no entity ${JSON.stringify(id)} (or not visible at this clearance)`);
  console.log(JSON.stringify(detail, null, 2));
}
