import { createHmac, randomBytes } from "node:crypto";
import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { auditFilesOf } from "./audit-key.ts";
import { QUERY_LIMIT, type AuditEntry } from "./audit-line.ts";
import { AuditLog, GENESIS } from "./audit-log.ts";
import { verifyAuditLog } from "./audit-verify.ts";

const search = (i: number): AuditEntry => ({
  user: "ana",
  action: "search",
  route: "GET /api/search",
  status: 200,
  query: { q: `q${i}` },
});

async function freshPath(): Promise<string> {
  return join(await mkdtemp(join(tmpdir(), "crosslink-audit-")), "audit.jsonl");
}

async function writeLog(lines: number, path?: string): Promise<string> {
  const file = path ?? (await freshPath());
  const log = await AuditLog.open(file);
  await Promise.all(Array.from({ length: lines }, (_, i) => log.append(search(i))));
  await log.close();
  return file;
}

const readLines = async (path: string) => (await readFile(path, "utf8")).split("\n");

describe("audit log", () => {
  it("numbers and chains every line to the one before, across reopenings", async () => {
    const path = await writeLog(5);
    await writeLog(1, path);
    const lines = (await readFile(path, "utf8")).trim().split("\n");
    expect(lines).toHaveLength(6);
    expect(JSON.parse(lines[0]!)).toMatchObject({ n: 1, prev: GENESIS });
    expect(lines.map((line) => JSON.parse(line).n)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(await verifyAuditLog(path)).toMatchObject({ ok: true, lines: 6 });
  });

  it("keeps key and anchor in files of their own, readable by the owner only", async () => {
    const path = await writeLog(2);
    const files = auditFilesOf(path);
    for (const file of [files.log, files.key, files.anchor]) {
      expect((await stat(file)).mode & 0o777, file).toBe(0o600);
    }
    expect(await readFile(path, "utf8")).not.toContain((await readFile(files.key, "utf8")).trim());
  });

  it("two writers on one log (server and CLI) keep one chain", async () => {
    const path = await freshPath();
    const server = await AuditLog.open(path);
    const cli = await AuditLog.open(path);
    for (let i = 0; i < 10; i++) {
      await Promise.all([server.append(search(i)), cli.append(search(100 + i))]);
    }
    await server.append(search(999));
    await Promise.all([server.close(), cli.close()]);
    expect(await verifyAuditLog(path)).toMatchObject({ ok: true, lines: 21 });
  });

  it("names every altered line, not only the first", async () => {
    const path = await writeLog(8);
    const lines = await readLines(path);
    lines[2] = lines[2]!.replace('"q2"', '"innocent"');
    lines[5] = lines[5]!.replace('"q5"', '"harmless"');
    await writeFile(path, lines.join("\n"));
    const result = await verifyAuditLog(path);
    expect(result).toMatchObject({ ok: false, badLine: 4 });
    expect(result.problems.map((problem) => problem.line)).toEqual([4, 7]);
    expect(result.message).toMatch(/line 3 does not match/);
    expect(result.message).toMatch(/line 6 does not match/);
  });

  it("names the place where a line was removed", async () => {
    const path = await writeLog(6);
    const lines = await readLines(path);
    lines.splice(3, 1);
    await writeFile(path, lines.join("\n"));
    const result = await verifyAuditLog(path);
    expect(result).toMatchObject({ ok: false, badLine: 4 });
    expect(result.message).toMatch(/numbered 5/);
  });

  it("names a line that is not JSON", async () => {
    const path = await writeLog(3);
    const lines = await readLines(path);
    lines[1] = "garbage";
    await writeFile(path, lines.join("\n"));
    expect(await verifyAuditLog(path)).toMatchObject({ ok: false, badLine: 2 });
  });

  it.each([1, 3])("sees %i line(s) cut off the end", async (cut) => {
    const path = await writeLog(6);
    const lines = (await readFile(path, "utf8")).trim().split("\n");
    await writeFile(path, lines.slice(0, -cut).join("\n") + "\n");
    const result = await verifyAuditLog(path);
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(new RegExp(`ends at line ${6 - cut} but the anchor records 6`));
  });

  it("refuses an edited log chained anew without the key, anchor and all", async () => {
    const path = await writeLog(5);
    const forgedKey = randomBytes(32);
    const mac = (text: string) => createHmac("sha256", forgedKey).update(text).digest("hex");
    const sha = (text: string) => createHmac("sha256", "").update(text).digest("hex");
    for (const rechain of [mac, sha]) {
      const lines = (await readFile(path, "utf8")).trim().split("\n");
      let prev = GENESIS;
      const forged = lines.map((line) => {
        const entry = JSON.parse(line);
        if (entry.query.q === "q2") entry.query.q = "innocent";
        entry.prev = prev;
        const text = JSON.stringify(entry);
        prev = rechain(text);
        return text;
      });
      await writeFile(path, forged.join("\n") + "\n");
      const anchor = { lines: 5, head: prev, mac: rechain(`anchor 5 ${prev}`) };
      await writeFile(auditFilesOf(path).anchor, JSON.stringify(anchor));
      expect((await verifyAuditLog(path)).ok).toBe(false);
    }
  });

  it("bounds a line: a large body is summarised by hash and counts, disclosed ids kept", async () => {
    const path = await freshPath();
    const log = await AuditLog.open(path);
    const selectors = Array.from({ length: 2000 }, (_, i) => ({ value: `+49 170 ${i}`.repeat(8) }));
    const ids = Array.from({ length: 50 }, (_, i) => `P${i}`);
    await log.append({ ...search(0), query: { body: { selectors } }, ids });
    await log.close();
    const line = (await readFile(path, "utf8")).trim();
    const entry = JSON.parse(line);
    expect(JSON.stringify({ body: { selectors } }).length).toBeGreaterThan(200_000);
    expect(line.length).toBeLessThan(QUERY_LIMIT + JSON.stringify(ids).length + 400);
    expect(entry.query).toMatchObject({ summarised: true, lists: { "body.selectors": 2000 } });
    expect(entry.query.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(entry.ids).toEqual(ids);
  });

  it("will not append to a log whose key is gone", async () => {
    const path = await writeLog(2);
    await rm(auditFilesOf(path).key);
    await expect(AuditLog.open(path)).rejects.toThrow(/key .* is missing/);
  });
});
