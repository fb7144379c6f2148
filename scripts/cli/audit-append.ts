/**
 * One line in the data folder's audit log for a CLI command that disclosed
 * records, as the server writes one for each route that does (the same log,
 * chained under the same lock).
 */
import { AuditLog, auditFileOf, type AuditEntry } from "../../engine/access/index.ts";

export async function auditAppend(dataDir: string, entry: AuditEntry): Promise<void> {
  const audit = await AuditLog.open(auditFileOf(dataDir));
  try {
    await audit.append(entry);
  } finally {
    await audit.close();
  }
}
