/**
 * Where the access files live in a data folder: one place for the server and
 * the CLI, which both read and write them.
 */
import { join } from "node:path";

export const usersFileOf = (dataDir: string) => join(dataDir, "users.json");
export const auditFileOf = (dataDir: string) => join(dataDir, "audit.jsonl");
