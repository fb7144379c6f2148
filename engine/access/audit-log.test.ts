import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { AuditLog, GENESIS, sha256, verifyAuditLog } from "./audit-log.ts";

async function writeLog(lines: number): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), "crosslink-audit-")), "audit.jsonl");
  const log = await AuditLog.open(path);
  await Promise.all(
    Array.from({ length: lines }, (_, i) =>
      log.append({
        user: "ana",
        action: "search",
        route: "GET /api/search",
        status: 200,
        query: { q: `q${i}` },
      }),
    ),
  );
  await log.close();
  return path;
}

describe("audit log", () => {
  it("chains every line to the one before, across reopenings", async () => {
    const path = await writeLog(5);
    const reopened = await AuditLog.open(path);
    await reopened.append({
      user: "bo",
      action: "view",
      route: "GET /api/entities/:id",
      status: 200,
      ids: ["P1"],
    });
    await reopened.close();
    const lines = (await readFile(path, "utf8")).trim().split("\n");
    expect(lines).toHaveLength(6);
    expect(JSON.parse(lines[0]!).prev).toBe(GENESIS);
    for (let i = 1; i < lines.length; i++)
      expect(JSON.parse(lines[i]!).prev).toBe(sha256(lines[i - 1]!));
    expect(await verifyAuditLog(path)).toMatchObject({ ok: true, lines: 6 });
  });

  it("names the line that was altered", async () => {
    const path = await writeLog(6);
    const lines = (await readFile(path, "utf8")).split("\n");
    lines[2] = lines[2]!.replace('"q2"', '"innocent"');
    await writeFile(path, lines.join("\n"));
    const result = await verifyAuditLog(path);
    expect(result).toMatchObject({ ok: false, badLine: 3 });
    expect(result.message).toMatch(/line 3/);
  });

  it("names the place where a line was removed", async () => {
    const path = await writeLog(6);
    const lines = (await readFile(path, "utf8")).split("\n");
    lines.splice(3, 1);
    await writeFile(path, lines.join("\n"));
    expect(await verifyAuditLog(path)).toMatchObject({ ok: false, badLine: 3 });
  });

  it("names a line that is not JSON", async () => {
    const path = await writeLog(3);
    const lines = (await readFile(path, "utf8")).split("\n");
    lines[1] = "garbage";
    await writeFile(path, lines.join("\n"));
    expect(await verifyAuditLog(path)).toMatchObject({ ok: false, badLine: 2 });
  });
});
