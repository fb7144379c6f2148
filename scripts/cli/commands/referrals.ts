/**
 * `crosslink referrals`: the referral list for the internet referral unit —
 * the online accounts of each network, one row each, with platform, handle,
 * URL, users, recruiting reach, evidence and handling codes — as CSV or
 * JSON, on stdout or into `--out`. With `--as USER` (or `--clearance LEVEL`)
 * it holds only what that clearance may see, the same rows
 * `GET /api/referrals` gives such a user (engine/export/referral-list.ts
 * serves both). Every list is an `export` line in the audit log.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { referralCsv, referralList } from "../../../engine/export/index.ts";
import { auditAppend } from "../audit-append.ts";
import { withProgress } from "../progress.ts";
import { withVisibleWorld, type AsOptions } from "../visible-world.ts";

export const REFERRAL_FORMATS = ["csv", "json"] as const;

export interface ReferralsOptions extends AsOptions {
  format: (typeof REFERRAL_FORMATS)[number];
  out?: string;
}

export async function run(options: ReferralsOptions): Promise<void> {
  const { world, rows } = await withProgress("referrals", (shown) =>
    withVisibleWorld(options, shown, async (world, store) => {
      shown.stage("accounts");
      // Without --as or --clearance, the whole store.
      const rows = await referralList({
        ...world,
        store,
        caller: { clearance: world.clearance ?? "secret" },
      });
      return { world, rows };
    }),
  );
  const text =
    options.format === "json"
      ? JSON.stringify({ referrals: rows }, null, 2) + "\n"
      : referralCsv(rows);
  if (options.out) {
    await mkdir(dirname(options.out), { recursive: true });
    await writeFile(options.out, text);
    console.error(`wrote ${rows.length} accounts to ${options.out}`);
  } else {
    process.stdout.write(text);
  }
  await auditAppend(options.dataDir, {
    user: world.user,
    action: "export",
    route: "cli referrals",
    status: 200,
    query: {
      clearance: world.clearance ?? "all",
      format: options.format,
      out: options.out ?? null,
    },
    ids: rows.flatMap((row) => [row.account, ...row.users.map((user) => user.id)]),
  });
}
