/** `crosslink audit verify`: checks the audit log's keyed chain and anchor and names every bad place. */
import { auditFileOf, verifyAuditLog } from "../../../engine/access/index.ts";
import { DataError } from "../errors.ts";

export async function verify(options: {
  file?: string;
  key?: string;
  dataDir: string;
}): Promise<void> {
  const file = options.file ?? auditFileOf(options.dataDir);
  const result = await verifyAuditLog(file, options.key);
  if (!result.ok) {
    throw new DataError(
      result.problems.map((problem) => `${file}:${problem.line}: ${problem.message}`).join("\n"),
    );
  }
  console.log(`${file}: ${result.message}`);
}
