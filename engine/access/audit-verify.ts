/**
 * Checks an audit log from its first line to its anchor and names every place
 * where it was broken, not only the first: a line that is not JSON, a number
 * out of sequence (lines removed or inserted), a `prev` that is not the MAC of
 * the line before (a line altered, or chained without the key), and a log
 * shorter than its anchor or with a different line where the anchor points
 * (lines cut off the end).
 */
import { readFile } from "node:fs/promises";
import { auditFilesOf, loadAuditKey, macWith, type Mac } from "./audit-key.ts";
import { anchorMac, GENESIS, type Anchor } from "./audit-log.ts";

export interface AuditProblem {
  /** 1-based line of the log the problem is seen at. */
  line: number;
  message: string;
}

export interface VerifyResult {
  ok: boolean;
  lines: number;
  /** The first problem's line. */
  badLine?: number;
  problems: AuditProblem[];
  message: string;
}

export async function verifyAuditLog(path: string, keyFile?: string): Promise<VerifyResult> {
  const files = auditFilesOf(path, keyFile);
  const mac = macWith(await loadAuditKey(files.key, false));
  const text = await readFile(path, "utf8").catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return "";
    throw error;
  });
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  const problems = chainProblems(lines, mac);
  problems.push(...anchorProblems(lines, mac, await readAnchor(files.anchor)));
  if (problems.length === 0) {
    return {
      ok: true,
      lines: lines.length,
      problems,
      message: `${lines.length} lines, chain intact`,
    };
  }
  return {
    ok: false,
    lines: lines.length,
    badLine: problems[0]!.line,
    problems,
    message: problems.map((problem) => problem.message).join("; "),
  };
}

function chainProblems(lines: string[], mac: Mac): AuditProblem[] {
  const problems: AuditProblem[] = [];
  let expectedPrev = GENESIS;
  for (const [index, line] of lines.entries()) {
    const number = index + 1;
    let parsed: { n?: unknown; prev?: unknown } | undefined;
    try {
      parsed = JSON.parse(line) as { n?: unknown; prev?: unknown };
    } catch {
      problems.push({ line: number, message: `line ${number} is not valid JSON` });
    }
    if (parsed && parsed.n !== number) {
      problems.push({
        line: number,
        message: `line ${number} is numbered ${String(parsed.n)}: lines were removed or inserted before it`,
      });
    }
    if (parsed && parsed.prev !== expectedPrev) {
      problems.push({
        line: number,
        message:
          number === 1
            ? `line 1 does not start the chain`
            : `line ${number - 1} does not match the MAC recorded in line ${number}: altered, removed or inserted there, or chained without the key`,
      });
    }
    // Go on from the line as it is, so later breaks are found too.
    expectedPrev = mac(line);
  }
  return problems;
}

function anchorProblems(lines: string[], mac: Mac, anchor: Anchor | undefined): AuditProblem[] {
  const end = lines.length;
  if (!anchor) {
    return end === 0 ? [] : [{ line: end, message: `the anchor is missing or unreadable` }];
  }
  if (anchor.mac !== anchorMac(mac, anchor.lines, anchor.head)) {
    return [{ line: end, message: `the anchor was altered (its MAC does not match)` }];
  }
  if (anchor.lines > end) {
    return [
      {
        line: end,
        message: `the log ends at line ${end} but the anchor records ${anchor.lines} lines: lines were cut off the end`,
      },
    ];
  }
  // The anchor may lag the log by one write if a writer died between the two.
  const anchored = lines[anchor.lines - 1];
  if (anchor.lines > 0 && (anchored === undefined || mac(anchored) !== anchor.head)) {
    return [
      {
        line: anchor.lines,
        message: `line ${anchor.lines} is not the line the anchor records`,
      },
    ];
  }
  return [];
}

async function readAnchor(path: string): Promise<Anchor | undefined> {
  try {
    const anchor = JSON.parse(await readFile(path, "utf8")) as Anchor;
    return Number.isInteger(anchor.lines) && typeof anchor.head === "string" ? anchor : undefined;
  } catch {
    return undefined;
  }
}
