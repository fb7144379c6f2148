/** `crosslink audit verify`: checks the audit log's hash chain and names the first bad line. */
import { auditFileOf } from "../../../server/app.ts";
import { verifyAuditLog } from "../../../engine/access/index.ts";
import { DataError } from "../errors.ts";

export async function verify(options: { file?: string; dataDir: string }): Promise<void> {
  const file = options.file ?? auditFileOf(options.dataDir);
  const result = await verifyAuditLog(file);
  if (!result.ok) throw new DataError(`${file}:${result.badLine}: ${result.message}`);
  console.log(`${file}: ${result.message}`);
}
