export { clearanceView, effectiveLevel, presentLevels } from "./clearance-view.ts";
export { AuditLog, GENESIS, sha256, verifyAuditLog } from "./audit-log.ts";
export type { AuditEntry, VerifyResult } from "./audit-log.ts";
export { ROLES, isRole, roleAllows } from "./roles.ts";
export type { Role } from "./roles.ts";
export { hashToken, newToken } from "./tokens.ts";
export { UserError, UserFile } from "./users.ts";
export type { Credential, User } from "./users.ts";
