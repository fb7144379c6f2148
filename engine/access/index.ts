export {
  clearanceView,
  clearanceViewInTurns,
  effectiveLevel,
  presentLevels,
} from "./clearance-view.ts";
export { isVisible, visibleAttributes, visibleLevels } from "./visibility.ts";
export { AuditLog, GENESIS } from "./audit-log.ts";
export { auditFilesOf } from "./audit-key.ts";
export { auditFileOf, usersFileOf } from "./data-files.ts";
export { QUERY_LIMIT } from "./audit-line.ts";
export type { AuditEntry } from "./audit-line.ts";
export { verifyAuditLog } from "./audit-verify.ts";
export type { AuditProblem, VerifyResult } from "./audit-verify.ts";
export { ROLES, isRole, roleAllows } from "./roles.ts";
export type { Role } from "./roles.ts";
export { hashToken, newToken } from "./tokens.ts";
export { UserError, UserFile } from "./users.ts";
export type { Credential, User } from "./users.ts";
